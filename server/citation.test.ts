import { beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord, IndexBuild, PlanRecord } from '../indexer/types.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from '../indexer/parse-document.js'
import { chineseDate, citationScheme, clauseLocation, citedPlan, formatCitation, sectionMarker, type CitationScheme } from './citation.js'
import { accessDate, formatGbtCitation } from './citation-gbt.js'

let build: IndexBuild
const planClauses = (planId: string) => build.clauses.filter((c) => c.planId === planId).sort((a, b) => a.order - b.order)
const clauseOf = (planId: string, chapter: string, number: number): ClauseRecord =>
  planClauses(planId).find((c) => c.chapter?.number === chapter && c.number === number)!
const planOf = (planId: string): PlanRecord => build.plans.find((p) => p.id === planId)!
const schemeOf = (planId: string): CitationScheme => ({ ...citationScheme(planClauses(planId)), plan: citedPlan(planOf(planId)) })
const cite = (planId: string, chapter: string, number: number) => formatCitation(clauseOf(planId, chapter, number), schemeOf(planId))

const JIANGMEN = 'jiangmen-2023-jiaoyuju-gongzuo-yaodian'
const CHANGSHA = 'changsha-2020-quanshi-jiaoyu-gongzuo-yaodian'
const JINGMEN = 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian'
const COMPILATION = '（收录于《教育和体育局2024年工作要点汇编(7篇)》第'

/** What comes before the location in every citation of each bundled plan (README "Citations"). */
const PLAN_PART: Record<string, string> = {
  [JINGMEN]: '荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）',
  'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian': `大兴安岭地区《2024年全区教育工作要点》${COMPILATION}1篇）`,
  'rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian': `荣成市《2024年全市教育和体育工作要点》${COMPILATION}2篇）`,
  '2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628': `某区教育和体育局《区教育和体育局2024年工作要点》${COMPILATION}3篇）`,
  '2024-shi-jiaoyuju-gongzuo-yaodian-0aa782': `河北省某市教育局《市教育局2024年工作要点》${COMPILATION}4篇）`,
  '2024-xian-jiaoyu-tiyu-gongzuo-yaodian-a8a5ce': `某县《县2024年教育体育工作要点》${COMPILATION}5篇）`,
  '2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75': `某县《县2024年教育体育工作要点》${COMPILATION}6篇）`,
  '2024-xian-jiaoyu-he-tiyu-ju-gongzuo-yaodian-4270ea': `某县教育和体育局《县教育和体育局2024年工作要点》${COMPILATION}7篇）`,
  [JIANGMEN]: '江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）',
  [CHANGSHA]: '长沙市教育局《2020年全市教育工作要点》（2020年2月17日）',
  'quanzhou-2025-jiaoyu-gongzuo-yaodian': '泉州市教育局《2025年泉州市教育工作要点》（2025年3月22日）',
}

beforeAll(async () => {
  build = await loadCorpusBuild()
})

describe('citationScheme', () => {
  it('sees no repeated numbers when a plan numbers its clauses 1…23 across chapters (荆门)', () => {
    expect(citationScheme(planClauses(JINGMEN))).toEqual({ chapter: false, section: false })
  })

  it('sees numbering restart in every chapter (长沙 2020)', () => {
    expect(citationScheme(planClauses(CHANGSHA))).toEqual({ chapter: true, section: false })
  })

  it('ignores passages, which have no number', () => {
    const clauses = planClauses('rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian')
    expect(clauses.some((c) => c.number === null)).toBe(true)
    expect(citationScheme(clauses)).toEqual({ chapter: false, section: false })
  })
})

describe('sectionMarker', () => {
  it('takes 第一节 from a section title written with the word 节', () => {
    expect([sectionMarker('第一节扩大资源'), sectionMarker('第十二节 附则')]).toEqual(['第一节', '第十二节'])
  })

  it('takes the bracketed numeral of a section title and folds ASCII brackets to full width', () => {
    expect(sectionMarker('（二）深化教育改革')).toBe('（二）')
    expect(sectionMarker('(十一)加强安全')).toBe('（十一）')
    expect(sectionMarker('加强安全')).toBeNull()
    expect(sectionMarker(null)).toBeNull()
  })
})

describe('clauseLocation of a decimal outline', () => {
  const locations = (file: string) => {
    const clauses = parseHandmadeText(file)[0].clauses as ClauseRecord[]
    return clauses.map((c) => clauseLocation(c, citationScheme(clauses)))
  }

  it('cites each clause by the number it prints, which names its section: 1.1.1 and 1.2.1 are not both 1、第1条', () => {
    expect(locations('langfang-2024-decimal-three-levels.txt')).toEqual(['', '第1.1.1条', '第1.1.2条', '第1.2.1条', '第1.2.2条', '第2.1.1条', '第2.2.1条', '第2.2.2条'])
  })

  it('cites 1.2 as printed rather than 1、第2条', () => {
    expect(locations('tangshan-2024-decimal-outline.txt').slice(0, 4)).toEqual(['', '第1.1条', '第1.2条', '第1.3条'])
  })

  it('keeps 一、第1条 for a clause whose text opens with a figure that is not its number (1.5万名)', () => {
    const clause = { ...clauseOf(JINGMEN, '一', 1), text: '1.5万名教师参加培训。' }
    expect(clauseLocation(clause, citationScheme(planClauses(JINGMEN)))).toBe('一、第1条')
    // Even where the figure ends in the clause's number.
    const fifth = { ...clauseOf(JINGMEN, '一', 1), chapter: { number: '1', title: '' }, number: 5, text: '1.5万名教师参加培训。' }
    expect(clauseLocation(fifth, citationScheme(planClauses(JINGMEN)))).toBe('1、第5条')
  })

  it('cites a decimal heading opening with a character that can count things as printed: 1.2 人工智能, 2.3名师, 3.1项目化', () => {
    const scheme = citationScheme(planClauses(JINGMEN))
    const cases: [string, string, number, string][] = [['1', '1.2 人工智能教育。', 2, '第1.2条'], ['2', '2.3名师名校长培养。', 3, '第2.3条'], ['3', '3.1项目化学习。', 1, '第3.1条'], ['2', '2.1 年度重点任务。', 1, '第2.1条']]
    for (const [chapter, text, number, cited] of cases) {
      const clause = { ...clauseOf(JINGMEN, '一', 1), chapter: { number: chapter, title: '' }, number, text }
      expect(clauseLocation(clause, scheme), text).toBe(cited)
    }
  })

  it('keeps 第5条 for clause 5 whose text opens with its own number before a figure: 5．2.5小时, 5.2.5小时', () => {
    const scheme = citationScheme(planClauses(JINGMEN))
    for (const text of ['5．2.5小时睡眠时间得到保障。', '5.2.5小时睡眠时间得到保障。']) {
      const clause = { ...clauseOf(JINGMEN, '一', 1), chapter: null, number: 5, text }
      expect(clauseLocation(clause, scheme), text).toBe('第5条')
    }
  })
})

describe('chineseDate', () => {
  it('writes an ISO date the way a document does, without leading zeros', () => {
    expect(chineseDate('2023-03-15')).toBe('2023年3月15日')
  })
})

describe('formatCitation', () => {
  it('gives issuer, title, 文号, date, chapter and number for a fully described plan', () => {
    expect(cite(JIANGMEN, '六', 25)).toBe('江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条')
  })

  it('names the issuer before a title that names no place, and the chapter although numbering is continuous', () => {
    expect(clauseOf(JINGMEN, '二', 6).heading).toBe('持续巩固“双减”成效')
    expect(cite(JINGMEN, '二', 6)).toBe('荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）二、第6条')
  })

  it('names the chapter of a plan that restarts numbering in every chapter', () => {
    expect(cite(CHANGSHA, '二', 3)).toBe('长沙市教育局《2020年全市教育工作要点》（2020年2月17日）二、第3条')
  })

  it('names the city when the issuer is unknown, and the compilation a plan came from', () => {
    expect(cite('daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian', '一', 2)).toBe(
      '大兴安岭地区《2024年全区教育工作要点》（收录于《教育和体育局2024年工作要点汇编(7篇)》第1篇）一、第2条',
    )
  })

  it('names an anonymised plan by the body its title opens with, and tells two same-titled plans apart by position', () => {
    expect(cite('2024-xian-jiaoyu-tiyu-gongzuo-yaodian-a8a5ce', '一', 1)).toBe('某县《县2024年教育体育工作要点》（收录于《教育和体育局2024年工作要点汇编(7篇)》第5篇）一、第1条')
    expect(cite('2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75', '一', 1)).toBe('某县《县2024年教育体育工作要点》（收录于《教育和体育局2024年工作要点汇编(7篇)》第6篇）一、第1条')
  })

  it('cites a passage by its chapter, or by the plan alone before the first chapter', () => {
    const id = 'rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian'
    const clauses = planClauses(id)
    const preamble = clauses[0]
    expect(preamble.number).toBeNull()
    expect(preamble.chapter).toBeNull()
    expect(formatCitation(preamble, schemeOf(id))).toBe(PLAN_PART[id])
    const intro = clauses.find((c) => c.number === null && c.chapter?.number === '二')!
    expect(formatCitation(intro, schemeOf(id))).toBe(`${PLAN_PART[id]}二、${intro.chapter!.title}`)
  })

  it('cites a paragraph of a chapter without numbered clauses by its chapter, section and place, never by a number it lacks', () => {
    const base = clauseOf(CHANGSHA, '二', 3)
    const paragraph = (chapter: { number: string; title: string }, section: string | null, place: number): ClauseRecord => ({
      ...base, id: `p${place}`, chapter, section, number: null, paragraph: place,
    })
    const clauses = [
      paragraph({ number: '第一章', title: '总体要求' }, null, 2),
      paragraph({ number: '第二章', title: '主要任务' }, '第一节扩大资源', 1),
      paragraph({ number: '三', title: '保障措施' }, null, 1),
      paragraph({ number: '二', title: '重点任务' }, '（二）提升质量', 3),
    ]
    const scheme = { ...citationScheme(clauses), plan: citedPlan(planOf(CHANGSHA)) }
    expect(clauses.map((c) => formatCitation(c, scheme).slice(PLAN_PART[CHANGSHA].length))).toEqual(['第一章第2段', '第二章第一节第1段', '三、第1段', '二、（二）第3段'])
  })

  it('cites a section printed with nothing under it (its heading-only record) by its section, not as its chapter’s introduction', () => {
    // Before: 一、加强党的全面领导 for （二）深化改革 and 第一章 总则 for 第二节 深化改革, as a chapter's introduction is cited.
    const citations = (text: string) => {
      const [plan] = parseDocument({ file: 'x.txt', text: `某市教育局2024年教育工作要点\n${text}`, fields: {}, url: null })
      const clauses = plan.clauses as ClauseRecord[]
      const scheme = { ...citationScheme(clauses), plan: citedPlan(plan.plan as PlanRecord) }
      return clauses.map((c) => [c.id.slice(plan.plan.id.length), formatCitation(c, scheme)])
    }
    expect(citations('一、加强党的全面领导\n（一）加强党建\n1.健全制度。\n（二）深化改革\n（三）强化保障\n1.加大投入。\n二、推进改革\n1.推进改革。')).toEqual([
      ['-1-1', '《某市教育局2024年教育工作要点》一、（一）第1条'],
      ['-1-s2', '《某市教育局2024年教育工作要点》一、（二）深化改革'],
      ['-1-1-2', '《某市教育局2024年教育工作要点》一、（三）第1条'],
      ['-2-1', '《某市教育局2024年教育工作要点》二、第1条'],
    ])
    expect(citations('第一章 总则\n第一节 总体要求\n坚持稳中求进。\n第二节 深化改革\n第二章 保障\n第一条 加大投入。')).toEqual([
      ['-p1', '《某市教育局2024年教育工作要点》第一章第一节第1段'],
      ['-1-s2', '《某市教育局2024年教育工作要点》第一章第二节深化改革'],
      ['-2-1', '《某市教育局2024年教育工作要点》第二章第1条'],
    ])
    // In a plan whose chapters start again in each part, the part is named as for the clause beside it.
    expect(citations('第一部分 总体要求\n坚持稳中求进。\n第二部分 主要任务\n一、加强党建\n（一）党建\n1.健全制度。\n（二）深化改革\n二、强化保障\n1.加大投入。').slice(3, 5)).toEqual([
      ['-1-1', '《某市教育局2024年教育工作要点》第二部分 一、第1条'],
      ['-1-s2', '《某市教育局2024年教育工作要点》第二部分 一、（二）深化改革'],
    ])
  })

  it('names the part before the chapter a passage or an empty chapter is cited by, where chapters start again in each part', () => {
    // Before: 一、加强党的全面领导 and 二、推进改革, which 第一部分 has too, beside 第二部分 一、第1条.
    const [plan] = parseDocument({ file: 'x.txt', text: '某市教育局2024年教育工作要点\n第一部分 2023年工作回顾\n一、党的建设全面加强\n1.全年开展学习12次。\n二、教育质量稳步提升\n1.本科上线率达到62%。\n第二部分 2024年工作要点\n一、加强党的全面领导\n全年要坚持稳中求进。\n1.健全制度。\n二、推进改革\n三、强化保障\n1.加大投入。', fields: {}, url: null })
    const clauses = plan.clauses as ClauseRecord[]
    expect(clauses.map((c) => [c.id.slice(plan.plan.id.length), clauseLocation(c, citationScheme(clauses))])).toEqual([
      ['-p1', ''],
      ['-1-1-1', '第一部分 一、第1条'],
      ['-1-2-1', '第一部分 二、第1条'],
      ['-p2', ''],
      ['-p3', '第二部分 一、加强党的全面领导'],
      ['-2-1-1', '第二部分 一、第1条'],
      ['-2-2-', '第二部分 二、推进改革'],
      ['-2-3-1', '第二部分 三、第1条'],
    ])
  })

  it('cites a heading-only section without a marker after its chapter’s whole heading, which 一、 alone would make a chapter’s', () => {
    const base = clauseOf(CHANGSHA, '二', 3)
    const section: ClauseRecord = { ...base, id: 'x-2-s2', chapter: { number: '二', title: '推进优质均衡' }, section: '深化改革', number: null, heading: '深化改革', text: '■深化改革', headingOnly: true }
    expect(clauseLocation(section, citationScheme([base]))).toBe('二、推进优质均衡 深化改革')
  })

  it('names chapter and section marker when numbering restarts in each section', () => {
    const base = clauseOf(CHANGSHA, '二', 3)
    const sibling = (section: string, number: number): ClauseRecord => ({ ...base, id: `${section}-${number}`, section, number })
    const clauses = [sibling('（一）加强党建', 1), sibling('（一）加强党建', 2), sibling('（二）深化改革', 1)]
    const scheme = citationScheme(clauses)
    expect(scheme).toEqual({ chapter: false, section: true })
    expect(formatCitation(clauses[2], { ...scheme, plan: citedPlan(planOf(CHANGSHA)) })).toBe('长沙市教育局《2020年全市教育工作要点》（2020年2月17日）二、（二）第1条')
  })

  it('cites an attachment’s row and a chapter word without 、, a passage under an attachment by its title, and a chapter without a number by its title', () => {
    const base = clauseOf(CHANGSHA, '二', 3)
    const row = { ...base, id: 'row', chapter: { number: '附件1', title: '2024年重点任务分工表' }, section: null, number: 2 }
    const chapterWord = { ...base, id: 'word', chapter: { number: '第一章', title: '总则' }, section: null, number: 3 }
    const note = { ...row, id: 'note', number: null }
    const titled = { ...base, id: 'titled', chapter: { number: '', title: '加强党的建设' }, section: null, number: 4 }
    const scheme = { ...citationScheme([base, row, chapterWord, titled]), plan: citedPlan(planOf(CHANGSHA)) }
    expect([row, chapterWord, note, titled].map((c) => formatCitation(c, scheme).slice(PLAN_PART[CHANGSHA].length))).toEqual([
      '附件1第2条',
      '第一章第3条',
      '附件1 2024年重点任务分工表',
      '加强党的建设 第4条',
    ])
  })

  it('follows the rules for every record of all 11 bundled plans, and no two numbered clauses share a citation', () => {
    expect(Object.keys(PLAN_PART).sort()).toEqual(build.plans.map((p) => p.id).sort())
    const seen = new Set<string>()
    let checked = 0
    for (const plan of build.plans) {
      const scheme = schemeOf(plan.id)
      expect(scheme.section).toBe(false)
      for (const c of planClauses(plan.id)) {
        const location = c.number === null ? (c.chapter ? `${c.chapter.number}、${c.chapter.title}` : '') : `${c.chapter ? `${c.chapter.number}、` : ''}第${c.number}条`
        const citation = formatCitation(c, scheme)
        expect(citation).toBe(PLAN_PART[plan.id] + location)
        if (c.number !== null) {
          expect(seen.has(citation)).toBe(false)
          seen.add(citation)
        }
        checked++
      }
    }
    expect(seen.size).toBe(328)
    expect(checked).toBe(build.clauses.length)
  })
})

describe('formatGbtCitation', () => {
  const link = (id: string) => ({ url: `http://127.0.0.1:3000/c/${id}`, accessed: '2026-11-30' })

  it('writes a GB/T 7714-2015 electronic reference with 文号, location, publish date, access date and URL', () => {
    const clause = clauseOf(JIANGMEN, '六', 25)
    expect(formatGbtCitation(clause, schemeOf(JIANGMEN), link(clause.id))).toBe(
      `江门市教育局. 江门市教育局2023年工作要点：江教办〔2023〕5号，六、第25条[EB/OL]. (2023-03-15)[2026-11-30]. http://127.0.0.1:3000/c/${clause.id}.`,
    )
  })

  it('names the compilation after // and leaves out the publish date when it is not known', () => {
    const id = '2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75'
    const clause = clauseOf(id, '一', 1)
    expect(formatGbtCitation(clause, schemeOf(id), link(clause.id))).toBe(
      `某县. 县2024年教育体育工作要点：一、第1条[EB/OL]//教育和体育局2024年工作要点汇编(7篇). [2026-11-30]. http://127.0.0.1:3000/c/${clause.id}.`,
    )
  })
})

describe('accessDate', () => {
  it('gives the date in China, which is already the next day at 17:00 UTC', () => {
    expect(accessDate(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01')
    expect(accessDate(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30')
  })
})
