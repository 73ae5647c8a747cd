import { describe, expect, it } from 'vitest'
import { parseHandmadeText, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan whose chapters number nothing under them but bullets (◆ ● ·)', () => {
  it('reads each bulleted paragraph as its chapter’s paragraph, headed without its bullet (·落实经费保障 was headed with it)', () => {
    const [plan] = parseHandmadeText('wannian-2024-bullet-paragraphs.txt')
    expect(recordRows(plan)).toEqual([
      ['加强党的建设', null, null, 1, '◆深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['加强党的建设', null, null, 2, '◆夯实基层党建。推进中小学校党组织领导的校长负责制。'],
      ['推进教育优质均衡', null, null, 1, '● 扩大学前教育资源。新增公办学位500个。'],
      ['推进教育优质均衡', null, null, 2, '● 推进集团化办学。组建教育集团3个。'],
      ['强化保障', null, null, 1, '·落实经费保障。确保“两个只增不减”。'],
    ])
    expect(plan.clauses.map((c) => c.heading)).toEqual(['深化理论武装', '夯实基层党建', '扩大学前教育资源', '推进集团化办学', '落实经费保障'])
  })
})
