import { describe, expect, it } from 'vitest'
import { parseMetadataLine } from './metadata-fields.js'
import { gluedToTitle } from './title-line-furniture.js'

// As cleanText asks: a part after a space goes when it is an info bar.
const infoBar = (trail: string) => (parseMetadataLine(trail) ? 'metadata' : null)

describe('gluedToTitle', () => {
  it('cuts an info bar after the title at the space before it', () => {
    expect(gluedToTitle('某县教育局2024年教育工作要点 发布时间：2024-03-06 浏览次数：1234', infoBar)).toEqual({
      title: '某县教育局2024年教育工作要点',
      trail: '发布时间：2024-03-06 浏览次数：1234',
      reason: 'metadata',
    })
  })

  it('cuts buttons in 【】 glued to the title', () => {
    expect(gluedToTitle('某县教育局2024年教育工作要点【打印本页】【关闭窗口】', infoBar)).toEqual({
      title: '某县教育局2024年教育工作要点',
      trail: '【打印本页】【关闭窗口】',
      reason: null,
    })
  })

  it('cuts a tab title section and site', () => {
    expect(gluedToTitle('某县教育局2024年教育工作要点_通知公告_某县教育局', infoBar)).toEqual({
      title: '某县教育局2024年教育工作要点',
      trail: '_通知公告_某县教育局',
      reason: null,
    })
  })

  it('leaves a line whose words after the title are no furniture', () => {
    expect(
      [
        '某县教育局2024年教育工作要点 - 征求意见稿说明',
        '某小学工作计划 2025-2026上学期',
        '某县教育局2024年教育工作要点（试行）',
        '某县2024-2025学年教育工作要点',
        '【重要】某县教育局2024年教育工作要点',
        '关于做好2024年招生工作的说明 发布时间：2024-03-06',
      ].map((line) => gluedToTitle(line, infoBar)),
    ).toEqual([null, null, null, null, null, null])
  })
})
