import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// Schedules a bureau or a school writes as a table in text, a row a line, its cells apart by tabs or spaces, with no
// dates beside the period: a bureau's 月份安排 (月份 重点工作 责任科室 / 1月 召开全县教育工作会议 办公室) and a school's
// 工作行事历 of weeks (周次 工作内容 负责部门 / 第一周 开学典礼 德育处). Cleaning took the spaces between Chinese cells
// for a PDF's and the rows ran together (1月召开全县教育工作会议；部署寒假安全工作办公室2月春季开学检查…), the head row a
// paragraph of its own.
const BUREAU = `某县教育局2024年教育工作要点
一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导，办好人民满意的教育。
二、重点任务
1.加强党的建设。
2.推进义务教育优质均衡发展。
三、月份安排
月份\t重点工作\t责任科室
1月\t召开全县教育工作会议；部署寒假安全工作\t办公室
2月\t春季开学检查；校园安全隐患大排查\t安全科
3月\t启动义务教育招生工作\t基础教育科
4—5月\t组织中考体育考试\t体卫艺科`

const SCHOOL_HEAD = `某小学2024学年第一学期工作计划
工作目标
1.德育工作扎实有效，学生行为习惯明显改善。
2.教学质量稳步提升。
主要工作
1.加强师德师风建设。
2.抓好安全教育，落实安全责任制。`

describe('parseDocument on a schedule table written as text, a period and its cells a line', () => {
  it('heads a section with each month of a bureau’s 月份安排, its work labelled by the head’s name for the office in charge', () => {
    expect(outline(BUREAU).slice(3)).toEqual([
      ['p2', '月份安排', '1月', '召开全县教育工作会议；部署寒假安全工作（责任科室：办公室）'],
      ['p3', '月份安排', '2月', '春季开学检查；校园安全隐患大排查（责任科室：安全科）'],
      ['p4', '月份安排', '3月', '启动义务教育招生工作（责任科室：基础教育科）'],
      ['p5', '月份安排', '4—5月', '组织中考体育考试（责任科室：体卫艺科）'],
    ])
  })

  it('heads a section with each week of a school’s 行事历 printed without dates, under a title of its own', () => {
    const text = `${SCHOOL_HEAD}\n工作行事历\n周次 工作内容 负责部门\n第一周 开学典礼；新生入学教育 德育处\n第二周 教师节表彰大会 办公室\n第三周 第一次月考 教务处`
    expect(outline(text).slice(4)).toEqual([
      ['p1', '工作行事历', '第一周', '开学典礼；新生入学教育（负责部门：德育处）'],
      ['p2', '工作行事历', '第二周', '教师节表彰大会（负责部门：办公室）'],
      ['p3', '工作行事历', '第三周', '第一次月考（负责部门：教务处）'],
    ])
  })

  it('reads a 学期行事历 of weeks, dates and departments under a plan of titled chapters', () => {
    const text = `${SCHOOL_HEAD}\n学期行事历\n周次 时间 工作内容 负责部门\n第一周 9.1-9.6 开学典礼；新生入学教育 政教处\n第二周 9.8-9.13 教师节表彰大会 办公室`
    expect(outline(text).slice(4)).toEqual([
      ['p1', '学期行事历', '第一周 9.1-9.6', '开学典礼；新生入学教育（负责部门：政教处）'],
      ['p2', '学期行事历', '第二周 9.8-9.13', '教师节表彰大会（负责部门：办公室）'],
    ])
  })

  it('still joins a sentence wrapped before a month that two words at most follow', () => {
    const text = BUREAU.replace('2.推进义务教育优质均衡发展。', '2.全县教育工作会议每年年初召开一次，本年度计划于\n1月 中旬召开，部署全年工作。')
    expect(outline(text)[2]).toEqual(['2-2', '重点任务', null, '2.全县教育工作会议每年年初召开一次，本年度计划于1月中旬召开，部署全年工作。'])
  })
})
