import { beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord, IndexBuild } from '../indexer/types.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { citationScheme, formatCitation, sectionMarker } from './citation.js'

let build: IndexBuild
const planClauses = (planId: string) => build.clauses.filter((c) => c.planId === planId).sort((a, b) => a.order - b.order)
const clauseOf = (planId: string, chapter: string, number: number): ClauseRecord =>
  planClauses(planId).find((c) => c.chapter?.number === chapter && c.number === number)!
const issuerOf = (planId: string) => build.plans.find((p) => p.id === planId)!.issuer

beforeAll(async () => {
  build = await loadCorpusBuild()
})

describe('citationScheme', () => {
  it('leaves the chapter out when a plan numbers its clauses 1…23 across chapters (荆门)', () => {
    expect(citationScheme(planClauses('jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian'))).toEqual({ chapter: false, section: false })
  })

  it('names the chapter when numbering restarts in every chapter (长沙 2020)', () => {
    expect(citationScheme(planClauses('changsha-2020-quanshi-jiaoyu-gongzuo-yaodian'))).toEqual({ chapter: true, section: false })
  })

  it('ignores passages, which have no number', () => {
    const clauses = planClauses('rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian')
    expect(clauses.some((c) => c.number === null)).toBe(true)
    expect(citationScheme(clauses)).toEqual({ chapter: false, section: false })
  })
})

describe('sectionMarker', () => {
  it('takes the bracketed numeral of a section title and folds ASCII brackets to full width', () => {
    expect(sectionMarker('（二）深化教育改革')).toBe('（二）')
    expect(sectionMarker('(十一)加强安全')).toBe('（十一）')
    expect(sectionMarker('加强安全')).toBeNull()
    expect(sectionMarker(null)).toBeNull()
  })
})

describe('formatCitation', () => {
  it('cites a continuously numbered clause by number, with the issuer before a title that names no place', () => {
    const id = 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian'
    const clause = clauseOf(id, '二', 6)
    expect(clause.heading).toBe('持续巩固“双减”成效')
    const scheme = { ...citationScheme(planClauses(id)), issuer: issuerOf(id) }
    expect(formatCitation(clause, scheme)).toBe('荆门市教育局《市教育局2025年教育工作要点》第6条')
  })

  it('names the chapter when the plan restarts numbering', () => {
    const id = 'changsha-2020-quanshi-jiaoyu-gongzuo-yaodian'
    const scheme = { ...citationScheme(planClauses(id)), issuer: issuerOf(id) }
    expect(formatCitation(clauseOf(id, '二', 3), scheme)).toBe('长沙市教育局《2020年全市教育工作要点》二、第3条')
  })

  it('uses the bare title when it already names the city', () => {
    const id = 'jiangmen-2023-jiaoyuju-gongzuo-yaodian'
    const scheme = { ...citationScheme(planClauses(id)), issuer: issuerOf(id) }
    expect(formatCitation(clauseOf(id, '二', 5), scheme)).toBe('《江门市教育局2023年工作要点》第5条')
  })

  it('falls back to the city when a plan of a compilation has no issuer', () => {
    const id = 'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian'
    const scheme = { ...citationScheme(planClauses(id)), issuer: issuerOf(id) }
    expect(formatCitation(clauseOf(id, '一', 2), scheme)).toBe('大兴安岭地区《2024年全区教育工作要点》第2条')
  })

  it('cites a passage by its chapter, or by the title alone before the first chapter', () => {
    const id = 'rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian'
    const clauses = planClauses(id)
    const scheme = { ...citationScheme(clauses), issuer: issuerOf(id) }
    const preamble = clauses[0]
    expect(preamble.number).toBeNull()
    expect(preamble.chapter).toBeNull()
    expect(formatCitation(preamble, scheme)).toBe('荣成市《2024年全市教育和体育工作要点》')
    const intro = clauses.find((c) => c.number === null && c.chapter?.number === '二')!
    expect(formatCitation(intro, scheme)).toBe(`荣成市《2024年全市教育和体育工作要点》二、${intro.chapter!.title}`)
  })

  it('names chapter and section marker when numbering restarts in each section', () => {
    const base = clauseOf('changsha-2020-quanshi-jiaoyu-gongzuo-yaodian', '二', 3)
    const sibling = (section: string, number: number): ClauseRecord => ({ ...base, id: `${section}-${number}`, section, number })
    const clauses = [sibling('（一）加强党建', 1), sibling('（一）加强党建', 2), sibling('（二）深化改革', 1)]
    const scheme = citationScheme(clauses)
    expect(scheme).toEqual({ chapter: false, section: true })
    expect(formatCitation(clauses[2], { ...scheme, issuer: '长沙市教育局' })).toBe('长沙市教育局《2020年全市教育工作要点》二、（二）第1条')
  })
})
