import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

const OPENING = ['-p1', null, null, null, '2024年，全县教体工作要以习近平新时代中国特色社会主义思想为指导，聚焦“办好人民满意的教育”目标，重点抓好以下工作。']

describe('parseDocument on a web page whose outline of nested lists the editor split where a picture or note stands between chapters', () => {
  it('reads a part of one chapter that counts on (<ol start="4">) as the fourth chapter, its clauses counting on with start= too', async () => {
    const [plan] = await parseHandmade('luoyang-yichuan-2024-split-outer-ol-start.html')
    expect(outlineRows(plan)).toEqual([
      OPENING,
      ['-1-1', '全面加强党的建设', null, 1, '1.深化理论学习。落实“第一议题”制度，全年开展集中学习12次。'],
      ['-1-2', '全面加强党的建设', null, 2, '2.夯实基层党建。推进中小学校党组织领导的校长负责制。'],
      ['-2-3', '促进基础教育优质均衡', null, 3, '3.扩大学前教育资源。新建鸣皋镇、白沙镇公办幼儿园2所。'],
      ['-2-4', '促进基础教育优质均衡', null, 4, '4.推进县域义务教育优质均衡。城关镇、彭婆镇组建教育集团2个。'],
      ['-3-5', '建设高素质教师队伍', null, 5, '5.加强师德师风建设。开展师德专题教育，严肃查处违规行为。'],
      ['-3-6', '建设高素质教师队伍', null, 6, '6.补充乡村教师。招聘特岗教师120名，全部充实到乡镇学校。\n（二〇二四年重点民生实事另行部署）'],
      ['-4-7', '守牢校园安全底线', null, 7, '7.强化校园安全管理。开展安全隐患排查整治，全年不少于4次。'],
    ])
    expect([plan.plan.title, plan.plan.city, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['伊川县教育体育局2024年工作要点', '伊川县', '伊川县教育体育局', '2024-02-26', []])
  })

  it('numbers the chapter of a one-item part as the browser draws it (4.) where each chapter’s clauses start again at 1', async () => {
    const [plan] = await parseHandmade('luoyang-xinan-2024-split-outer-ol-restart.html')
    expect(outlineRows(plan).slice(-3)).toEqual([
      ['-3-1', '3建设高素质教师队伍', null, 1, '1.加强师德师风建设。开展师德专题教育，严肃查处违规行为。'],
      ['-3-2', '3建设高素质教师队伍', null, 2, '2.补充乡村教师。招聘特岗教师120名，全部充实到乡镇学校。\n（二〇二四年重点民生实事另行部署）'],
      ['-4-1', '4守牢校园安全底线', null, 1, '1.强化校园安全管理。开展安全隐患排查整治，全年不少于4次。'],
    ])
    expect([plan.plan.clauseCount, plan.plan.city, plan.plan.publishDate]).toEqual([7, '新安县', '2024-03-01'])
  })
})
