import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText
const clauseText = (file: string, n: number) => parse(file)[0].clauses.find((c) => c.number === n)!.text

describe('parseDocument on PDF text whose page breaks cut sentences', () => {
  it('joins the sentences a page break cut when a blank line stands above and below each page number', () => {
    const file = 'bengbu-2024-pdf-blank-lines-page-numbers.txt'
    expect([4, 8, 12, 18].map((n) => clauseText(file, n))).toEqual([
      '4.加强思政课建设。推进大中小学思政课一体化建设，评选思政课精品课50节，建设“大思政课”实践教学基地20个。',
      '8.促进普通高中多样化发展。支持建设特色高中3所，推进普通高中新课程新教材实施示范校建设，普通高中毛入学率保持在96%以上。',
      '12.深化产教融合。围绕硅基新材料、生物基新材料等产业，新建产教融合实训基地5个，组建职业教育集团2个。',
      '18.深化教育评价改革。落实《深化新时代教育评价改革总体方案》，坚决纠正片面追求升学率倾向。',
    ])
    expect(clauseText(file, 1)).toBe('1.深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习不少于12次，推动党的创新理论进校园、进课堂、进头脑。')
  })

  it('drops the title a two-page PDF prints once as the running header of its second page, and joins the sentence around it', () => {
    const file = 'huainan-2024-pdf-one-page-break-header.txt'
    expect(clauseText(file, 9)).toBe(
      '9.推进义务教育优质均衡发展。深化集团化办学改革，新组建紧密型教育集团5个，推动城乡学校结对帮扶全覆盖，县域义务教育优质均衡发展督导评估通过率稳步提升。',
    )
  })

  it('drops the title a PDF repeats at the top of each page without a page number, joins the sentence it cut, and keeps the title itself', () => {
    const file = 'chizhou-2024-pdf-running-title-no-page-numbers.txt'
    const [plan] = parse(file)
    expect(plan.plan.title).toBe('池州市2024年教育工作要点')
    expect(clauseText(file, 4)).toBe('4.推进全面从严治党。深化清廉学校建设，开展教育系统群众身边不正之风和腐败问题集中整治，严肃查处违规收费、违规补课等问题，营造风清气正的教育生态。')
    expect([9, 10, 15, 16].map((n) => clauseText(file, n))).toEqual([
      '9.扩大普惠性学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个，普惠性幼儿园覆盖率达到92%以上。',
      '10.推进义务教育优质均衡发展。深化集团化办学改革，新组建紧密型教育集团5个，推动城乡学校结对帮扶全覆盖，县域义务教育优质均衡发展督导评估通过率稳步提升。',
      '15.提升教师专业素养。实施“池州名师”培养工程，培养市级骨干教师300名，开展新入职教师全员培训，推进教师数字素养提升行动。',
      '16.深化“县管校聘”改革。全年交流轮岗校长教师1000人以上，推动优秀教师向乡村学校、薄弱学校流动。',
    ])
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual([...Array(19).keys()].map((k) => k + 1))
    expect(plan.clauses.filter((c) => c.text.includes('工作要点'))).toEqual([])
  })
})
