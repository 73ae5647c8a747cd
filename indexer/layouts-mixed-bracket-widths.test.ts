import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on clauses numbered in half-width (1) and full-width （2） brackets mixed, as two typists left them', () => {
  it('reads them as one level counting 1 to 5 across the chapters, each clause’s text as printed', () => {
    const [plan] = parseHandmadeText('yugan-2024-half-and-full-width-brackets.txt')
    expect(headingRows(plan)).toEqual([
      ['-1-1', '一', 1, '深化理论武装', '(1)深化理论武装。健全“第一议题”制度。'],
      ['-1-2', '一', 2, '夯实基层党建', '（2）夯实基层党建。推进党组织领导的校长负责制。'],
      ['-1-3', '一', 3, '强化正风肃纪', '(3)强化正风肃纪。开展群众身边不正之风整治。'],
      ['-2-4', '二', 4, '扩大学前教育资源', '（4）扩大学前教育资源。新增公办学位500个。'],
      ['-2-5', '二', 5, '推进集团化办学', '(5)推进集团化办学。组建教育集团3个。'],
    ])
    expect([plan.plan.levels?.map((l) => l.role), plan.plan.warnings]).toEqual([['chapter', 'clause'], []])
  })
})
