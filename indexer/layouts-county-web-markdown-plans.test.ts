/**
 * County plans as users bring them from government sites and note tools, read right: an <h3> chapter over each
 * <ol> whose start= counts the clauses on, a Markdown copy with its task table under `## 附件`, and an 实施方案
 * whose first chapters are prose and later ones hold （一） tasks.
 */
import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on county plans from web pages and Markdown, read right', () => {
  it('numbers <ol start="3"> items under <h3> chapters on from the list before, as a browser draws them', async () => {
    const [plan] = await parseHandmade('zhoukou-shenqiu-2024-h3-chapters-ol-start-clauses.html')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', null, 1],
      ['-1-2', '一全面加强党的建设', null, 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
      ['-2-4', '二推动教育优质均衡发展', null, 4],
      ['-2-5', '二推动教育优质均衡发展', null, 5],
      ['-3-6', '三建设高素质教师队伍', null, 6],
    ])
    expect(plan.clauses[3].text).toBe('3.扩大学前教育资源。新建公办幼儿园3所，新增学位810个。')
    expect([plan.plan.issuer, plan.plan.city, plan.plan.publishDate, plan.plan.warnings]).toEqual(['沈丘县教育体育局', '沈丘县', '2024-03-11', []])
  })

  it('reads a Markdown task table under ## 附件 as one task a row, each cell labelled by its column, after the plan’s clauses', async () => {
    const [plan] = await parseHandmade('ziyang-lezhi-2024-markdown-task-table.md')
    expect(outlineRows(plan).slice(5)).toEqual([
      ['-101-1', '附件2024年重点任务分工表', null, 1, '1.全年开展集中学习12次以上。牵头单位：党建办；完成时限：2024年12月。'],
      ['-101-2', '附件2024年重点任务分工表', null, 2, '2.新建公办幼儿园2所。牵头单位：基础教育股；完成时限：2024年9月。'],
      ['-101-3', '附件2024年重点任务分工表', null, 3, '3.组建城乡教育共同体5个。牵头单位：基础教育股；完成时限：2024年12月。'],
    ])
    expect(plan.clauses[4].text).toBe('4.推进义务教育优质均衡。组建城乡教育共同体5个。')
    expect([plan.plan.issuer, plan.plan.publishDate, plan.plan.clauseCount]).toEqual(['乐至县教育和体育局', '2024-03-12', 7])
  })

  it('keeps the prose of 指导思想 and 工作目标 as passages of their chapters and numbers the （一） tasks again in each later chapter', async () => {
    const [plan] = await parseHandmade('yulin-fugu-2024-implementation-plan-prose-and-task-chapters.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-p2', '一指导思想', null, null],
      ['-p3', '二工作目标', null, null],
      ['-3-1', '三重点任务', null, 1],
      ['-3-2', '三重点任务', null, 2],
      ['-3-3', '三重点任务', null, 3],
      ['-4-1', '四保障措施', null, 1],
      ['-4-2', '四保障措施', null, 2],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.city, plan.plan.publishDate]).toEqual(['府谷县2024年推进县域普通高中振兴实施方案', '府谷县教育和科技局', '府谷县', '2024-04-02'])
  })
})

describe('parseDocument on a county page laid out in a table, its 政务公开 metadata table inside the article’s cell', () => {
  it('reads the page’s text, not the whole layout table as a metadata table (which left nothing: “contains no text”)', async () => {
    const [plan] = await parseHandmade('chuzhou-fengyang-2025-layout-table-meta-table-notice.html')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2025年，全县教育工作要坚持稳中求进，办好人民满意的教育。'],
      ['-1-1', '一加强党的建设', null, 1, '（一）深化理论武装。一是落实“第一议题”制度；二是开展专题培训2期。'],
      ['-1-2', '一加强党的建设', null, 2, '（二）夯实基层党建。在府城镇、临淮关镇培育党建示范校2所。'],
      ['-2-3', '二推进教育均衡', null, 3, '（三）扩大学前教育资源。新建公办幼儿园2所。'],
    ])
    const { title, issuer, city, docNumber, publishDate, warnings } = plan.plan
    expect({ title, issuer, city, docNumber, publishDate, warnings }).toEqual({ title: '凤阳县2025年教育工作要点', issuer: '凤阳县教育体育局', city: '凤阳县', docNumber: '凤教体〔2025〕9号', publishDate: '2025-03-12', warnings: [] })
  })
})
