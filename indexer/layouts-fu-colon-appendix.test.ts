import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan that appends a list after its signature under 附： alone (no 件 or 表)', () => {
  it('ends clause 3 at its own text and reads the list as an attachment of its own, its rows numbered again', () => {
    const [plan] = parseHandmadeText('weinan-2024-fu-colon-project-list.txt')
    expect(outlineRows(plan)).toEqual([
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位2000个。'],
      ['-101-1', '附2024年教育重点项目清单', null, 1, '1.新建公办幼儿园5所'],
      ['-101-2', '附2024年教育重点项目清单', null, 2, '2.改扩建义务教育学校10所'],
      ['-101-3', '附2024年教育重点项目清单', null, 3, '3.建设智慧校园示范校20所'],
    ])
    expect(plan.plan.warnings).toEqual([])
  })
})
