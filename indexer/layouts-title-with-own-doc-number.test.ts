import { describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })
const meta = (plan: ParsedPlan) => [plan.plan.title, plan.plan.year, plan.plan.docNumber, (plan.plan.warnings ?? []).map((w) => w.code)]
const BODY = '\n\n一、加强党的建设\n（一）强化政治引领。坚持“第一议题”制度。\n（二）夯实基层基础。达标率100%。'

describe('parseDocument on a title line that prints the document\'s own 文号 in brackets after it, as disclosure pages head it', () => {
  it('reads 洛阳市孟津区教育局2024年教育工作要点（孟教〔2024〕5号） as the title, the year 2024 and the 文号 孟教〔2024〕5号', () => {
    // Before: title x (the file name, title_missing), year null (year_missing), 文号 null.
    const [plan] = parse(`洛阳市孟津区教育局2024年教育工作要点（孟教〔2024〕5号）${BODY}`)
    expect(meta(plan)).toEqual(['洛阳市孟津区教育局2024年教育工作要点', 2024, '孟教〔2024〕5号', []])
    expect(plan.clauses.map((c) => c.text)).toEqual(['（一）强化政治引领。坚持“第一议题”制度。', '（二）夯实基层基础。达标率100%。'])
  })

  it('reads the number in ASCII brackets too, and after a notice issuing the plan it quotes', () => {
    expect(meta(parse(`三门峡市教育局2025年工作要点(三教[2025]7号)${BODY}`)[0])).toEqual(['三门峡市教育局2025年工作要点', 2025, '三教〔2025〕7号', []])
    // Before: 文号 null.
    const notice = `孟津区教育局关于印发《2024年全区教育工作要点》的通知（孟教〔2024〕5号）\n\n各学校：\n现将《2024年全区教育工作要点》印发给你们，请认真贯彻落实。\n\n孟津区教育局\n2024年2月20日\n\n2024年全区教育工作要点${BODY}`
    expect(meta(parse(notice)[0])).toEqual(['2024年全区教育工作要点', 2024, '孟教〔2024〕5号', []])
  })

  it('cuts the number off the title when its year is in Chinese numerals, 〇 typed as a zero too (（某教〔二〇二四〕3号）, （某教〔二0二四〕3号）)', () => {
    // Before: title 某县教育局2024年教育工作要点（某教〔二〇二四〕3号） with the warning title_fallback.
    for (const year of ['二〇二四', '二0二四']) {
      expect(meta(parse(`某县教育局2024年教育工作要点（某教〔${year}〕3号）${BODY}`)[0])).toEqual(['某县教育局2024年教育工作要点', 2024, '某教〔2024〕3号', []])
    }
  })

  it('reads a title closed by （试行）, on its line or the line under it, before its own 文号: the title with its remark, the 文号, no passage of those lines', () => {
    // Before: on one line, 文号 null and the line a passage -p1; under the title, （试行） a passage -p1.
    const heads = [
      '孟州市教育局2024年教育工作要点（试行）（孟教〔2024〕5号）',
      '孟州市教育局2024年教育工作要点\n（试行）\n（孟教〔2024〕5号）',
      '孟州市教育局2024年教育工作要点\n（试行）\n孟教〔2024〕5号',
    ]
    for (const head of heads) {
      const [plan] = parse(`${head}${BODY}`)
      expect(meta(plan)).toEqual(['孟州市教育局2024年教育工作要点（试行）', 2024, '孟教〔2024〕5号', []])
      expect(plan.clauses.map((c) => c.text)).toEqual(['（一）强化政治引领。坚持“第一议题”制度。', '（二）夯实基层基础。达标率100%。'])
    }
  })

  it('reads （试行） set on the 文号\'s line under the title (（试行）（孟教〔2024〕5号）) as the title\'s remark beside its own number', () => {
    // Before: 文号 null and a passage -p1 （试行）（孟教〔2024〕5号）.
    const [plan] = parse(`孟州市教育局2024年教育工作要点\n（试行）（孟教〔2024〕5号）${BODY}`)
    expect(meta(plan)).toEqual(['孟州市教育局2024年教育工作要点（试行）', 2024, '孟教〔2024〕5号', []])
    expect(plan.clauses.map((c) => c.text)).toEqual(['（一）强化政治引领。坚持“第一议题”制度。', '（二）夯实基层基础。达标率100%。'])
  })

  it('still takes no number the head cites after a title it names (根据…要点（…号），…) as the plan\'s own', () => {
    const [plan] = parse(`某县教育局2024年教育工作要点\n根据市教育局2024年工作要点（某教〔2024〕1号），结合我县实际，制定本要点。${BODY}`)
    expect(meta(plan)).toEqual(['某县教育局2024年教育工作要点', 2024, null, []])
  })
})
