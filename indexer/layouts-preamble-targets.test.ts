import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan that lists its year’s targets 1. 2. 3. before chapter 一 and numbers its clauses （一）（二）', () => {
  it('numbers the （一） items as the clauses and leaves the targets passages of the preamble', () => {
    const [plan] = parseHandmadeText('baoji-2024-targets-list-before-chapters.txt')
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年全市教育工作的主要目标是：'],
      ['-p2', null, null, '1.学前教育毛入园率达到92%以上'],
      ['-p3', null, null, '2.义务教育巩固率保持在99%以上'],
      ['-p4', null, null, '3.高中阶段毛入学率达到95%以上'],
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '加强基层党组织建设'],
      ['-2-3', '二', 3, '扩大学前教育资源'],
      ['-2-4', '二', 4, '推进义务教育优质均衡'],
    ])
    expect(plan.plan.levels).toEqual([
      { marker: '一、', role: 'chapter', count: 2 },
      { marker: '（一）', role: 'clause', count: 4 },
      { marker: '1.', role: 'item', count: 3 },
    ])
    expect(plan.plan.warnings).toEqual([])
  })

  it('reads 1. titles over 1. clauses as chapters when the preamble lists its targets 1. 2. 3. in the same form, the targets left passages', () => {
    const [plan] = parseHandmadeText('fuyang-linquan-2024-preamble-list-over-same-form-outline.txt')
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年全县教育工作的主要目标是：'],
      ['-p2', null, null, '1.学前三年毛入园率达到93%以上'],
      ['-p3', null, null, '2.九年义务教育巩固率保持在98%以上'],
      ['-p4', null, null, '3.高中阶段毛入学率达到94%以上'],
      ['-p5', null, null, '围绕上述目标，重点做好以下工作：'],
      ['-1-1', '1', 1, '深化理论武装'],
      ['-1-2', '1', 2, '夯实基层党建'],
      ['-2-1', '2', 1, '扩大学前教育资源'],
      ['-2-2', '2', 2, '推进义务教育优质均衡'],
      ['-2-3', '2', 3, '深化“双减”工作'],
      ['-3-1', '3', 1, '加强师德师风建设'],
      ['-3-2', '3', 2, '补充乡村教师'],
    ])
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => c.chapter!.title)).toEqual(['全面加强党的建设', '全面加强党的建设', '推动基础教育优质均衡', '推动基础教育优质均衡', '推动基础教育优质均衡', '建设高素质教师队伍', '建设高素质教师队伍'])
    expect([plan.plan.levels, plan.plan.warnings, plan.plan.city, plan.plan.publishDate]).toEqual([[{ marker: '1.', role: 'clause', count: 7 }], [], '临泉县', '2024-03-06'])
  })
})
