import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a web page that sets its headings bold and in 黑体/楷体 by classes of its stylesheet (.TRS_Editor p.bt1 { … })', () => {
  it('reads the bt1 lines as chapters and the bt2 lines as their sections, as if styled inline', async () => {
    const [plan] = await parseHandmade('wenan-2024-class-styled-headings.html')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全县教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强县。'],
      ['全面加强党对教育工作的领导', '强化理论武装', null, 1, '健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党对教育工作的领导', '提升基层党建质量', null, 2, '推进中小学校党组织领导的校长负责制全覆盖，培育县级党建示范校5所。'],
      ['推动基础教育优质均衡发展', '扩大学前教育资源', null, 1, '新建、改扩建公办幼儿园3所，新增公办学位900个。'],
      ['推动基础教育优质均衡发展', '推进义务教育优质均衡', null, 2, '新组建城乡教育共同体3个，实现乡镇中心学校全覆盖。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.year]).toEqual(['文安县教育局2024年教育工作要点', '文安县教育局', 2024])
  })
})
