import { describe, expect, it } from 'vitest'
import { parseHandmadeText, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on PDF text that left a clause’s number at the end of the line before it', () => {
  it('reads `…全覆盖。6.` over `深化“双减”工作。…` as clause 6 opening the next line, under a 文号 running header, `-N-` feet and a year broken in two', () => {
    const [plan] = parseHandmadeText('bozhou-2024-pdf-docnumber-header-dash-footers.txt')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年是实现“十四五”规划目标任务的关键一年。全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['加强党的全面领导', null, 1, null, '1.深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习12次以上，开展专题读书班2期。'],
      ['加强党的全面领导', null, 2, null, '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制，2024年底前实现全覆盖。'],
      ['加强党的全面领导', null, 3, null, '3.落实意识形态工作责任制。每半年开展一次意识形态专题研判，加强校园网络阵地管理。'],
      ['推动基础教育优质均衡', null, 4, null, '4.扩大学前教育普惠资源。新建、改扩建公办幼儿园12所，新增公办学位3600个，普惠性幼儿园覆盖率达到90%以上。'],
      ['推动基础教育优质均衡', null, 5, null, '5.推进义务教育优质均衡。新组建城乡教育共同体10个，实现乡镇中心学校全覆盖。'],
      ['推动基础教育优质均衡', null, 6, null, '6.深化“双减”工作。课后服务覆盖率保持100%，学生自愿参与率达到95%以上。'],
      ['推动基础教育优质均衡', null, 7, null, '7.促进普通高中多样化发展。创建省级示范高中2所，推进选课走班教学改革。'],
      ['建设高素质教师队伍', null, 8, null, '8.加强师德师风建设。开展师德师风专题教育，严肃查处有偿补课等违规行为。'],
      ['建设高素质教师队伍', null, 9, null, '9.提升教师专业能力。培养市级骨干教师300名、学科带头人60名，完成教师全员培训。'],
      ['强化教育保障', null, 10, null, '10.加强经费保障。落实“两个只增不减”要求，确保教育经费足额到位。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.docNumber, plan.plan.publishDate, plan.plan.warnings]).toEqual([
      '亳州市教育局2024年教育工作要点', '亳州市教育局', '亳教〔2024〕8号', '2024-02-27', [],
    ])
  })
})
