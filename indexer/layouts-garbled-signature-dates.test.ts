import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = '滨州市2024年教育工作要点\n一、全面加强党的建设\n1.深化理论武装。全年开展集中学习12次。\n二、推进基础教育优质均衡\n2.扩大优质学前教育资源。新建改扩建幼儿园20所。\n\n'

function signed(foot: string, fields: Record<string, string> = {}) {
  const [plan] = parseDocument({ file: 'x.txt', text: BODY + foot, fields, url: null })
  return { last: plan.clauses.at(-1)!.text, signDate: plan.plan.signDate }
}

describe('parseDocument on a signature whose date lost its 年月日 in extraction (2024327)', () => {
  it('reads the date under the issuer as the signing date, out of the last clause (it ran into it, and the plan had no date)', () => {
    const last = '2.扩大优质学前教育资源。新建改扩建幼儿园20所。'
    expect(signed('滨州市教育局\n2024327')).toEqual({ last, signDate: '2024-03-27' })
    expect(signed('滨州市教育局\n20240327')).toEqual({ last, signDate: '2024-03-27' })
    expect(signed('滨州市教育局\n2024 3 27')).toEqual({ last, signDate: '2024-03-27' })
    expect(signed('滨州市教育局\n2024年3月27')).toEqual({ last, signDate: '2024-03-27' })
    expect(signed('滨州市实验中学\n2024327')).toEqual({ last, signDate: '2024-03-27' })
  })

  it('splits a run two ways only by the print date under it, and otherwise leaves the plan undated', () => {
    expect(signed('滨州市教育局\n2024115\n抄送：市委教育工委。\n滨州市教育局办公室    2024年11月8日印发').signDate).toBe('2024-11-05')
    expect(signed('滨州市教育局\n2024115\n抄送：市委教育工委。\n滨州市教育局办公室    2024年1月18日印发').signDate).toBe('2024-01-15')
    expect(signed('滨州市教育局\n2024115')).toEqual({ last: '2.扩大优质学前教育资源。新建改扩建幼儿园20所。', signDate: null })
  })

  it('reads the notice’s garbled date over the plan it issues, the page’s publish date kept', () => {
    const text = '关于印发《滨州市教育局2024年工作要点》的通知\n各县（市、区）教育局：\n现将《滨州市教育局2024年工作要点》印发给你们，请认真贯彻落实。\n滨州市教育局\n2024327\n' + BODY
    const [plan] = parseDocument({ file: 'x.txt', text, fields: { 发布日期: '2024-03-28 09:12' }, url: null })
    expect([plan.plan.signDate, plan.plan.publishDate]).toEqual(['2024-03-27', '2024-03-28'])
  })

  it('keeps a figure under a line of text in its clause', () => {
    expect(signed('全年投入资金（万元）\n2024327').last).toBe('2.扩大优质学前教育资源。新建改扩建幼儿园20所。\n全年投入资金（万元）\n2024327')
  })
})
