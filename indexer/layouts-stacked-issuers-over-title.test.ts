import { describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })
const meta = (plan: ParsedPlan) => [plan.plan.title, plan.plan.issuer, plan.plan.city, plan.plan.level, plan.plan.year]
const BODY = '\n\n一、坚持党建引领\n1．深化理论武装。开展全覆盖培训。\n2．加强基层党组织建设。年内实现全覆盖。'

describe('parseDocument on a plan headed by two issuers stacked over its title, as a joint plan of the party committee and the bureau is', () => {
  it('reads 2023年全市教育工作要点 as the title, not the last issuer joined to it', () => {
    // Before: title 娄底市教育局2023年全市教育工作要点.
    const [plan] = parse(`中共娄底市委教育工作委员会\n娄底市教育局\n2023年全市教育工作要点${BODY}`)
    expect(meta(plan)).toEqual(['2023年全市教育工作要点', '中共娄底市委教育工作委员会', '娄底市', '市', 2023])
  })

  it('still joins one issuer over the rest of a title a centred head broke (娄底市教育局 / 2023年工作要点)', () => {
    const [plan] = parse(`娄底市教育局\n2023年工作要点${BODY}`)
    expect(meta(plan)).toEqual(['娄底市教育局2023年工作要点', '娄底市教育局', '娄底市', '市', 2023])
  })
})
