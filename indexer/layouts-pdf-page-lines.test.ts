import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a PDF converted to a web page (pdf2htmlEX), each printed line a positioned block of its own', () => {
  it('joins the lines the PDF wrapped inside a sentence, on a page and across pages, as it joins a PDF’s text', async () => {
    const [plan] = await parseHandmade('guigang-2024-pdf2html-positioned-lines.html')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上，推动党的创新理论进校园、进课堂、进头脑。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖，培育市级党建示范校10所。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个，公办园在园幼儿占比达到55%。'],
      ['-2-4', '二推动教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建城乡教育共同体6个，实现乡镇中心学校全覆盖。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['贵港市教育局2024年教育工作要点', '贵港市教育局', '2024-03-08', []])
  })
})
