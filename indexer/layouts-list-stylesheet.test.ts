import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a web page whose nested lists take their number styles from the page’s stylesheet (ol.chapters { list-style-type: cjk-ideographic })', () => {
  it('keeps the 一、 二、 a browser draws before each outer item as the chapter’s number, the inner items its clauses from 1', async () => {
    const [plan] = await parseHandmade('xiaogan-2024-ol-stylesheet-numbers.html')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['-1-1', '一全面加强党对教育工作的领导', null, 1, '1.深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习12次以上。'],
      ['-1-2', '一全面加强党对教育工作的领导', null, 2, '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效。'],
      ['-2-1', '二推动基础教育优质均衡发展', null, 1, '1.扩大学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个。'],
      ['-2-2', '二推动基础教育优质均衡发展', null, 2, '2.推进义务教育优质均衡。新组建城乡教育共同体6个。'],
      ['-2-3', '二推动基础教育优质均衡发展', null, 3, '3.促进普通高中多样化发展。创建市级特色高中3所。'],
      ['-3-1', '三建设高素质专业化教师队伍', null, 1, '1.加强师德师风建设。开展师德师风专题教育，严肃查处违规补课行为。'],
    ])
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '一、', role: 'chapter', count: 3 }, { marker: '1.', role: 'clause', count: 6 }], []])
  })
})
