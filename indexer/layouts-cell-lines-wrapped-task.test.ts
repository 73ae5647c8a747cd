import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const BODY = [
  '沅陵县2024年教育工作要点',
  '一、坚持立德树人',
  '1.加强思想政治教育。推进思政课一体化建设，开展主题教育活动。',
  '二、推进教育优质均衡',
  '2.扩大学前教育资源。新建、改扩建公办幼儿园4所，新增学位720个。',
  '附件',
  '2024年重点任务清单',
]
/** A 序号 table as a PDF viewer copies it, cell by cell, one cell a line: a task cell printed over two lines. */
const TABLE = [
  '序号', '重点任务', '牵头单位', '责任单位', '完成时限',
  '1', '开展“开学第一课”等主题', '教育活动', '德育股', '各学校', '2024年9月',
  '2', '新建、改扩建公办幼儿园4', '所，新增学位720个', '基础教育股', '计划财务股', '2024年12月',
  '3', '完成农村学校改造项目15个', '计划财务股', '乡镇教育管理站', '2024年11月',
]
const TITLE = '2024年重点任务清单'
const BODY_CLAUSES = [
  ['1-1', '坚持立德树人', null, '1.加强思想政治教育。推进思政课一体化建设，开展主题教育活动。'],
  ['2-2', '推进教育优质均衡', null, '2.扩大学前教育资源。新建、改扩建公办幼儿园4所，新增学位720个。'],
]

describe('parseDocument on a 序号 task table copied one cell a line whose task cells wrapped onto a second line', () => {
  it('joins each wrapped line to the task it continues, every unit and deadline in its column', () => {
    // Before: rows of six lines over five columns could not be told apart: the head and each row were passages of
    // cells side by side (`1 开展“开学第一课”等主题 教育活动 德育股 各学校 2024年9月`), no task labelled.
    expect(outline([...BODY, ...TABLE].join('\n'))).toEqual([
      ...BODY_CLAUSES,
      ['101-1', TITLE, null, '1.开展“开学第一课”等主题教育活动。牵头单位：德育股；责任单位：各学校；完成时限：2024年9月。'],
      ['101-2', TITLE, null, '2.新建、改扩建公办幼儿园4所，新增学位720个。牵头单位：基础教育股；责任单位：计划财务股；完成时限：2024年12月。'],
      ['101-3', TITLE, null, '3.完成农村学校改造项目15个。牵头单位：计划财务股；责任单位：乡镇教育管理站；完成时限：2024年11月。'],
    ])
  })

  it('joins a wrapped deadline to the deadline when only that grouping gives each column a cell of its shape', () => {
    const table = ['序号', '重点任务', '牵头单位', '完成时限', '1', '开展主题教育活动', '德育股', '2024年9月', '2', '新增学位720个', '基础教育股', '2024年6月', '至12月']
    expect(outline([...BODY, ...table].join('\n')).slice(2)).toEqual([
      ['101-1', TITLE, null, '1.开展主题教育活动。牵头单位：德育股；完成时限：2024年9月。'],
      ['101-2', TITLE, null, '2.新增学位720个。牵头单位：基础教育股；完成时限：2024年6月至12月。'],
    ])
  })

  it('lists two units printed one a line in their column, the task’s own wrapped figure (1800个) joined to the task', () => {
    const [plan] = parseHandmadeText('chuzhou-2024-task-table-after-clauses.txt')
    // Before: row 2's five lines over three columns stayed a passage, and so, the rows unlabelled, did the whole table.
    expect(plan.clauses.filter((c) => c.id.includes('-100-')).map((c) => c.text)).toEqual([
      '1.培育党建示范校10所。牵头单位：机关党委；完成时限：2024年12月。',
      '2.新建、改扩建公办幼儿园6所，新增公办学位1800个。牵头单位：基础教育科、规划建设科；完成时限：2024年9月。',
      '3.新组建紧密型教育集团5个。牵头单位：基础教育科；完成时限：2024年12月。',
      '4.培养市级骨干教师250名。牵头单位：教师工作科；完成时限：2024年11月。',
      '5.新建、改建全民健身场地设施30处。牵头单位：群众体育科；完成时限：2024年10月。',
    ])
  })
})

describe('parseDocument on a task table without 序号 copied one cell a line whose unit cell wrapped onto a second line', () => {
  it('groups a row’s extra line into the unit it completes, each row still ended by its deadline', () => {
    const table = ['重点任务', '牵头单位', '责任单位', '完成时限', '开展“开学第一课”等主题教育活动', '德育股、基础教', '育股', '各学校', '2024年9月', '新建、改扩建公办幼儿园4所', '基础教育股', '计划财务股', '2024年12月']
    // Before: the first row's five lines over four columns could not be told apart; the table stayed a passage a cell.
    expect(outline([...BODY.slice(0, 3), '附件', TITLE, ...table].join('\n')).slice(1)).toEqual([
      ['101-1', TITLE, null, '1.开展“开学第一课”等主题教育活动。牵头单位：德育股、基础教育股；责任单位：各学校；完成时限：2024年9月。'],
      ['101-2', TITLE, null, '2.新建、改扩建公办幼儿园4所。牵头单位：基础教育股；责任单位：计划财务股；完成时限：2024年12月。'],
    ])
  })
})
