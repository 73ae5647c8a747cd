import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全第一议题制度。', '2.加强基层党组织建设。推进全覆盖，于年底前完成。']

/** The plan's issuer and date, and each clause as [id without the plan's, number, text]. */
function read(tail: string[]) {
  const [plan] = parseDocument({ file: 'plan.txt', text: [...BODY, ...tail].join('\n'), fields: {}, url: null })
  return { issuer: plan.plan.issuer, date: plan.plan.publishDate, clauses: plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.number, c.text]) }
}

describe('parseDocument on a date alone on a line between the last clause and the issuer', () => {
  it('reads a full date over the issuer closing the document as its signature, swapped as a PDF extracts it', () => {
    // The date alone on its line and the issuer the document's last two lines: a signature block read out of order.
    // Before (since 71b6a48): the date stayed a line of clause 2 and the plan had no date.
    expect(read(['2024年3月1日', '某县教育局'])).toEqual({
      issuer: '某县教育局',
      date: '2024-03-01',
      clauses: [
        ['-1-1', 1, '1.深化理论武装。健全第一议题制度。'],
        ['-1-2', 2, '2.加强基层党组织建设。推进全覆盖，于年底前完成。'],
      ],
    })
  })

  it('keeps a date over the issuer as the body’s text where the body goes on under the issuer', () => {
    const { date, clauses } = read(['2024年12月31日', '某县教育局', '各学校要认真贯彻落实。'])
    expect([date, String(clauses[1][2]).split('\n')[1]]).toEqual([null, '2024年12月31日'])
  })

  it('keeps a deadline inside the last clause over the issuer closing the document the clause’s', () => {
    const { date, clauses } = read(['完成时限：2024年12月31日', '某县教育局'])
    expect([date, clauses[1][2]]).toEqual([null, '2.加强基层党组织建设。推进全覆盖，于年底前完成。\n完成时限：2024年12月31日'])
  })

  it('dates the plan by the date under the issuer, keeping the date above it in the body', () => {
    // Before: both dates were dropped as the signature's; the first was lost from clause 2.
    const { date, clauses } = read(['2024年12月31日', '某县教育局', '2024年1月5日'])
    expect([date, clauses[1][2]]).toEqual(['2024-01-05', '2.加强基层党组织建设。推进全覆盖，于年底前完成。\n2024年12月31日'])
  })

  it('reads the usual signature, the issuer then the date, as before: both metadata, no text of the clause', () => {
    expect(read(['某县教育局', '2024年1月5日'])).toEqual({
      issuer: '某县教育局',
      date: '2024-01-05',
      clauses: [
        ['-1-1', 1, '1.深化理论武装。健全第一议题制度。'],
        ['-1-2', 2, '2.加强基层党组织建设。推进全覆盖，于年底前完成。'],
      ],
    })
  })

  it('reads a school signing above its date as before, and a date over a school’s name as the body’s', () => {
    expect(read(['某县第一中学', '2024年1月5日']).date).toEqual('2024-01-05')
    const { date, clauses } = read(['2024年12月31日', '某县第一中学', '2024年1月5日'])
    expect([date, clauses[1][2]]).toEqual(['2024-01-05', '2.加强基层党组织建设。推进全覆盖，于年底前完成。\n2024年12月31日'])
  })
})
