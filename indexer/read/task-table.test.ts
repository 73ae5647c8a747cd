import { describe, expect, it } from 'vitest'
import { taskTableLines } from './task-table.js'

describe('taskTableLines', () => {
  it('leaves a table alone that has no 序号 column beside a task column, or fewer than two numbered rows', () => {
    expect(taskTableLines([['项目', '数量'], ['新建学校', '12']])).toBeNull()
    expect(taskTableLines([['序号', '学校', '地址'], ['1', '一中', '东路'], ['2', '二中', '西路']])).toBeNull()
    expect(taskTableLines([['序号', '工作任务', '责任单位'], ['1', '推进集团化办学', '基教科']])).toBeNull()
  })

  it('keeps a task spanning rows with different measures as one line, and rows without a number as they are', () => {
    expect(
      taskTableLines([
        ['序号', '工作内容', '责任科室'],
        ['1', '推进集团化办学', '基教科'],
        ['1', '扩大优质资源覆盖面', '基教科'],
        ['备注：各县区参照执行', '备注：各县区参照执行', '备注：各县区参照执行'],
        ['2', '落实“双减”', ''],
      ]),
    ).toEqual(['1.推进集团化办学。扩大优质资源覆盖面。责任科室：基教科。', '备注：各县区参照执行', '2.落实“双减”。'])
  })

  it('writes an area column merged down before 序号 once, as a title line over its first task, and labels no task with it', () => {
    expect(
      taskTableLines([
        ['重点领域', '序号', '工作任务', '牵头单位', '完成时限'],
        ['党的建设', '1', '深化理论武装', '机关党委', '2024年12月'],
        ['党的建设', '2', '培育党建示范校15所', '组织人事科', '2024年11月'],
        ['基础教育', '3', '新组建城乡教育共同体6个', '基础教育科', '2024年12月'],
      ]),
    ).toEqual([
      '党的建设',
      '1.深化理论武装。牵头单位：机关党委；完成时限：2024年12月。',
      '2.培育党建示范校15所。牵头单位：组织人事科；完成时限：2024年11月。',
      '基础教育',
      '3.新组建城乡教育共同体6个。牵头单位：基础教育科；完成时限：2024年12月。',
    ])
  })

  it('reads a group row right under the header (empty 序号, 一、党的建设, the unit that leads it) as a group, not as a second header row', () => {
    expect(
      taskTableLines([
        ['序号', '重点任务', '责任单位', '完成时限'],
        ['', '一、党的建设', '机关党委', ''],
        ['1', '深化理论武装', '机关党委', '2024年12月'],
        ['2', '加强基层党组织建设', '组织人事科', '2024年6月'],
      ]),
    ).toEqual([
      '一、党的建设 机关党委',
      '1.深化理论武装。责任单位：机关党委；完成时限：2024年12月。',
      '2.加强基层党组织建设。责任单位：组织人事科；完成时限：2024年6月。',
    ])
  })

  it('still reads a second header row whose cells name columns (牵头单位 | 配合单位 under a merged 责任单位)', () => {
    expect(
      taskTableLines([
        ['序号', '重点任务', '责任单位', '责任单位', '完成时限'],
        ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
        ['1', '深化理论武装', '机关党委', '各科室', '2024年12月'],
        ['2', '扩大学前教育资源', '基础教育科', '发展规划科', '2024年9月'],
      ]),
    ).toEqual([
      '1.深化理论武装。牵头单位：机关党委；配合单位：各科室；完成时限：2024年12月。',
      '2.扩大学前教育资源。牵头单位：基础教育科；配合单位：发展规划科；完成时限：2024年9月。',
    ])
  })
})
