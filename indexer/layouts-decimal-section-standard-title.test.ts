import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A sharing site's preview runs a plan with a decimal outline into one line: its sections that open with a standard
// title run straight into their text (1.1指导思想以…). The section was named by its whole first sentence, and its text
// was no passage of its own.
const PREVIEW = `2025年新学期学校工作计划
2025年新学期学校工作计划第一章指导思想与总体目标1.1指导思想以习近平新时代中国特色社会主义思想为统领，落实立德树人根本任务。1.2总体目标到2025年7月，家长满意度≥95%。第二章党建工作2.1党支部建设2.1.1标准化：修订党支部工作手册。2.1.2品牌化：打造党建品牌。2.2思政课程建设2.2.1课程建设：成立思政教研组。2.2.2课程思政：每学科开发示范课2节。`

describe('parseDocument on a run-together decimal outline whose sections open with a standard title', () => {
  it('names the section by its standard title and keeps its text a passage under it', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PREVIEW, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.section, c.number ?? null, c.text])).toEqual([
      ['指导思想与总体目标', '1.1 指导思想', null, '以习近平新时代中国特色社会主义思想为统领，落实立德树人根本任务。'],
      ['指导思想与总体目标', '1.2 总体目标', null, '到2025年7月，家长满意度≥95%。'],
      ['党建工作', '2.1 党支部建设', 1, '2.1.1标准化：修订党支部工作手册。'],
      ['党建工作', '2.1 党支部建设', 2, '2.1.2品牌化：打造党建品牌。'],
      ['党建工作', '2.2 思政课程建设', 1, '2.2.1课程建设：成立思政教研组。'],
      ['党建工作', '2.2 思政课程建设', 2, '2.2.2课程思政：每学科开发示范课2节。'],
    ])
  })
})
