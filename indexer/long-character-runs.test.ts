import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { readMarkdown } from './read/read-markdown.js'
import { extractHtml } from './read/read-html.js'

/**
 * Inputs of one character repeated 100 000 times, as a broken export or a hostile upload brings them. Regexes with a
 * lazy part before a run (a contents entry's title before its leader, the spaces at a line's end) tried every start
 * inside the run, and a look back over the blank lines before each line did the same: a minute to index such a
 * file. Read in one pass now; a return to quadratic work runs these past the test timeout.
 */
const plan = (between: string) =>
  `某市教育局2024年教育工作要点\n一、加强党的建设\n1．深化理论武装。全年集中学习12次。\n${between}\n2．加强基层党组织建设。推进党组织领导的校长负责制。\n`
const clauses = (text: string) => parseDocument({ file: 'runs.txt', text, fields: {}, url: null }).flatMap((p) => p.clauses.map((c) => [c.number, c.text]))
const RUN = 100_000
const second = [2, '2．加强基层党组织建设。推进党组织领导的校长负责制。']

describe('parseDocument on lines of one character repeated 100 000 times', () => {
  it('keeps a line of 100 000 middle dots, which is no contents entry without a page, in the clause above it', () => {
    expect(clauses(plan('·'.repeat(RUN)))).toEqual([[1, `1．深化理论武装。全年集中学习12次。\n${'·'.repeat(RUN)}`], second])
  })

  it('keeps a run of dashes or spaced dots ending in a letter and a digit, no contents entry, as text (the spaces between the dots dropped)', () => {
    expect(clauses(plan(`${'-'.repeat(RUN)}a1`))).toEqual([[1, `1．深化理论武装。全年集中学习12次。\n${'-'.repeat(RUN)}a1`], second])
    expect(clauses(plan(`目录${' ·'.repeat(RUN / 2)}x1`))).toEqual([[1, `1．深化理论武装。全年集中学习12次。\n目录${'·'.repeat(RUN / 2)}x1`], second])
  })

  it('drops 100 000 tabs between two words and 100 000 blank lines between two clauses', () => {
    expect(clauses(plan(`学${'\t'.repeat(RUN)}校`))).toEqual([[1, '1．深化理论武装。全年集中学习12次。\n学校'], second])
    expect(clauses(plan('\n'.repeat(RUN)))).toEqual([[1, '1．深化理论武装。全年集中学习12次。'], second])
    expect(clauses(plan('\u3000'.repeat(RUN)))).toEqual([[1, '1．深化理论武装。全年集中学习12次。'], second])
  })
})

describe('parseDocument on 20 000 lines that each open with the same marker', () => {
  it('reads 20 000 lines of 一、 under the first as passages of that chapter, each line once', () => {
    // Each 一、 after the first is turned down, and each was checked for a sentence end back to the first one.
    const text = Array.from({ length: 20_000 }, (_, i) => `一、标题${i}`).join('\n')
    const [plan] = parseDocument({ file: 'runs.txt', text, fields: {}, url: null })
    const rows = plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])
    expect(rows).toHaveLength(19_999)
    expect([rows[0], rows[19_998]]).toEqual([['一', null, '一、标题1'], ['一', null, '一、标题19999']])
  })
})

describe('reading and parsing a Markdown file of 10 000 ## headings, each over a line of text', () => {
  it('heads each line by its own heading, as a chapter of its own', () => {
    // Each line was compared with every heading after the last one matched, and each heading's level counted again.
    const source = `# 某县教育局2024年教育工作要点\n\n${Array.from({ length: 10_000 }, (_, i) => `## 标题${i}\n\n内容${i}。\n`).join('\n')}`
    const doc = readMarkdown(source)
    const [plan] = parseDocument({ file: 'runs.md', text: doc.text, fields: {}, url: null, headings: doc.headings })
    const rows = plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text])
    expect(rows).toHaveLength(10_000)
    expect([rows[0], rows[9_999], plan.plan.title]).toEqual([['标题0', null, '内容0。'], ['标题9999', null, '内容9999。'], '某县教育局2024年教育工作要点'])
  })
})

describe('reading a web page of 20 000 lists of one title each, a note before each', () => {
  it('keeps each list as drawn, no outline, in a pass over the lists', () => {
    // Each list was looked for among every chain of lists before it (a part the editor split off): a minute for these.
    const lists = Array.from({ length: 20_000 }, (_, i) => `<p>说明${i}。</p><ol><li>加强党的建设第${i}项<ol><li>深化理论武装。</li><li>夯实基层党建。</li></ol></li></ol>`)
    const lines = extractHtml(`<html><body><h1>某县2024年教育工作要点</h1>${lists.join('')}</body></html>`).text.split('\n').filter((l) => l !== '')
    expect(lines).toHaveLength(1 + 20_000 * 4)
    expect(lines.slice(-4)).toEqual(['说明19999。', '1.加强党的建设第19999项', '1.深化理论武装。', '2.夯实基层党建。'])
  })
})
