import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a web page that heads its chapters and sections by typeface alone (黑体, 楷体 over 仿宋 text), never bold', () => {
  it('reads the 黑体 lines as chapters and the 楷体 lines as their sections, each paragraph counted in its chapter', async () => {
    const [plan] = await parseHandmade('qinhuangdao-2024-font-only-headings.html')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动教育高质量发展。'],
      ['全面加强党对教育工作的领导', '强化理论武装', null, 1, '健全“第一议题”制度，全年组织理论学习中心组集中学习12次以上，推动党的创新理论进校园、进课堂、进头脑。'],
      ['全面加强党对教育工作的领导', '强化理论武装', null, 2, '加强意识形态阵地管理，每半年开展一次意识形态专题研判。'],
      ['全面加强党对教育工作的领导', '提升基层党建质量', null, 3, '全面推行中小学校党组织领导的校长负责制，培育市级党建示范校10所。'],
      ['推动基础教育优质均衡发展', '扩大学前教育资源', null, 1, '新建、改扩建公办幼儿园6所，新增公办学位1800个，普惠性幼儿园覆盖率达到92%以上。'],
      ['推动基础教育优质均衡发展', '推进义务教育优质均衡', null, 2, '深化集团化办学改革，新组建紧密型教育集团5个，推动城乡学校结对帮扶全覆盖。'],
      ['建设高素质专业化教师队伍', null, null, 1, '深入实施新时代强师计划，全年招聘中小学教师600名，交流轮岗教师500名以上。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate]).toEqual(['秦皇岛市教育局2024年教育工作要点', '秦皇岛市教育局', '2024-03-05'])
  })
})
