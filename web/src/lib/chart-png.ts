/**
 * A chart as a PNG file: the same ECharts option drawn once more on an off-screen canvas (the page's
 * charts use the SVG renderer, whose own export is SVG), at twice the pixels, on white.
 */
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([CanvasRenderer])

function dataUrlToBlob(url: string): Blob {
  const [head, data] = url.split(',')
  const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))
  return new Blob([bytes], { type: /data:([^;]+)/.exec(head)?.[1] ?? 'image/png' })
}

export function chartPng(option: object, width: number, height: number): Blob {
  const chart = init(document.createElement('div'), null, { renderer: 'canvas', width, height })
  try {
    chart.setOption({ ...option, animation: false })
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }))
  } finally {
    chart.dispose()
  }
}
