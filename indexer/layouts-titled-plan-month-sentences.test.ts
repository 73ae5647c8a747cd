import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A school's term plan of titled chapters whose schedule gives each month a sentence after its name (月份安排 /
// 九月：做好开学准备，召开新学期教师大会。 / 十月：…): the schedule's title and its months ran on as text of the last
// clause of the chapter above (2-2 2.抓好安全教育…。\n月份安排\n九月：…), found under 主要工作 and cited as its clause.
const PLAN = `某小学2024学年第一学期工作计划
工作目标
1.德育工作扎实有效，学生行为习惯明显改善。
2.教学质量稳步提升。
主要工作
1.加强师德师风建设。
2.抓好安全教育，落实安全责任制。
月份安排
九月：做好开学准备，召开新学期教师大会。
十月：开展国庆主题教育活动，组织秋季运动会。
十一月：举行期中质量检测，召开家长会。`

describe('parseDocument on a titled plan whose months say sentences under the schedule’s title', () => {
  it('heads a chapter with the schedule’s title and a section with each month, its sentence the text', () => {
    expect(outline(PLAN).slice(2)).toEqual([
      ['2-1', '主要工作', null, '1.加强师德师风建设。'],
      ['2-2', '主要工作', null, '2.抓好安全教育，落实安全责任制。'],
      ['p1', '月份安排', '九月', '做好开学准备，召开新学期教师大会。'],
      ['p2', '月份安排', '十月', '开展国庆主题教育活动，组织秋季运动会。'],
      ['p3', '月份安排', '十一月', '举行期中质量检测，召开家长会。'],
    ])
  })

  it('leaves a single month saying a sentence in the clause it follows', () => {
    const text = PLAN.split('\n').slice(0, 7).join('\n') + '\n九月：做好开学准备，召开新学期教师大会。'
    expect(outline(text).at(-1)).toEqual(['2-2', '主要工作', null, '2.抓好安全教育，落实安全责任制。\n九月：做好开学准备，召开新学期教师大会。'])
  })
})
