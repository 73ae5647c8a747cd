import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

/** PDF text wrapped at 30 (a CJK character 1, a digit ½), its clauses ending in no full stop, as many plans type them. */
const PLAN = [
  '某市教育局2024年教育工作要点',
  '一、推进教育优质均衡',
  '1.扩大学前教育资源。新建、改扩建公办幼儿园11所，新增学位3300',
  '个，普惠性幼儿园覆盖率稳定在92%以上，公办园在园幼儿占比达到5',
  '5%以上',
  '2.推进义务教育优质均衡。新组建紧密型教育集团8个，推进城乡学',
  '校结对帮扶全覆盖',
  '二、强化保障',
  '3.加强队伍建设。公开招聘中小学教师180名，其中农村学校教师不',
  '少于120名',
  '4.强化督导考核。将工作要点落实情况纳入各县区年度目标考核内容',
  '某市教育局',
  '2024年3月1日',
]

describe('parseDocument on hard-wrapped text whose clauses end in no full stop', () => {
  it('joins the short last piece of a clause to the line the wrap cut at the text’s width', () => {
    // Before: 5%以上, 校结对帮扶全覆盖 and 少于120名 read as titles (short, no punctuation) and stayed lines of their own,
    // so each clause’s text broke in the middle of a number or a word.
    expect(outline(PLAN.join('\n'))).toEqual([
      ['1-1', '推进教育优质均衡', null, '1.扩大学前教育资源。新建、改扩建公办幼儿园11所，新增学位3300个，普惠性幼儿园覆盖率稳定在92%以上，公办园在园幼儿占比达到55%以上'],
      ['1-2', '推进教育优质均衡', null, '2.推进义务教育优质均衡。新组建紧密型教育集团8个，推进城乡学校结对帮扶全覆盖'],
      ['2-3', '强化保障', null, '3.加强队伍建设。公开招聘中小学教师180名，其中农村学校教师不少于120名'],
      ['2-4', '强化保障', null, '4.强化督导考核。将工作要点落实情况纳入各县区年度目标考核内容'],
    ])
  })

  it('glues no signature, no title of a plan or attachment, and no 附件 line onto the line of a last clause that fills the width', () => {
    const [last] = outline(PLAN.slice(0, 2).concat(PLAN.slice(10)).join('\n'))
    expect(last[3]).toBe('4.强化督导考核。将工作要点落实情况纳入各县区年度目标考核内容')
    for (const next of ['附件', '2024年教育重点任务清单', '某市实验中学']) {
      const rows = outline([...PLAN.slice(0, 5), PLAN[10], next, '1.深化理论武装。全年开展集中学习12次。'].join('\n'))
      expect(rows.map((r) => r[3]).find((t) => t.startsWith('4.'))?.split('\n')[0]).toBe('4.强化督导考核。将工作要点落实情况纳入各县区年度目标考核内容')
    }
  })
})
