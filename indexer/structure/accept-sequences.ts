/**
 * Which numbering candidates are numbering: each must continue its own sequence (1 → 2 → 3, 一 → 二) or start one
 * again at 1 under a new parent, the more strictly the less it stands apart from the words before it (numbering.ts
 * finds the candidates in a text).
 */
import { RANK, type Candidate, type MarkerKind } from './marker-kinds.js'
import { continuesPath } from './decimal-outline.js'
import { sentenceEndBetween } from './sentence-ends.js'

/** Accepted gaps: a missing item at a line start (a PDF page lost) is still numbering. */
const MAX_LINE_START_GAP = 3
const MAX_INLINE_GAP = 1

/**
 * Decides, in document order, which candidates are numbering. Pure; `accepted[i]` answers `candidates[i]`.
 * Line starts are trusted most (a gap or a repeat is accepted there and reported by the splitter); after a
 * sentence end a candidate must continue its sequence (one missing item allowed); glued to the words before
 * it, only as the first item after its parent's title or the next item after a title-only item.
 */
export function acceptSequences(candidates: Candidate[], text?: string): boolean[] {
  const last = new Map<MarkerKind, { number: number; index: number; end: number }>()
  /** Per kind, the number of the last line-start candidate turned down since the last accepted one. */
  const turnedDown = new Map<MarkerKind, number>()
  /** Per kind, the number of the last line-start candidate turned down for any reason since the last accepted one. */
  const lineStartDown = new Map<MarkerKind, number>()
  /** The last accepted marker, its rank and path, for a decimal's path to continue. */
  const acceptedPath: { rank: number; number: number; prefix?: number[] }[] = []
  /** Rank → index (in accepted order) of the last accepted marker of that rank. */
  const lastOfRank = new Array<number>(Object.keys(RANK).length).fill(-1)
  let count = 0
  let parent: { rank: number; end: number } | null = null
  const result: boolean[] = []
  candidates.forEach((c, i) => {
    const rank = RANK[c.kind]
    const previous = last.get(c.kind)
    const prev = previous?.number ?? 0
    let parentSince = false
    for (let r = 0; r < rank; r++) if (lastOfRank[r] > (previous?.index ?? -1)) parentSince = true
    const restart = c.number === 1 && (prev === 0 || parentSince)
    const n = c.number
    let ok: boolean
    if (c.context === 'line-start') ok = restart || prev === 0 || (n >= 2 && n >= prev && n <= prev + 1 + MAX_LINE_START_GAP)
    // `1.推进改革。做好三项工作：1.完善制度；2.加强监督；3.强化考核。` over `2.加强基层党建。`: the points run into clause 1
    // count in its form, but the line starts number the clauses, and one of them comes back to the point's number.
    // One glued to a duty line in a flattened plan (run-on-items.ts) stands apart only by being the very next number.
    else if (c.context === 'after-break') ok = (restart || (n > prev && n <= prev + 1 + (c.runOn ? 0 : MAX_INLINE_GAP))) && !lineStartsCountAgain(candidates, i)
    else {
      // Glued to the words before: a first item right after its parent's title, or the next item after a
      // title-only item (an outline run together); an article glued to words is a citation (本办法第十条规定).
      const nearParent = parent !== null && parent.rank < rank && c.at !== undefined && c.at - parent.end <= MAX_TITLE_GAP
      const titleOnly = text === undefined || c.bare === true || (previous !== undefined && c.at !== undefined && !sentenceEndBetween(text, previous.end, c.at))
      const next = n === prev + 1 && (titleOnly || nearParent)
      ok = c.kind === 'article' ? nearParent && (next || restart) : next || (restart && nearParent) || opensRunTogetherList(candidates, i, prev, text)
    }
    // A gap is only a gap when the missing number does not come a little later (`15,双优` before `14.`).
    if (ok && n > prev + 1 && prev > 0 && missingComesNext(candidates, i, c.kind, prev + 1)) ok = false
    if (ok && c.prefix && !continuesPath(c.prefix, acceptedPath.findLast((a) => a.rank < rank))) ok = false
    // `2.实施五大行动` over its own points `1.…` `2.…` `3.…`, then `3.加强…`: the points, turned down from their 1 under a
    // clause that is a title alone, go on counting; the one that meets the clauses' number (2, 3) is a point too, not
    // a repeat or the next clause, while the clauses' next number does come after them. Unless it is a title alone
    // over a 1 of its own (`3.推进清廉学校建设` over `1.…` `2.…` `3.…`): the next clause, heading its own points.
    const pointOf = turnedDown.get(c.kind)
    if (ok && c.context === 'line-start' && n > 1 && pointOf === n - 1 && missingComesNext(candidates, i, c.kind, prev + 1) && !titleOverOne(candidates, i, text)) ok = false
    // `二、推进…` over `1.…项目。` and a list `一、市第一幼儿园…` `二、市实验小学…`, then `三、深化…`: the list's 一 is turned
    // down (no new parent), so its 二 goes on with the list rather than repeating the chapter 二 with nothing under it.
    if (ok && c.context === 'line-start' && n === prev && lineStartDown.get(c.kind) === n - 1) ok = false
    // A list of three (`三、市第二中学…`) reaches the chapters' next number: it is the list's while the same number comes
    // again at a line start before anything numbered 1 under it, that later one heading the chapter.
    if (ok && c.context === 'line-start' && n === prev + 1 && lineStartDown.get(c.kind) === n - 1 && comesAgainBare(candidates, i)) ok = false
    const underTitle = n === 1 && previous !== undefined && c.at !== undefined && text !== undefined && !sentenceEndBetween(text, previous.end, c.at)
    if (!ok && c.context === 'line-start' && (underTitle || pointOf === n - 1)) turnedDown.set(c.kind, n)
    else turnedDown.delete(c.kind)
    if (ok) lineStartDown.delete(c.kind)
    else if (c.context === 'line-start') lineStartDown.set(c.kind, n)
    result.push(ok)
    if (ok) {
      acceptedPath.push({ rank, number: n, prefix: c.prefix })
      lastOfRank[rank] = count
      last.set(c.kind, { number: n, index: count, end: c.end ?? 0 })
      parent = { rank, end: c.end ?? 0 }
      count++
    }
  })
  return result
}

/**
 * A sharing site's preview runs a whole plan into one line, its first item glued to the title (`…工作计划一、指导思想以…。
 * 二、工作目标…`): a first 1 of its kind, glued to words, is the list's first item when the next of its kind is its 2,
 * standing apart after a sentence's end. `统一、规范` before the plan's own `一、` is followed by that 一, not by a 2.
 */
function opensRunTogetherList(candidates: Candidate[], i: number, prev: number, text: string | undefined): boolean {
  const c = candidates[i]
  if (c.number !== 1 || prev !== 0 || text === undefined || c.end === undefined || c.kind === 'article') return false
  for (let k = i + 1; k < candidates.length; k++) {
    const next = candidates[k]
    if (next.kind !== c.kind) continue
    return next.number === 2 && next.context !== 'in-text' && next.at !== undefined && sentenceEndBetween(text, c.end, next.at)
  }
  return false
}

/** Whether candidate i is a title alone over a 1 of its own kind: the next of its kind is a 1 at a line start, no sentence ending between. */
function titleOverOne(candidates: Candidate[], i: number, text: string | undefined): boolean {
  const c = candidates[i]
  if (text === undefined || c.end === undefined) return false
  for (let k = i + 1; k < candidates.length; k++) {
    const next = candidates[k]
    if (RANK[next.kind] < RANK[c.kind]) return false
    if (next.kind !== c.kind) continue
    return next.number === 1 && next.context === 'line-start' && next.at !== undefined && !sentenceEndBetween(text, c.end, next.at)
  }
  return false
}

/** Whether candidate i's number comes again at a line start in its kind before a higher level, with no 1 under i. */
function comesAgainBare(candidates: Candidate[], i: number): boolean {
  const c = candidates[i]
  for (let k = i + 1; k < candidates.length; k++) {
    const next = candidates[k]
    if (RANK[next.kind] < RANK[c.kind]) return false
    if (next.kind === c.kind && next.number === c.number) return next.context === 'line-start'
    // A 1 under it, of a lower level or its own (`3.推进清廉学校建设` over `1.…` `2.…` `3.…`), makes it a title over its items.
    if (next.number === 1 && next.context === 'line-start' && RANK[next.kind] >= RANK[c.kind]) return false
  }
  return false
}

const POINTS_LOOKAHEAD = 24

/** Whether the next line start of candidate i's kind, before a higher level, numbers no further than i does. */
function lineStartsCountAgain(candidates: Candidate[], i: number): boolean {
  const c = candidates[i]
  // Points run into one clause are few: looking further would make a flattened text of many items quadratic.
  for (let k = i + 1; k < Math.min(candidates.length, i + 1 + POINTS_LOOKAHEAD); k++) {
    const next = candidates[k]
    if (RANK[next.kind] < RANK[c.kind]) return false
    if (next.kind === c.kind && next.context === 'line-start') return next.number > 1 && next.number <= c.number
  }
  return false
}

/** How far ahead a skipped number is looked for (within the same parent). */
const GAP_LOOKAHEAD = 8

function missingComesNext(candidates: Candidate[], i: number, kind: MarkerKind, missing: number): boolean {
  for (let k = i + 1; k < Math.min(candidates.length, i + 1 + GAP_LOOKAHEAD); k++) {
    const c = candidates[k]
    if (RANK[c.kind] < RANK[kind]) return false
    if (c.kind === kind && c.number === missing) return true
  }
  return false
}

/** A first item glued to the title of its parent (`一、总体要求1.指导思想`) starts this close to the parent marker. */
const MAX_TITLE_GAP = 30
