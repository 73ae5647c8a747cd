import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (lines: string[]) => {
  const [plan] = parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })
  return { title: plan.plan.title, records: plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text]) }
}
/** A paragraph printed `width` characters a line, as a PDF page wraps it. */
const wrap = (text: string, width: number) => Array.from({ length: Math.ceil(text.length / width) }, (_, k) => text.slice(k * width, (k + 1) * width))
/** Lines set wide: a blank line after each, as PDF-to-text exports and some web pages give them. */
const wide = (lines: string[]) => lines.flatMap((l) => [l, ''])

const OPENING = '2024年是全面落实教育强国建设规划纲要的开局之年。全县教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，落实立德树人根本任务，加快建设教育强县。'
const CLAUSE = '1.深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习不少于12次，推动党的创新理论进校园、进课堂。'

describe('parseDocument on text set wide, a blank line after every printed line', () => {
  it('joins the opening paragraph cut at one width into one passage, and a clause cut so, the title and the headings kept apart', () => {
    const lines = wide(['某县教育局2024年教育工作要点', ...wrap(OPENING, 28), '一、全面加强党的建设', ...wrap(CLAUSE, 28), '2.加强基层党组织建设。推进全覆盖。'])
    // Before: the opening was four passages, one a printed line cut mid-word, and clause 1 kept its line breaks.
    expect(parse(lines)).toEqual({
      title: '某县教育局2024年教育工作要点',
      records: [
        [null, null, OPENING],
        ['一', 1, CLAUSE],
        ['一', 2, '2.加强基层党组织建设。推进全覆盖。'],
      ],
    })
  })

  it('joins a line that stops after a comma across its blank line, though no other line stops at its width, and keeps an unnumbered heading under it apart', () => {
    const lines = wide(['某区教育局2024年工作要点', '2024年全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，', '全面贯彻党的二十大精神，加快建设教育强区。', '总体要求', '一、全面加强党的建设', '1.深化理论武装。健全第一议题制度。'])
    expect(parse(lines).records).toEqual([
      [null, null, '2024年全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强区。'],
      [null, null, '总体要求'],
      ['一', 1, '1.深化理论武装。健全第一议题制度。'],
    ])
  })

  it('keeps the paragraphs of a text with a blank line between paragraphs apart, one left without its full stop', () => {
    const lines = wide(['某区教育局2024年工作要点', '2024年全区教育工作的总体要求是：坚持稳中求进，加快建设教育强区', '全区教育系统要围绕上述目标，扎实推进以下重点工作。', '一、全面加强党的建设', '1.深化理论武装。健全第一议题制度。'])
    expect(parse(lines).records).toEqual([
      [null, null, '2024年全区教育工作的总体要求是：坚持稳中求进，加快建设教育强区'],
      [null, null, '全区教育系统要围绕上述目标，扎实推进以下重点工作。'],
      ['一', 1, '1.深化理论武装。健全第一议题制度。'],
    ])
  })
})
