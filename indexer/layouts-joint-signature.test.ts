import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

describe('parseDocument on the foot of a plan signed by two bodies on one line, dated in figures (2024/03/15)', () => {
  it('keeps the signature and its date out of the last clause, and names the first body the issuer, the date the signing date', () => {
    const [plan] = parseHandmadeText('yiyang-2024-joint-signature-figures-date.txt')
    expect(plan.clauses.at(-1)!.text).toBe('3.扩大学前教育资源。新增公办学位500个。')
    const { issuer, signDate, publishDate, city } = plan.plan
    expect({ issuer, signDate, publishDate, city }).toEqual({ issuer: '中共弋阳县委教育工作领导小组办公室', signDate: '2024-03-15', publishDate: '2024-03-15', city: '弋阳县' })
  })

  it('dates a plan by its notice’s signature in figures (2024.3.12): it had no date, the 版记 line under it dating only the printing', () => {
    const [plan] = parseHandmadeText('yanshan-2024-notice-dated-in-figures.txt')
    const { title, issuer, docNumber, signDate } = plan.plan
    expect({ title, issuer, docNumber, signDate }).toEqual({ title: '铅山县2024年教育工作要点', issuer: '铅山县教育体育局', docNumber: '铅教体字〔2024〕3号', signDate: '2024-03-12' })
    expect(plan.clauses.map((c) => c.number)).toEqual([1, 2, 3])
  })

  it('reads the party’s side of education as a signer, alone or before the bureau (中共…教育工作委员会, 中共…教育工委, its 领导小组秘书组, a bureau’s 党组 or 机关党委)', () => {
    const plan = (signature: string) => {
      const text = `宜春市2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。健全“第一议题”制度。\n二、推进教育优质均衡\n2.扩大学前教育资源。新增公办学位500个。\n${signature}\n2024年3月1日`
      const [parsed] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
      return [parsed.plan.issuer, parsed.clauses.at(-1)!.text]
    }
    const last = '2.扩大学前教育资源。新增公办学位500个。'
    expect(plan('中共宜春市委教育工作委员会    宜春市教育局')).toEqual(['中共宜春市委教育工作委员会', last])
    expect(plan('中共宜春市委教育工委')).toEqual(['中共宜春市委教育工委', last])
    expect(plan('中共宜春市教育局党组')).toEqual(['中共宜春市教育局党组', last])
    expect(plan('宜春市教育局党组')).toEqual(['宜春市教育局党组', last])
    expect(plan('中共宜春市委教育工作领导小组秘书组    宜春市教育局')).toEqual(['中共宜春市委教育工作领导小组秘书组', last])
    expect(plan('宜春市教育局机关党委')).toEqual(['宜春市教育局机关党委', last])
  })
})

