import { describe, expect, it } from 'vitest'
import { extractHtml } from './read/read-html.js'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

// A CMS that shows its article in an <iframe>, saved whole into one file (SingleFile): the frame's document is kept,
// escaped, in its srcdoc attribute. Frames were skipped as furniture, so the page held no plan at all.
describe('parseDocument on a saved page whose article stands in a frame’s srcdoc', () => {
  it('reads the framed plan in place of the frame, with the page’s 索引号 line around it', async () => {
    const [plan, ...rest] = await parseHandmade('yibin-xuzhou-2024-singlefile-iframe-srcdoc.html')
    expect(rest).toEqual([])
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全区教体工作以办好人民满意的教育为目标，奋力建设教育强区。'],
      ['-1-1', '一加强党的建设', null, 1, '1.强化理论武装。健全第一议题制度，全年开展集中学习12次。'],
      ['-1-2', '一加强党的建设', null, 2, '2.夯实基层组织。推进中小学党组织领导的校长负责制落地见效。'],
      ['-2-3', '二推进优质均衡', null, 3, '3.扩大学位供给。新建改扩建学校4所，新增学位3600个。'],
      ['-2-4', '二推进优质均衡', null, 4, '4.深化教育改革。推进县域普通高中振兴，提升办学质量。'],
    ])
    expect([plan.plan.title, plan.plan.year, plan.plan.issuer, plan.plan.docNumber, plan.plan.publishDate, plan.plan.city]).toEqual([
      '叙州区2024年教育体育工作要点', 2024, '宜宾市叙州区教育和体育局', '叙教体发〔2024〕6号', '2024-03-08', '叙州区',
    ])
  })

  it('unescapes a frame saved inside a frame, and still skips a frame that carries no document of its own', () => {
    const inner = '<p>一、加强党的建设</p><p>1.强化理论武装。</p>'
    const framed = `<body>${inner.replace(/"/g, '&quot;')}</body>`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const outer = `<html><body><p>页头</p><iframe srcdoc="&lt;body&gt;&lt;iframe srcdoc=&quot;${framed.replace(/&/g, '&amp;')}&quot;&gt;&lt;/iframe&gt;&lt;/body&gt;"></iframe>` +
      '<iframe src="https://map.example.com/embed"></iframe><p>页尾</p></body></html>'
    expect(extractHtml(outer).text.split('\n').filter((l) => l !== '')).toEqual(['页头', '一、加强党的建设', '1.强化理论武装。', '页尾'])
  })
})
