import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a PDF text export that spaces markers and digits (一 、, （ 一 ）, 9 0 0个) with ·2·, 3/4 and 第4页 page numbers', () => {
  it('closes up every spaced number (新增公办学位9 0 0个 was 9 00个) and reads the chapters over their （一） clauses', () => {
    const [plan] = parseHandmadeText('yichun-yuanzhou-2024-pdf-spaced-markers-digits.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全区教育系统坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强区。'],
      ['-1-1', '一加强党的建设', null, 1, '（一）深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一加强党的建设', null, 2, '（二）夯实基层党建。推进中小学校党组织领导的校长负责制。'],
      ['-2-1', '二推进教育优质均衡', null, 1, '（一）扩大学前教育资源。新增公办学位900个。'],
      ['-2-2', '二推进教育优质均衡', null, 2, '（二）推进集团化办学。组建教育集团4个。'],
      ['-3-1', '三强化教育保障', null, 1, '（一）落实经费保障。确保“两个只增不减”。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.signDate]).toEqual(['宜春市袁州区教育体育局2024年教育工作要点', '宜春市袁州区教育体育局', '2024-03-12'])
  })
})
