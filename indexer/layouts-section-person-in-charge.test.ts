import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A secondary school's year plan that names after each section the teacher who carries it out, in brackets on the
// section's line: （一）师德建设：（具体负责实施人：王老师）.
const PLAN = `某中学2023年学校年度工作计划
全面落实县教学工作会议精神，结合学校的实际状况，努力抓好学校的各项工作。
一、坚持以德育工作为首要
（一）师德建设：（具体负责实施人：王老师）
1、建立以校长为组长的师德建设工作小组。
2、开展教师师德学习活动，集中学习每学期不得少于10学时。
（二）学生德育（负责人：李老师）
3、开展主题班会活动。
二、狠抓教学常规管理
4、严格执行课程计划。（实施部门：教务处）`

describe('parseDocument on sections that name the person carrying them out', () => {
  it('names each section by its title, the person’s note a passage under it (the note was part of the section’s name)', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.section, c.number, c.text])).toEqual([
      [null, null, '全面落实县教学工作会议精神，结合学校的实际状况，努力抓好学校的各项工作。'],
      ['（一）师德建设', null, '（一）师德建设：（具体负责实施人：王老师）'],
      ['（一）师德建设', 1, '1、建立以校长为组长的师德建设工作小组。'],
      ['（一）师德建设', 2, '2、开展教师师德学习活动，集中学习每学期不得少于10学时。'],
      ['（二）学生德育', null, '（二）学生德育（负责人：李老师）'],
      ['（二）学生德育', 3, '3、开展主题班会活动。'],
      [null, 4, '4、严格执行课程计划。（实施部门：教务处）'],
    ])
  })
})
