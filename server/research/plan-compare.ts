/**
 * What changed between two plans (the same issuer in two years, or two cities in one year): their
 * clauses aligned, each row kept / reworded / new / dropped, a character-level diff for reworded pairs,
 * and their chapters side by side. Pure: the route reads the plans, clauses, citations and vectors.
 */
import { diffChars } from 'diff'
import type { ChapterRef, ClauseRecord, PlanRecord } from '../../indexer/types.js'
import { readLineMarker } from '../../indexer/structure/line-markers.js'
import { alignPairs, charScorer, contentKey, sideBySide, vectorScorer, type Pair, type Scorer } from './align.js'
import type { AlignedRow, AlignStatus, ChapterRow, CompareClause, DiffPart, PlanCompareResponse } from './types.js'

export interface CompareSide {
  plan: PlanRecord
  clauses: readonly ClauseRecord[]
  /** The citation of each clause, in the same order. */
  citations: readonly string[]
  /** The embedding of each clause, when the index has them all. */
  vectors?: readonly Float32Array[] | null
}

export function charDiff(from: string, to: string): DiffPart[] {
  return diffChars(from, to).map((c) => ({ op: c.added ? '+' : c.removed ? '-' : '=', text: c.value }))
}

function status(a: string | null, b: string | null): AlignStatus {
  if (a === null) return 'new'
  if (b === null) return 'dropped'
  return contentKey(a) === contentKey(b) ? 'kept' : 'reworded'
}

function compareClause(side: CompareSide, k: number): CompareClause {
  const c = side.clauses[k]
  const out: CompareClause = { id: c.id, chapter: c.chapter, number: c.number, heading: c.heading, text: c.text, themes: c.themes, citation: side.citations[k] }
  if (c.paragraph !== undefined) out.paragraph = c.paragraph
  if (c.headingOnly) out.headingOnly = true
  return out
}

const samePart = (a: ChapterRef, b: ChapterRef) => a.number === b.number && a.title === b.title && a.part === b.part

export function planChapters(clauses: readonly ClauseRecord[]): (ChapterRef & { clauses: number })[] {
  const out: (ChapterRef & { clauses: number })[] = []
  for (const c of clauses) {
    if (!c.chapter) continue
    const last = out[out.length - 1]
    // The part is part of the chapter: 第一部分 一、 and a 第二部分 一、 of the same title right after it are two.
    if (last && samePart(last, c.chapter)) {
      if (c.number !== null) last.clauses++
    } else out.push({ ...c.chapter, clauses: c.number !== null ? 1 : 0 })
  }
  return out
}

/**
 * Each chapter's part as its place among the plan's parts (1 for the first part printed, null for a chapter under
 * none): two plans may print the same part as 第一部分 and 第一篇, and the place is what they share.
 */
export function partPlaces(cs: readonly ChapterRef[]): (number | null)[] {
  const places = new Map<string, number>()
  return cs.map((c) => {
    if (!c.part) return null
    if (!places.has(c.part)) places.set(c.part, places.size + 1)
    return places.get(c.part)!
  })
}

/**
 * Each part's title as printed after its marker (上篇 2023年工作回顾 gives 2023年工作回顾), from the passage that
 * opens the part; a part whose opening line is not found has none. A part printed as its title alone
 * (2024年重点任务 over 一、 again) is named by that line: its name is its title. A marker alone on its line
 * (第二部分, 下篇) titles nothing.
 */
export function partTitles(clauses: readonly ClauseRecord[]): Map<string, string> {
  const parts = partOrder(clauses.flatMap((c) => (c.chapter ? [c.chapter] : [])))
  const titles = new Map<string, string>()
  for (const c of clauses) {
    if (c.number !== null || c.chapter) continue
    const line = c.text.trimStart().split('\n')[0]
    const part = [...parts].find((p) => !titles.has(p) && line.startsWith(p))
    if (!part) continue
    const rest = line.slice(part.length).replace(/^[\s:：、.．]+/, '').trim()
    titles.set(part, rest || (isMarkerAlone(part) ? '' : part.trim()))
  }
  return titles
}

const isMarkerAlone = (part: string) => /^[上中下]篇$/.test(part) || readLineMarker(part)?.rest === ''

/**
 * A part's title for comparison, its years read against the plan's: 2023年工作回顾 in the 2024 plan and 2024年工作回顾
 * in the 2025 plan are both 上年工作回顾 (a review), 2024年工作要点 and 2025年重点任务 本年… (the tasks). Without the
 * plan's year the years are dropped.
 */
function partKey(title: string, year: number | null): string {
  return contentKey(title).replace(/(\d{4})年/g, (printed, y: string) => {
    if (year === null) return '年'
    return ({ [-1]: '上年', 0: '本年', 1: '明年' } as Record<number, string>)[Number(y) - year] ?? printed
  })
}

/** A plan's parts in the order it prints them (numbered from 1 by partPlaces). */
const partOrder = (cs: readonly { part?: string | null }[]): string[] => [...new Set(cs.flatMap((c) => (c.part ? [c.part] : [])))]

/** Each part's title as compared (partKey), read against its plan's year. */
const partKeys = (parts: readonly string[], of?: PartsOf): string[] => parts.map((p) => partKey(of?.titles.get(p) ?? '', of?.year ?? null))

export interface PartsOf {
  /** Part marker → title, as partTitles reads them. */
  titles: ReadonlyMap<string, string>
  year: number | null
}

/**
 * Which part of b each part of a pairs with (by place, from 1), best titles first; where titles tell nothing
 * (none found, or nothing shared) by place, as alignPairs breaks ties by relative position.
 */
function pairParts(a: readonly ChapterRef[], b: readonly ChapterRef[], partsA?: PartsOf, partsB?: PartsOf): Map<number, number> {
  const [inA, inB] = [partOrder(a), partOrder(b)]
  const [keysA, keysB] = [partKeys(inA, partsA), partKeys(inB, partsB)]
  const chars = charScorer(keysA, keysB)
  // The year a title names says more than its words: 上年工作回顾 shares 年工作 with 本年工作要点, 本年重点任务 only 本年.
  const year = (key: string) => /上年|本年|明年/.exec(key)?.[0] ?? null
  const sameYear = (i: number, j: number) => year(keysA[i]) !== null && year(keysA[i]) === year(keysB[j])
  const pairs = alignPairs(inA.length, inB.length, { score: (i, j) => chars.score(i, j) + (sameYear(i, j) ? 1 : 0), accept: () => true })
  return new Map(pairs.map((p) => [p.i + 1, p.j + 1]))
}

/**
 * The part of a plan in parts that a plan without parts pairs with (by place, from 1), or null where titles tell
 * nothing. A plan without parts is one part of its own kind: the tasks for its year, so its key is 本年 and it pairs
 * with the part whose title, read against that plan's year, is this year's (2024年工作要点 in the 2024 plan), not
 * with the review of the year before printed first. Without the plan's year, or where no part's title names this
 * year (parts by theme, or titles not found), there is nothing to pair by.
 */
function partOfPlain(parted: readonly ChapterRef[], partsOf: PartsOf | undefined, plainYear: number | null): number | null {
  if (plainYear === null) return null
  const inParted = partOrder(parted)
  const keys = partKeys(inParted, partsOf)
  const chars = charScorer([partKey(`${plainYear}年`, plainYear)], keys)
  const [best] = alignPairs(1, inParted.length, { score: chars.score, accept: (_i, _j, score) => score > 0 })
  return best ? best.j + 1 : null
}

/**
 * Chapters pair by title. Where both plans are printed in parts, only within paired parts: a plan's 第一部分
 * (often last year's review) reuses the titles of its 第二部分 (this year's tasks), and by title alone the 一、 of
 * one part paired with the 一、 of the other. Parts pair by title, so a plan of tasks alone pairs with the other's
 * tasks, not with its review printed first. A plan without parts against one in parts pairs only with the part
 * partOfPlain finds, the other parts' chapters left to the plan in parts; two plans without parts pair by title.
 */
export function alignChapters(
  a: (ChapterRef & { clauses: number })[],
  b: (ChapterRef & { clauses: number })[],
  parts: { a?: PartsOf; b?: PartsOf } = {},
): ChapterRow[] {
  const titles = (cs: ChapterRef[]) => cs.map((c) => c.title)
  const chars = charScorer(titles(a), titles(b))
  const placesA = partPlaces(a)
  const placesB = partPlaces(b)
  const [partedA, partedB] = [placesA.some((p) => p !== null), placesB.some((p) => p !== null)]
  let within: ((i: number, j: number) => boolean) | null = null
  if (partedA && partedB) {
    const mate = pairParts(a, b, parts.a, parts.b)
    within = (i, j) => (placesA[i] === null ? placesB[j] === null : mate.get(placesA[i]!) === placesB[j])
  } else if (partedA !== partedB) {
    const part = partedA ? partOfPlain(a, parts.a, parts.b?.year ?? null) : partOfPlain(b, parts.b, parts.a?.year ?? null)
    if (part !== null) within = partedA ? (i) => placesA[i] === part : (_i, j) => placesB[j] === part
  }
  const keep = within
  const scorer: Scorer = keep ? { score: chars.score, accept: (i, j, score) => keep(i, j) && chars.accept(i, j, score) } : chars
  const pairs = alignPairs(a.length, b.length, scorer)
  return sideBySide(a.length, b.length, pairs).map((r) => ({
    status: status(r.i === null ? null : a[r.i].title, r.j === null ? null : b[r.j].title),
    a: r.i === null ? null : a[r.i],
    b: r.j === null ? null : b[r.j],
  }))
}

export function comparePlans(a: CompareSide, b: CompareSide): PlanCompareResponse {
  const semantic = Boolean(a.vectors && b.vectors && a.vectors.length === a.clauses.length && b.vectors.length === b.clauses.length)
  const texts = { a: a.clauses.map((c) => c.text), b: b.clauses.map((c) => c.text) }
  const scorer = semantic ? vectorScorer(a.vectors!, b.vectors!, texts) : charScorer(texts.a, texts.b)
  const pairs: Pair[] = alignPairs(a.clauses.length, b.clauses.length, scorer)

  const counts: Record<AlignStatus, number> = { kept: 0, reworded: 0, new: 0, dropped: 0 }
  const rows: AlignedRow[] = sideBySide(a.clauses.length, b.clauses.length, pairs).map((r) => {
    const ta = r.i === null ? null : a.clauses[r.i].text
    const tb = r.j === null ? null : b.clauses[r.j].text
    const s = status(ta, tb)
    counts[s]++
    const row: AlignedRow = {
      status: s,
      a: r.i === null ? null : compareClause(a, r.i),
      b: r.j === null ? null : compareClause(b, r.j),
      similarity: r.score === null ? null : Math.round(r.score * 1000) / 1000,
    }
    if (s === 'reworded') row.diff = charDiff(ta!, tb!)
    return row
  })

  const info = (p: PlanRecord) => ({ id: p.id, title: p.title, city: p.city, year: p.year, issuer: p.issuer })
  return {
    a: info(a.plan),
    b: info(b.plan),
    method: semantic ? 'semantic' : 'chars',
    rows,
    chapters: alignChapters(planChapters(a.clauses), planChapters(b.clauses), {
      a: { titles: partTitles(a.clauses), year: a.plan.year },
      b: { titles: partTitles(b.clauses), year: b.plan.year },
    }),
    counts,
  }
}
