import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A district plan copied from a preview with every break lost: its title runs straight into a preamble that writes its
// year in Chinese numerals, as a formal preamble often does (二〇二五年是…), and each duty line runs into the next number.
const LINES = [
  '2025年全区教育工作要点',
  '二〇二五年是“十五五”规划的谋篇之年，全区教育工作坚持以习近平新时代中国特色社会主义思想为指导，全面落实立德树人根本任务。',
  '一、加强党的全面领导',
  '1.深化理论武装。落实“第一议题”制度，全年组织集中学习12次。（责任单位：组织科）',
  '2.夯实基层党建。开展党组织书记述职评议，推进“一校一品”党建品牌建设。（责任单位：组织科）',
  '二、推进基础教育优质均衡',
  '3.扩大学前教育资源。新建幼儿园2所，新增学位360个。（责任单位：基教科）',
]

const parse = (text: string) => parseDocument({ file: 'a.txt', text, fields: {}, url: null })
const outline = (text: string) => parse(text)[0].clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])

describe('parseDocument on a flattened plan whose title runs into a preamble opening with its year in Chinese numerals', () => {
  it('takes the title off the preamble when the preamble writes its year in Chinese numerals', () => {
    // Before: no title was found (the plan was named after its file, year and level unknown).
    const [plan] = parse(LINES.join(''))
    expect([plan.plan.title, plan.plan.year, plan.plan.level]).toEqual(['2025年全区教育工作要点', 2025, '区县'])
    expect(outline(LINES.join(''))).toEqual([
      [null, null, LINES[1]],
      ['一', 1, LINES[3]],
      ['一', 2, LINES[4]],
      ['二', 3, LINES[6]],
    ])
  })

  it('takes off a title that writes its year in Chinese numerals too, and reads its level from it', () => {
    const lines = ['二〇二五年全区教育工作要点', ...LINES.slice(1)]
    const [plan] = parse(lines.join(''))
    expect([plan.plan.title, plan.plan.year, plan.plan.level]).toEqual(['二〇二五年全区教育工作要点', 2025, '区县'])
    expect(outline(lines.join(''))).toEqual(outline(lines.join('\n')))
  })

  it('reads 二零二五年以来 as the opening of a preamble as well', () => {
    const lines = ['2025年全市教育工作要点', '二零二五年以来，全市教育系统紧扣高质量发展主题，推进各项改革。', ...LINES.slice(2)]
    const [plan] = parse(lines.join(''))
    expect([plan.plan.title, plan.plan.level]).toEqual(['2025年全市教育工作要点', '市'])
    expect(plan.clauses[0].text).toBe(lines[1])
  })

  it('leaves a paragraph whole whose text after a Chinese-numeral year ends in no kind of plan', () => {
    const text = ['2025年全区教育工作要点', '二〇二五年全区将深入推进教育改革二〇二五年，重点抓好以下工作。', '一、加强党的全面领导', '1.深化理论武装。落实“第一议题”制度。'].join('\n')
    expect(parse(text)[0].clauses[0].text).toBe('二〇二五年全区将深入推进教育改革二〇二五年，重点抓好以下工作。')
  })
})
