import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A schedule table of two columns written as text, a row a line: a period and one cell of work, no dates and no
// column after it (月份 工作内容 / 1月 召开全县教育工作会议，部署全年工作; 周次 工作内容 / 第一周 开学典礼). Judged a line
// alone, a period and one cell reads as a wrapped sentence or a short line of text: rows whose cell has a comma ran
// into the row above, and the rows stayed paragraphs (or text of the clause above) under their head row. The head
// row above them says they are a table's rows.
const BUREAU = `某县教育局2024年教育工作要点
一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导，办好人民满意的教育。
二、重点任务
1.加强党的建设。
2.推进义务教育优质均衡发展。
三、月份安排
月份 工作内容
1月 召开全县教育工作会议，部署全年工作
2月 春季开学检查，排查校园安全隐患
3月 启动义务教育招生工作`

const SCHOOL = `某小学2024学年第一学期工作计划
工作目标
1.德育工作扎实有效，学生行为习惯明显改善。
2.教学质量稳步提升。
主要工作
1.加强师德师风建设。
2.抓好安全教育，落实安全责任制。
工作行事历
周次\t工作内容
第一周\t开学典礼
第二周\t教师节表彰大会
第三周\t第一次月考`

describe('parseDocument on a two-column period table written as text under its head row', () => {
  it('heads a section with each month of a bureau’s 月份安排, rows whose work has a comma kept apart', () => {
    expect(outline(BUREAU).slice(3)).toEqual([
      ['p2', '月份安排', '1月', '召开全县教育工作会议，部署全年工作'],
      ['p3', '月份安排', '2月', '春季开学检查，排查校园安全隐患'],
      ['p4', '月份安排', '3月', '启动义务教育招生工作'],
    ])
  })

  it('heads a section with each week of a school’s 行事历 of weeks without dates, under a title of its own', () => {
    expect(outline(SCHOOL).slice(4)).toEqual([
      ['p1', '工作行事历', '第一周', '开学典礼'],
      ['p2', '工作行事历', '第二周', '教师节表彰大会'],
      ['p3', '工作行事历', '第三周', '第一次月考'],
    ])
  })

  it('still joins a month and a clause wrapped from a sentence when no head row stands above', () => {
    const text = BUREAU.replace('2.推进义务教育优质均衡发展。', '2.全县教育工作会议每年年初召开一次，本年度计划于\n1月 中旬召开，部署全年工作。')
    expect(outline(text)[2]).toEqual(['2-2', '重点任务', null, '2.全县教育工作会议每年年初召开一次，本年度计划于1月中旬召开，部署全年工作。'])
  })
})
