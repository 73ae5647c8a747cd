import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school's term plan that heads its chapters by title alone (指导思想, 工作目标, 主要工作 …) and closes with a
// month-by-month schedule under a title of its own: the months were read as more chapter titles (the first one,
// under 月份安排, as text of the clause above), or as paragraphs of the last chapter.
const NUMBERED = `某小学第一学期工作计划
指导思想
本学期，我校以立德树人为根本任务，全面提升教育教学质量。
工作目标
1.德育工作扎实有效，学生行为习惯明显改善。
2.教学质量稳步提升。
主要工作
1.加强师德师风建设。
2.抓好安全教育，落实安全责任制。
月份安排
九月份
1.开学典礼，新生入学教育。
2.教师节庆祝活动。
十月份
1.国庆节爱国主义教育。
2.秋季运动会。`

function outline(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.chapter?.title ?? null, c.section, c.number ?? null, c.paragraph ?? null, c.text])
}

describe('parseDocument on a month-by-month schedule in a plan that heads its chapters by title', () => {
  it('heads a section with each month under the schedule’s title, its items numbered from 1 again', () => {
    expect(outline(NUMBERED)).toEqual([
      ['指导思想', null, null, 1, '本学期，我校以立德树人为根本任务，全面提升教育教学质量。'],
      ['工作目标', null, 1, null, '1.德育工作扎实有效，学生行为习惯明显改善。'],
      ['工作目标', null, 2, null, '2.教学质量稳步提升。'],
      ['主要工作', null, 1, null, '1.加强师德师风建设。'],
      ['主要工作', null, 2, null, '2.抓好安全教育，落实安全责任制。'],
      ['月份安排', '九月份', 1, null, '1.开学典礼，新生入学教育。'],
      ['月份安排', '九月份', 2, null, '2.教师节庆祝活动。'],
      ['月份安排', '十月份', 1, null, '1.国庆节爱国主义教育。'],
      ['月份安排', '十月份', 2, null, '2.秋季运动会。'],
    ])
  })

  it('reads a month’s （1）（2） items as its clauses where the plan numbers its clauses 1.', () => {
    const text = '某小学第二学期教学工作计划\n工作目标\n1.提高课堂教学效率。\n2.提升学业质量。\n主要措施\n1.加强集体备课。\n工作行事历\n二月份\n（1）制定教研组工作计划；\n（2）开学常规检查。\n三月份\n（1）青年教师汇报课。'
    expect(outline(text)).toEqual([
      ['工作目标', null, 1, null, '1.提高课堂教学效率。'],
      ['工作目标', null, 2, null, '2.提升学业质量。'],
      ['主要措施', null, 1, null, '1.加强集体备课。'],
      ['工作行事历', '二月份', 1, null, '（1）制定教研组工作计划；'],
      ['工作行事历', '二月份', 2, null, '（2）开学常规检查。'],
      ['工作行事历', '三月份', 1, null, '（1）青年教师汇报课。'],
    ])
  })

  it('heads a section with each month in a plan of prose under standard titles, its lines counted through the chapter', () => {
    const text = '某幼儿园秋季学期园务工作计划\n指导思想\n坚持保教结合，促进幼儿全面发展。\n主要措施\n加强教师队伍建设，组织园本培训。\n月工作重点\n九月份：\n新生入园适应工作。\n召开家长会。\n十月份：\n秋季幼儿体检。'
    expect(outline(text)).toEqual([
      ['指导思想', null, null, 1, '坚持保教结合，促进幼儿全面发展。'],
      ['主要措施', null, null, 1, '加强教师队伍建设，组织园本培训。'],
      ['月工作重点', '九月份', null, 1, '新生入园适应工作。'],
      ['月工作重点', '九月份', null, 2, '召开家长会。'],
      ['月工作重点', '十月份', null, 3, '秋季幼儿体检。'],
    ])
  })

  it('heads a chapter with each month of a plan that is a schedule and nothing else, the first month too', () => {
    const text = '某小学秋季学期工作行事历\n九月份\n1.开学典礼。\n2.教师节表彰。\n十月份\n1.国庆主题活动。'
    expect(outline(text)).toEqual([
      ['九月份', null, 1, null, '1.开学典礼。'],
      ['九月份', null, 2, null, '2.教师节表彰。'],
      ['十月份', null, 1, null, '1.国庆主题活动。'],
    ])
  })

  it('keeps a month in a clause’s text where the clause leads into it with a colon', () => {
    const text = '某小学第一学期工作计划\n工作目标\n1.提高教学质量。\n主要工作\n1.开展读书节活动，分两段：\n九月份\n启动仪式。\n十月份\n成果展示。\n2.加强安全教育。'
    expect(outline(text)).toEqual([
      ['工作目标', null, 1, null, '1.提高教学质量。'],
      ['主要工作', null, 1, null, '1.开展读书节活动，分两段：\n九月份\n启动仪式。\n十月份\n成果展示。'],
      ['主要工作', null, 2, null, '2.加强安全教育。'],
    ])
  })
})
