import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A schedule table written as text whose head row names its columns in words no list foresees (月度 重点任务 牵头股室,
// 时段 活动): the head stayed a paragraph of its own over the rows, its names labelling nothing, or (two columns)
// the head and rows ran on as text of the clause above. A line of a few short cells of nouns, no sentence, right above
// a period's row is the table's head, whatever its names.
const BUREAU = `某县教育局2024年教育工作要点
一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导，办好人民满意的教育。
二、重点任务
1.加强党的建设。
2.推进义务教育优质均衡发展。
三、月份安排
月度 重点任务 牵头股室
1月 召开全县教育工作会议，部署全年工作 办公室
2月 春季开学检查，排查校园安全隐患 安全股
3月 启动义务教育招生工作 基础教育股`

const SCHOOL = `某小学2024学年第一学期工作计划
工作目标
1.德育工作扎实有效，学生行为习惯明显改善。
2.教学质量稳步提升。
主要工作
1.加强师德师风建设。
2.抓好安全教育，落实安全责任制。
工作行事历
时段 活动
第一周 开学典礼
第二周 教师节表彰大会
第三周 第一次月考`

describe('parseDocument on a schedule table written as text whose head names its columns in unforeseen words', () => {
  it('takes a head of three short nouns over month rows as the head, its last name labelling the office', () => {
    expect(outline(BUREAU).slice(3)).toEqual([
      ['p2', '月份安排', '1月', '召开全县教育工作会议，部署全年工作（牵头股室：办公室）'],
      ['p3', '月份安排', '2月', '春季开学检查，排查校园安全隐患（牵头股室：安全股）'],
      ['p4', '月份安排', '3月', '启动义务教育招生工作（牵头股室：基础教育股）'],
    ])
  })

  it('takes a head of two short nouns over weeks and their one cell as the head of a two-column table', () => {
    expect(outline(SCHOOL).slice(4)).toEqual([
      ['p1', '工作行事历', '第一周', '开学典礼'],
      ['p2', '工作行事历', '第二周', '教师节表彰大会'],
      ['p3', '工作行事历', '第三周', '第一次月考'],
    ])
  })

  it('leaves a line with a sentence above month rows as text', () => {
    const text = BUREAU.replace('月度 重点任务 牵头股室', '各月工作安排如下，请遵照执行。')
    expect(outline(text)[3]).toEqual(['p2', '月份安排', null, '各月工作安排如下，请遵照执行。'])
  })
})
