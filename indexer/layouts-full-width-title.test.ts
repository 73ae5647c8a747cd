import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { planDisplayName } from './plan-identity.js'

const parse = parseHandmadeText
const rows = (file: string) => {
  const [plan] = parse(file)
  return { plan, rows: headingRows(plan) }
}

describe('parseDocument on a plan typed in full-width digits with two clauses run on one line', () => {
  it('reads the issuer from a title whose year is in full-width digits, and gives the plan the id and display name of the same title in ASCII digits', () => {
    const [plan] = parse('meishan-2024-full-width-clauses-run-on-a-line.txt')
    const { id, title, issuer, city, province, year } = plan.plan
    expect({ id, title, issuer, city, province, year }).toEqual({
      id: 'meishan-2024-jiaoyuju-jiaoyu-gongzuo-yaodian',
      title: '眉山市教育局２０２４年教育工作要点',
      issuer: '眉山市教育局',
      city: '眉山市',
      province: '四川省',
      year: 2024,
    })
    // The title names its year: no （2024年） after it.
    expect(planDisplayName(plan.plan)).toBe('眉山市教育局《眉山市教育局２０２４年教育工作要点》')
  })

  it('splits ２．and ６．off the line of the clause before them, with the full-width space after each marker dropped and the digits kept as typed', () => {
    expect(rows('meishan-2024-full-width-clauses-run-on-a-line.txt').rows).toEqual([
      ['-1-1', '一', 1, '强化政治引领', '１．强化政治引领。坚持“第一议题”制度，全年集中学习１２次。'],
      ['-1-2', '一', 2, '夯实基层基础', '２．夯实基层基础。推进党组织标准化建设，达标率１００％。'],
      ['-1-3', '一', 3, '推进清廉学校建设', '３．推进清廉学校建设。开展廉洁文化进校园活动。'],
      ['-2-4', '二', 4, '发展学前教育', '４．发展学前教育。新增公办学位２０００个，普惠性幼儿园覆盖率达到９２％。'],
      ['-2-5', '二', 5, '均衡发展义务教育', '５．均衡发展义务教育。组建教育集团８个；落实“双减”政策。'],
      ['-2-6', '二', 6, '提升高中教育质量', '６．提升高中教育质量。实施普通高中强基工程。'],
      ['-3-7', '三', 7, '加强师德师风建设', '７．加强师德师风建设。落实师德失范“一票否决”。'],
    ])
  })
})
