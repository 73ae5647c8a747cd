import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

/** Each clause of the one plan as [id without the plan's, chapter, section, number, text]. */
function clauses(text: string) {
  const [plan] = parseDocument({ file: 'plan.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter ? `${c.chapter.number} ${c.chapter.title}` : null, c.section, c.number, c.text])
}

const TITLE = '某县教育局2024年教育工作要点'
const PROSE = ['2024年，全县教育工作以办好人民满意的教育为目标，全面推进教育优质均衡发展。', '全县各学校要认真落实各项工作任务，确保取得实效。']
const HEAD = ['序号', '重点任务', '牵头单位', '完成时限']
const ROWS = [
  ['1', '深化理论武装，全年集中学习12次', '机关党委', '2024年12月'],
  ['2', '新增公办学位500个', '基础教育股', '2024年9月'],
  ['3', '组建紧密型教育集团3个', '基础教育股', '2024年12月'],
]
const TASKS = [
  '1.深化理论武装，全年集中学习12次。牵头单位：机关党委；完成时限：2024年12月。',
  '2.新增公办学位500个。牵头单位：基础教育股；完成时限：2024年9月。',
  '3.组建紧密型教育集团3个。牵头单位：基础教育股；完成时限：2024年12月。',
]
const OWN_CHAPTER = TASKS.map((t, i) => [`-100-${i + 1}`, ' 2024年重点任务分工表', null, i + 1, t])
const oneRowALine = [HEAD.join('  '), ...ROWS.map((r) => r.join('  '))]

describe('parseDocument on a 序号 task table with no numbered clause above it', () => {
  it('reads a titled table under a body of prose paragraphs as a chapter of its own, its rows its tasks', () => {
    // Before: the rows were read as the body's own clauses (-0-1 …) and the table's title as a paragraph of the body (-p3).
    expect(clauses([TITLE, ...PROSE, '2024年重点任务分工表', ...oneRowALine].join('\n'))).toEqual([
      ['-p1', null, null, null, PROSE[0]],
      ['-p2', null, null, null, PROSE[1]],
      ...OWN_CHAPTER,
    ])
  })

  it('reads a table one cell a line after chapters that hold prose alone, as it does after a chapter of clauses', () => {
    // Before: each cell was a paragraph of chapter 二 (序号, 重点任务 … 1, 深化理论武装… , 机关党委, 2024年12月 …).
    const text = [TITLE, '一、总体要求', PROSE[0], '二、重点任务', PROSE[1], '2024年重点任务分工表', ...HEAD, ...ROWS.flat()].join('\n')
    const read = clauses(text)
    expect(read.slice(2)).toEqual(OWN_CHAPTER)
    expect(read.slice(0, 2).map((c) => c[4])).toEqual([`一、总体要求\n${PROSE[0]}`, `二、重点任务\n${PROSE[1]}`])
  })

  it('keeps a table in the middle of such a body where it stands, its rows labelled passages, the chapter after it whole', () => {
    // Before: the head and each row were paragraphs with their cells side by side (序号 重点任务 牵头单位 完成时限).
    const text = [TITLE, '一、总体要求', PROSE[0], '二、重点任务', PROSE[1], '2024年重点任务分工表', ...oneRowALine, '三、保障措施', '各单位要加强组织领导，确保任务落实。'].join('\n')
    expect(clauses(text).map((c) => [c[0], c[3], c[4]])).toEqual([
      ['-0-1', 1, `一、总体要求\n${PROSE[0]}`],
      ['-0-2', 2, `二、重点任务\n${PROSE[1]}`],
      ['-p1', null, '2024年重点任务分工表'],
      ...TASKS.map((t, i) => [`-p${i + 2}`, null, t.replace(/^\d\./, '')]),
      ['-0-3', 3, '三、保障措施\n各单位要加强组织领导，确保任务落实。'],
    ])
  })

  it('still reads a document that is a table alone, its title the plan’s, its rows the body’s tasks', () => {
    expect(clauses(['某县教育局2024年重点工作任务分工', ...oneRowALine].join('\n'))).toEqual(TASKS.map((t, i) => [`-0-${i + 1}`, null, null, i + 1, t]))
  })
})
