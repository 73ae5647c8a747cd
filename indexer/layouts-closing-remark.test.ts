import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

const PLAN = (tail: string) => `某市教育局2024年教育工作要点

2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。

一、加强党的全面领导
1.深化理论武装。全年开展集中学习研讨12次以上。
2.加强基层党建。创建党建工作示范校10所。
二、推进基础教育优质均衡发展
1.扩大优质学前教育资源。新建、改扩建公办幼儿园6所，新增公办学位2700个。
${tail}

某市教育局
2024年2月20日`

const FIRST_ROWS = [
  ['-p1', null, null, null, '2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。'],
  ['-1-1', '一加强党的全面领导', null, 1, '1.深化理论武装。全年开展集中学习研讨12次以上。'],
  ['-1-2', '一加强党的全面领导', null, 2, '2.加强基层党建。创建党建工作示范校10所。'],
  ['-2-1', '二推进基础教育优质均衡发展', null, 1, '1.扩大优质学前教育资源。新建、改扩建公办幼儿园6所，新增公办学位2700个。'],
]

describe('parseDocument on a plan that closes with a remark after its last clause', () => {
  it('reads 各单位要结合实际，认真抓好落实… after a blank line as a passage of its own, not a line of the last clause', () => {
    // Before: -2-2 read 2.深化集团化办学。…全覆盖。⏎各单位要结合实际，认真抓好落实，确保各项任务落到实处。
    const [plan] = parse(PLAN('2.深化集团化办学。新组建紧密型教育集团5个。\n\n各单位要结合实际，认真抓好落实，确保各项任务落到实处。'))
    expect(outlineRows(plan)).toEqual([
      ...FIRST_ROWS,
      ['-2-2', '二推进基础教育优质均衡发展', null, 2, '2.深化集团化办学。新组建紧密型教育集团5个。'],
      ['-p2', '二推进基础教育优质均衡发展', null, null, '各单位要结合实际，认真抓好落实，确保各项任务落到实处。'],
    ])
  })

  it('reads a remark straight under the last clause, and a rallying call after it, as passages too', () => {
    const [plan] = parse(PLAN('2.深化集团化办学。新组建紧密型教育集团5个。\n各县（市、区）教育局、市直各学校要根据本要点，制定具体实施方案。\n让我们凝心聚力、真抓实干，为建设教育强市作出新的更大贡献！'))
    expect(outlineRows(plan).slice(4)).toEqual([
      ['-2-2', '二推进基础教育优质均衡发展', null, 2, '2.深化集团化办学。新组建紧密型教育集团5个。'],
      ['-p2', '二推进基础教育优质均衡发展', null, null, '各县（市、区）教育局、市直各学校要根据本要点，制定具体实施方案。'],
      ['-p3', '二推进基础教育优质均衡发展', null, null, '让我们凝心聚力、真抓实干，为建设教育强市作出新的更大贡献！'],
    ])
  })

  it('reads a remark to the bureau\'s own units, and a closing cheer alone under the last clause, as passages', () => {
    const tail = (remark: string) => outlineRows(parse(PLAN(`2.深化集团化办学。新组建紧密型教育集团5个。\n${remark}`))[0]).slice(4).map((r) => [r[0], r[4]])
    expect(tail('局属各单位要对照本要点，细化工作举措，确保各项任务落到实处。')).toEqual([
      ['-2-2', '2.深化集团化办学。新组建紧密型教育集团5个。'],
      ['-p2', '局属各单位要对照本要点，细化工作举措，确保各项任务落到实处。'],
    ])
    expect(tail('2024年是实施“十四五”规划的关键之年，全市教育系统奋力谱写教育强市建设新篇章！')).toEqual([
      ['-2-2', '2.深化集团化办学。新组建紧密型教育集团5个。'],
      ['-p2', '2024年是实施“十四五”规划的关键之年，全市教育系统奋力谱写教育强市建设新篇章！'],
    ])
  })

  it('keeps a last clause\'s own paragraphs: its text under its title line, and a second paragraph asking for its own task', () => {
    const [plan] = parse(PLAN('2.深化集团化办学。\n新组建紧密型教育集团5个，实现集团化办学全覆盖。\n各学校要严格落实集团内教师交流制度。'))
    expect(outlineRows(plan).slice(4)).toEqual([
      ['-2-2', '二推进基础教育优质均衡发展', null, 2, '2.深化集团化办学。\n新组建紧密型教育集团5个，实现集团化办学全覆盖。\n各学校要严格落实集团内教师交流制度。'],
    ])
  })

  it('keeps a remark addressing the units inside the plan when a numbered clause follows it', () => {
    const [plan] = parse(PLAN('各单位要结合实际，认真抓好落实。\n2.深化集团化办学。新组建紧密型教育集团5个。'))
    expect(outlineRows(plan).slice(3)).toEqual([
      ['-2-1', '二推进基础教育优质均衡发展', null, 1, '1.扩大优质学前教育资源。新建、改扩建公办幼儿园6所，新增公办学位2700个。\n各单位要结合实际，认真抓好落实。'],
      ['-2-2', '二推进基础教育优质均衡发展', null, 2, '2.深化集团化办学。新组建紧密型教育集团5个。'],
    ])
  })
})
