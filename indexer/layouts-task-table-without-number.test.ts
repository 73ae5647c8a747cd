import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

describe('parseDocument on a text 重点任务分工表 without a 序号 column (重点任务  牵头单位  完成时限), its cells apart by spaces', () => {
  it('reads its rows under 附件 as the attachment’s tasks, numbered in order and labelled, a wrapped unit in its cell and the note apart', () => {
    const [plan] = parseHandmadeText('guixi-2024-task-table-without-number-column.txt')
    const table = '附件重点任务分工表'
    // Before: the head closed up (重点任务牵头单位完成时限) and the rows one passage, run together as a broken sentence.
    expect(outlineRows(plan).slice(2)).toEqual([
      ['-101-1', table, null, 1, '1.深化理论武装，健全第一议题制度。牵头单位：机关党委、组织人事科；完成时限：2024年12月。'],
      ['-101-2', table, null, 2, '2.加强基层党组织建设，推进全覆盖。牵头单位：组织人事科；完成时限：2024年6月。'],
      ['-p1', table, null, null, '注：各牵头单位于每季度末报送工作进展情况。'],
    ])
  })

  it('reads such a table right after the last clause (no 附件 over it) as a chapter headed by its title, its rows numbered tasks labelled by their columns', () => {
    const rows = ['重点任务                            牵头单位        完成时限', '深化理论武装，健全第一议题制度      机关党委        2024年12月', '加强基层党组织建设，推进全覆盖      组织人事科      2024年6月']
    const text = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全制度。', '2.加强基层党组织建设。推进全覆盖。', '', '重点任务分工表', '', ...rows].join('\n')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    // Before: the title, the head and each row were passages with their cells apart (深化理论武装，健全第一议题制度 机关党委 2024年12月).
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text])).toEqual([
      ['全面加强党的建设', 1, '1.深化理论武装。健全制度。'],
      ['全面加强党的建设', 2, '2.加强基层党组织建设。推进全覆盖。'],
      ['重点任务分工表', 1, '1.深化理论武装，健全第一议题制度。牵头单位：机关党委；完成时限：2024年12月。'],
      ['重点任务分工表', 2, '2.加强基层党组织建设，推进全覆盖。牵头单位：组织人事科；完成时限：2024年6月。'],
    ])
  })
})
