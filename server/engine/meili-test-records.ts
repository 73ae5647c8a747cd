/**
 * Test records for the Meilisearch engine's tests: the numbered clauses of real corpus files
 * (data/corpus/), with metadata varied across plans so that filters and facets have something to do.
 * Independent of the indexer so that these tests do not move when the indexer's splitting changes.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { AdminLevel, ClauseRecord, IndexBuild, PlanRecord } from '../../indexer/types.js'

const CORPUS_DIR = fileURLToPath(new URL('../../data/corpus/', import.meta.url))

/** Metadata given to the n-th plan (cycled): real city/province pairs of the corpus's kind. */
const PLAN_META: { city: string | null; province: string | null; level: AdminLevel | null; year: number | null; themes: string[] }[] = [
  { city: '荆门市', province: '湖北省', level: '市', year: 2025, themes: ['党建', '双减'] },
  { city: '江门市', province: '广东省', level: '市', year: 2024, themes: ['双减'] },
  { city: null, province: '湖北省', level: '省', year: 2023, themes: [] },
  { city: '江门市', province: '广东省', level: '区县', year: null, themes: ['劳动教育', '双减'] },
]

const NUMBERED = /^(\d{1,3})[.．、]\s*(\S.*)$/

function heading(text: string): string {
  const end = text.search(/[。；]/)
  return end < 0 ? text : text.slice(0, end + 1)
}

/** The numbered clauses of the first `planCount` corpus files (sorted by name) as an IndexBuild. */
export function corpusTestBuild(planCount = 4): IndexBuild {
  const files = readdirSync(CORPUS_DIR).filter((n) => n.endsWith('.txt')).sort().slice(0, planCount)
  const plans: PlanRecord[] = []
  const clauses: ClauseRecord[] = []
  files.forEach((file, p) => {
    const meta = PLAN_META[p % PLAN_META.length]
    const planId = `plan-${p}`
    const title = `测试工作要点 ${file}`
    const lines = readFileSync(CORPUS_DIR + file, 'utf8').split(/\r?\n/).map((l) => l.trim())
    let order = 0
    for (const line of lines) {
      const m = NUMBERED.exec(line)
      if (!m) continue
      clauses.push({
        id: `${planId}-${order}`,
        planId,
        planTitle: title,
        city: meta.city,
        province: meta.province,
        level: meta.level,
        year: meta.year,
        chapter: null,
        section: null,
        number: Number(m[1]),
        heading: heading(m[2]),
        text: m[2],
        themes: meta.themes,
        outlineOnly: false,
        start: 0,
        end: 0,
        order: order++,
        firstIndexed: '2026-01-01T00:00:00.000Z',
      })
    }
    plans.push({
      id: planId,
      title,
      issuer: null,
      city: meta.city,
      province: meta.province,
      level: meta.level,
      year: meta.year,
      publishDate: null,
      docNumber: null,
      validity: null,
      source: { file, url: null, partOf: null },
      metadataEvidence: {},
      clauseCount: order,
      outlineOnlyCount: 0,
      passageCount: 0,
      contentHash: '',
      displayName: `《${title}》`,
    })
  })
  return { plans, clauses, builtAt: '2026-01-01T00:00:00.000Z' }
}
