import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A school's term plan whose schedule writes each month with all its tasks on one line, set apart by semicolons
// (二月：开学准备；环境创设；安全检查。). Every month was a paragraph of the chapter, its name inside the text.
const PLAN = `某某小学2024学年第二学期工作计划
一、指导思想
以立德树人为根本任务，全面提高教育质量。
二、主要工作
（一）加强师德建设。组织教师学习师德规范。
（二）推进课程改革。开展校本教研活动。
三、月工作安排
二月：开学准备；环境创设；安全检查。
三月：学雷锋活动；植树节活动。
四月份：清明节祭扫；春季运动会`

describe('parseDocument on months written with their tasks on one line', () => {
  it('heads a section with each month, its tasks kept whole as the section’s text', () => {
    expect(outline(PLAN)).toEqual([
      ['p1', '指导思想', null, '以立德树人为根本任务，全面提高教育质量。'],
      ['2-1', '主要工作', null, '（一）加强师德建设。组织教师学习师德规范。'],
      ['2-2', '主要工作', null, '（二）推进课程改革。开展校本教研活动。'],
      ['p2', '月工作安排', '二月', '开学准备；环境创设；安全检查。'],
      ['p3', '月工作安排', '三月', '学雷锋活动；植树节活动。'],
      ['p4', '月工作安排', '四月份', '清明节祭扫；春季运动会'],
    ])
  })

  it('leaves months that say sentences, or name a single task, as text of the chapter', () => {
    const text = PLAN.replace('二月：开学准备；环境创设；安全检查。', '二月：做好开学准备，召开教师大会；安全检查。').replace(
      '三月：学雷锋活动；植树节活动。',
      '三月：学雷锋活动。',
    )
    expect(outline(text).slice(3)).toEqual([
      ['p2', '月工作安排', null, '二月：做好开学准备，召开教师大会；安全检查。'],
      ['p3', '月工作安排', null, '三月：学雷锋活动。'],
      ['p4', '月工作安排', null, '四月份：清明节祭扫；春季运动会'],
    ])
  })
})
