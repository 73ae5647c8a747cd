import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { renderAtom, xmlText } from './atom.js'

describe('xmlText', () => {
  it('escapes markup and quotes and drops characters XML 1.0 forbids', () => {
    expect(xmlText('“双减”<mark>&\'"')).toBe('“双减”&lt;mark&gt;&amp;&apos;&quot;')
    expect(xmlText('课后\u0000服务\u000b，\t换行\n')).toBe('课后服务，\t换行\n')
  })
})

describe('renderAtom', () => {
  it('writes a snippet with marks as escaped HTML that a parser reads back unchanged', () => {
    const xml = renderAtom({
      selfUrl: 'http://127.0.0.1:3000/api/feed?q=%E5%8F%8C%E5%87%8F&city=a&city=b',
      alternateUrl: 'http://127.0.0.1:3000/search?q=%E5%8F%8C%E5%87%8F',
      title: '政策条款订阅：双减',
      subtitle: '最新收录的匹配条款',
      updated: '2026-11-30T21:00:00.000Z',
      entries: [
        {
          url: 'http://127.0.0.1:3000/c/jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6',
          title: '荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）二、第6条',
          updated: '2026-11-30T21:00:00.000Z',
          summaryHtml: '6.持续巩固“<mark>双减</mark>”成效&amp;',
          categories: ['义务教育'],
        },
      ],
    })
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    const entry = doc.getElementsByTagName('entry')[0]
    expect(entry.getElementsByTagName('summary')[0].textContent).toBe('6.持续巩固“<mark>双减</mark>”成效&amp;')
    expect(doc.getElementsByTagName('link')[0].getAttribute('href')).toBe('http://127.0.0.1:3000/api/feed?q=%E5%8F%8C%E5%87%8F&city=a&city=b')
    expect(entry.getElementsByTagName('category')[0].getAttribute('term')).toBe('义务教育')
  })
})
