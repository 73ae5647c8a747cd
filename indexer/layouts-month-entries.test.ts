import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// Two more forms of a month-by-month schedule. A bureau's 月份安排 gives each month its tasks and the office in charge
// in brackets after them (1月：召开全县教育工作会议；部署寒假安全工作。（责任科室：办公室）), some months a single task;
// the bracket hid the tasks from the one-line month reading (57f33f8) and every month stayed a paragraph of the
// chapter. A school's 工作行事历 lists its weeks under each month (九月份 / 第一周：开学典礼；新生入学教育 / 第二周：…);
// the weeks, ending in no stop, ran into one line (第一周：开学典礼；新生入学教育第二周：教师节庆祝活动), the months no heading.
const HEAD = `某县教育局2024年教育工作要点
一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导，办好人民满意的教育。
二、重点任务
1.加强党的建设。
2.推进义务教育优质均衡发展。`

describe('parseDocument on months each given their tasks and the office in charge on one line', () => {
  it('heads a section with each month, a month of one task too, its tasks and office its text', () => {
    const text = `${HEAD}\n三、月份安排\n1月：召开全县教育工作会议；部署寒假安全工作。（责任科室：办公室）\n2月：春季开学检查；校园安全隐患大排查。（责任科室：安全科）\n3月：启动义务教育招生工作。（责任科室：基础教育科）`
    expect(outline(text).slice(3)).toEqual([
      ['p2', '月份安排', '1月', '召开全县教育工作会议；部署寒假安全工作。（责任科室：办公室）'],
      ['p3', '月份安排', '2月', '春季开学检查；校园安全隐患大排查。（责任科室：安全科）'],
      ['p4', '月份安排', '3月', '启动义务教育招生工作。（责任科室：基础教育科）'],
    ])
  })

  it('leaves a month of one task as text where no month beside it names several', () => {
    const text = `${HEAD}\n三、月份安排\n1月：召开全县教育工作会议。（责任科室：办公室）\n2月：开展春季开学检查，排查校园安全隐患。`
    expect(outline(text).slice(3)).toEqual([
      ['p2', '月份安排', null, '1月：召开全县教育工作会议。（责任科室：办公室）'],
      ['p3', '月份安排', null, '2月：开展春季开学检查，排查校园安全隐患。'],
    ])
  })
})

describe('parseDocument on weeks listed under each month', () => {
  it('heads a section with each month, each week’s entry a paragraph of it', () => {
    const text = `${HEAD}\n三、工作行事历\n九月份\n第一周：开学典礼；新生入学教育\n第二周：教师节庆祝活动\n十月份\n第五周：国庆节放假\n第六周：秋季运动会`
    expect(outline(text).slice(3)).toEqual([
      ['p2', '工作行事历', '九月份', '第一周：开学典礼；新生入学教育'],
      ['p3', '工作行事历', '九月份', '第二周：教师节庆祝活动'],
      ['p4', '工作行事历', '十月份', '第五周：国庆节放假'],
      ['p5', '工作行事历', '十月份', '第六周：秋季运动会'],
    ])
  })
})
