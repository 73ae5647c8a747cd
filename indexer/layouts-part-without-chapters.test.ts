import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { citationScheme, citedPlan, formatCitation } from '../server/citation.js'
import { chapterPrefix, numberLabel } from '../web/src/lib/clause-label.js'

const PLAN = `某市教育局2024年教育工作要点
第一部分 2023年工作回顾
2023年，全市教育系统深入贯彻党的二十大精神，各项工作取得新成效。
全年新建、改扩建中小学校12所，新增学位1.2万个。
第二部分 2024年工作要点
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。
二、推进基础教育优质均衡
3.新建、改扩建公办幼儿园6所。`

/** How the test plan is cited, before the place in it: its title, no author read from it (server/citation.ts). */
const CITED = '《某市教育局2024年教育工作要点》'

/**
 * Each record as [id after the plan's id, chapter, paragraph, its whole citation (the copy button's,
 * server/citation.ts), the place the web writes before its heading (web/src/lib/clause-label.ts), text].
 */
function rows(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  const clauses = plan.clauses.map((c) => ({ ...c, firstIndexed: '' }))
  const scheme = { ...citationScheme(clauses), plan: citedPlan({ ...plan.plan, displayName: plan.plan.title }) }
  return clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter, c.paragraph ?? null, formatCitation(c, scheme), chapterPrefix(c.chapter) + numberLabel(c), c.text])
}

describe('parseDocument on a plan whose first part has paragraphs and no chapters', () => {
  it('puts the part’s paragraphs under the part, named by its title and cited by it, and leaves its title line and the other part as they were', () => {
    const review = { number: '', title: '2023年工作回顾', part: '第一部分' }
    const first = { number: '一', title: '加强党的全面领导', part: '第二部分' }
    // Before: -p2 and -p3 stood under no chapter and carried no part. The title and the 第1段 after it are one space apart.
    expect(rows(PLAN)).toEqual([
      ['-p1', null, null, CITED, '段落', '第一部分 2023年工作回顾'],
      ['-p2', review, 1, `${CITED}2023年工作回顾 第1段`, '2023年工作回顾 第1段', '2023年，全市教育系统深入贯彻党的二十大精神，各项工作取得新成效。'],
      ['-p3', review, 2, `${CITED}2023年工作回顾 第2段`, '2023年工作回顾 第2段', '全年新建、改扩建中小学校12所，新增学位1.2万个。'],
      ['-p4', null, null, CITED, '段落', '第二部分 2024年工作要点'],
      ['-1-1', first, null, `${CITED}第二部分 一、第1条`, '第二部分 一、第1条', '1.健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', first, null, `${CITED}第二部分 一、第2条`, '第二部分 一、第2条', '2.开展党纪学习教育。'],
      ['-2-3', { number: '二', title: '推进基础教育优质均衡', part: '第二部分' }, null, `${CITED}第二部分 二、第3条`, '第二部分 二、第3条', '3.新建、改扩建公办幼儿园6所。'],
    ])
  })

  it('leaves a paragraph before a part’s chapters its introduction, under no chapter', () => {
    const intro = PLAN.replace('第二部分 2024年工作要点\n', '第二部分 2024年工作要点\n2024年是全面推进教育强市建设的关键之年。\n')
    expect(rows(intro).slice(3, 6).map((r) => [r[0], r[1] && (r[1] as { title: string }).title, r[5]])).toEqual([
      ['-p4', null, '第二部分 2024年工作要点'],
      ['-p5', null, '2024年是全面推进教育强市建设的关键之年。'],
      ['-1-1', '加强党的全面领导', '1.健全“第一议题”制度，全年集中学习12次以上。'],
    ])
  })
})

describe('parseDocument on a plan whose chapterless first part is written as numbered points or as （一） sections', () => {
  const review = { number: '', title: '2023年工作回顾', part: '第一部分' }
  const first = { number: '一', title: '加强党的全面领导', part: '第二部分' }
  const POINTS = `某市教育局2024年教育工作要点
第一部分 2023年工作回顾
1.全年新建、改扩建中小学校12所，新增学位1.2万个。
2.全年培训教师3000人次，新招聘教师420名。
第二部分 2024年工作要点
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。`
  // The second part reads alike in both shapes but for the passage number of its title line.
  const tasks = (title: string) => [
    [title, null, null, CITED, '段落', '第二部分 2024年工作要点'],
    ['-1-1', first, null, `${CITED}第二部分 一、第1条`, '第二部分 一、第1条', '1.健全“第一议题”制度，全年集中学习12次以上。'],
    ['-1-2', first, null, `${CITED}第二部分 一、第2条`, '第二部分 一、第2条', '2.开展党纪学习教育。'],
  ]

  it('puts the part’s numbered points under the part, cited by its title', () => {
    // Before: -0-1 and -0-2 stood under no chapter, cited 第1条 and 第2条 as if they were the plan's first clauses.
    expect(rows(POINTS)).toEqual([
      ['-p1', null, null, CITED, '段落', '第一部分 2023年工作回顾'],
      ['-0-1', review, null, `${CITED}2023年工作回顾 第1条`, '2023年工作回顾 第1条', '1.全年新建、改扩建中小学校12所，新增学位1.2万个。'],
      ['-0-2', review, null, `${CITED}2023年工作回顾 第2条`, '2023年工作回顾 第2条', '2.全年培训教师3000人次，新招聘教师420名。'],
      ...tasks('-p2'),
    ])
  })

  it('puts the part’s （一） sections under the part, cited by its title and the section', () => {
    const sections = POINTS.replace(/^1\.全年新建.*$/m, '（一）党建引领有力。全年集中学习12次，开展主题党日48次。')
      .replace(/^2\.全年培训.*$/m, '（二）教育质量稳步提升。新建、改扩建中小学校12所。')
    // Before: -p2 and -p3 stood under no chapter, with no paragraph, cited by the plan alone.
    expect(rows(sections)).toEqual([
      ['-p1', null, null, CITED, '段落', '第一部分 2023年工作回顾'],
      ['-p2', review, 1, `${CITED}2023年工作回顾 （一）第1段`, '2023年工作回顾 第1段', '（一）党建引领有力。全年集中学习12次，开展主题党日48次。'],
      ['-p3', review, 1, `${CITED}2023年工作回顾 （二）第1段`, '2023年工作回顾 第1段', '（二）教育质量稳步提升。新建、改扩建中小学校12所。'],
      ...tasks('-p4'),
    ])
    const [plan] = parseDocument({ file: 'x.txt', text: sections, fields: {}, url: null })
    expect(plan.clauses.map((c) => c.section)).toEqual([null, '（一）党建引领有力', '（二）教育质量稳步提升', null, null, null])
  })
})
