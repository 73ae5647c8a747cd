import { describe, expect, it } from 'vitest'
import { cleanText } from './clean/clean-text.js'
import { parseDocument } from './parse-document.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a text 重点任务分工表 whose short columns (牵头股室, 完成时限) wrap onto a line of their own', () => {
  it('puts a piece wrapped under a tabbed row back into the column its tabs count (⇥⇥人事股 is the unit’s), not into the task', () => {
    const [plan] = parseHandmadeText('xingan-2024-task-table-tabbed-wrapped-units.txt')
    const table = '附件新干县2024年教育重点任务分工表'
    expect(outlineRows(plan).slice(3)).toEqual([
      ['-101-1', table, null, 1, '1.深化理论武装，健全“第一议题”制度，全年开展集中学习12次以上。牵头股室：机关党委、组织人事股；完成时限：2024年12月。'],
      ['-101-2', table, null, 2, '2.加强基层党组织建设，推进党组织全覆盖。牵头股室：组织人事股；完成时限：2024年6月底前。'],
      ['-101-3', table, null, 3, '3.扩大学前教育资源，新增公办学位500个。牵头股室：基础教育股；完成时限：2024年9月。'],
    ])
  })

  it('puts a piece wrapped under a row aligned by spaces into the column it starts under, the task’s own wrap still into the task', () => {
    const [plan] = parseHandmadeText('xiajiang-2024-task-table-aligned-wrapped-units.txt')
    const table = '峡江县2024年教育重点任务分工表'
    expect(plan.clauses.slice(3).map((c) => [c.chapter?.title ?? null, c.number, c.heading, c.text])).toEqual([
      [table, 1, '深化理论武装，健全第一议题制度', '1.深化理论武装，健全第一议题制度。牵头股室：机关党委、组织人事股；完成时限：2024年12月。'],
      [table, 2, '加强基层党组织建设，推进全覆盖', '2.加强基层党组织建设，推进全覆盖。牵头股室：组织人事股；完成时限：2024年6月底前。'],
      [table, 3, '扩大学前教育资源，新增学位500个积极发展普惠性民办园', '3.扩大学前教育资源，新增学位500个积极发展普惠性民办园。牵头股室：基础教育股；完成时限：2024年9月。'],
    ])
  })

  it('puts a unit a Word table centred in its cell under the cell it is centred under, alone on its line', () => {
    const text = [
      '某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全制度。', '2.加强基层党组织建设。推进全覆盖。', '附件', '重点任务分工表',
      '序号  重点任务                            牵头股室            完成时限',
      '1     深化理论武装，健全第一议题制度      机关党委、组织      2024年12月',
      '                                            人事股',
      '2     加强基层党组织建设，推进全覆盖        组织人事股        2024年6月',
    ].join('\n')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.slice(2).map((c) => c.text)).toEqual([
      '1.深化理论武装，健全第一议题制度。牵头股室：机关党委、组织人事股；完成时限：2024年12月。',
      '2.加强基层党组织建设，推进全覆盖。牵头股室：组织人事股；完成时限：2024年6月。',
    ])
  })

  it('lays out a table after the last clause (no 附件 over it) with the wrapped unit in its row’s unit cell', () => {
    const text = '某县教育局2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。健全制度。\n序号\t重点任务\t牵头单位\t完成时限\n1\t深化理论武装\t机关党委、组织\t2024年12月\n\t\t人事科\n2\t加强基层党组织建设\t组织人事科\t全年'
    expect(cleanText(text).text.split('\n').slice(3)).toEqual(['序号 重点任务 牵头单位 完成时限', '1 深化理论武装 机关党委、组织人事科 2024年12月', '2 加强基层党组织建设 组织人事科 全年'])
  })

  it('joins a line flush at the left margin to the unit cell it completes (德育股、基础教 / 育股), not to the longer task', () => {
    const text = [
      '某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全制度。', '附件', '重点任务清单',
      '序号  重点任务  牵头单位  责任单位  完成时限',
      '1  开展“开学第一课”等主题教育活动  德育股、基础教  各学校  2024年9月',
      '育股',
      '2  新建、改扩建公办幼儿园4所  基础教育股  计划财务股  2024年12月',
      '3  完成农村学校改造项目15个，改善办学  计划财务股  乡镇教育管理站  2024年11月',
      '条件',
    ].join('\n')
    // Before: `育股` went to the row's longest cell, the task (`…主题教育活动育股`), the lead unit left cut (`基础教`).
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.slice(1).map((c) => c.text)).toEqual([
      '1.开展“开学第一课”等主题教育活动。牵头单位：德育股、基础教育股；责任单位：各学校；完成时限：2024年9月。',
      '2.新建、改扩建公办幼儿园4所。牵头单位：基础教育股；责任单位：计划财务股；完成时限：2024年12月。',
      '3.完成农村学校改造项目15个，改善办学条件。牵头单位：计划财务股；责任单位：乡镇教育管理站；完成时限：2024年11月。',
    ])
  })

  it('reads a row with 100 000 wrapped lines, and a wrapped line of 50 000 pieces, in linear time', () => {
    const head = '某县教育局2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。健全制度。\n序号\t重点任务\t牵头单位\t完成时限\n1\t深化理论武装\t机关党委\t2024年12月\n'
    // Quadratic work runs past the test timeout (as long-character-runs.test.ts); a wall-clock bound flakes on a busy machine.
    expect(cleanText(head + '\t\t科\n'.repeat(100_000)).text).toContain('机关党委科科科')
    expect(cleanText(head + '\t'.repeat(2) + '科 '.repeat(50_000)).text).toContain(`1 深化理论武装 机关党委${'科'.repeat(50_000)} 2024年12月`)
  })
})
