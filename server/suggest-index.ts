/**
 * Search-box suggestions, precomputed once per index: dictionary terms, frequent segmented words,
 * plan titles, cities and themes, kept in one array sorted by their normalised text so that a
 * prefix lookup is a binary search plus a short scan (well under a millisecond on the corpus).
 *
 * Every count is a number of clauses: what the user gets by picking the suggestion.
 */
import type { ClauseRecord, PlanRecord } from '../indexer/types.js'
import { normalizeForMatch } from '../indexer/normalize.js'
import type { Suggestion, SuggestionKind } from './api-types.js'

interface Entry extends Suggestion {
  key: string
}

export interface SuggestSource {
  plans: readonly PlanRecord[]
  clauses: readonly ClauseRecord[]
  /** Domain dictionary terms (normalised). */
  dictionaryTerms: readonly string[]
  /** The tokenizer's ranking words of a text (normalised, stopwords dropped). */
  words: (text: string) => string[]
}

export const defaultSuggestOptions = {
  /** A segmented word must occur in at least this many clauses to be suggested. */
  minWordClauses: 2,
  /** Shortest segmented word worth suggesting, in characters. */
  minWordLength: 2,
  /** The most frequent words kept; bounds memory on very large indexes. */
  maxWords: 20_000,
  /** Characters scanned (text length × terms) above which term counts come from segmented words instead of substrings. */
  maxSubstringWork: 2e9,
}

/** When one text is several kinds, the more specific kind wins. */
const KIND_PRIORITY: Record<SuggestionKind, number> = { plan: 0, city: 1, theme: 2, term: 3 }
const ONLY_DIGITS = /^[\d.%]+$/

/**
 * The suggestion index as the indexer writes it beside the index (data/build/suggest.json), stamped with the
 * build it was computed from, so the server loads it instead of segmenting every clause on its own thread.
 */
export interface SuggestFile {
  /** The build's indexedAt: the server uses the file only for the index of the same build. */
  indexedAt: string
  /** [text, kind, count], sorted by normalised text. */
  entries: [string, SuggestionKind, number][]
}

export class SuggestIndex {
  private constructor(private readonly entries: Entry[]) {}

  get size(): number {
    return this.entries.length
  }

  toFile(indexedAt: string): SuggestFile {
    return { indexedAt, entries: this.entries.map((e) => [e.text, e.kind, e.count]) }
  }

  /** Reads back what toFile wrote (keys are normalised again: the file holds only the texts). */
  static fromFile(file: SuggestFile): SuggestIndex {
    const entries = file.entries.map(([text, kind, count]) => ({ key: normalizeForMatch(text), text, kind, count }))
    return new SuggestIndex(entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
  }

  static build(source: SuggestSource, options = defaultSuggestOptions): SuggestIndex {
    const byKey = new Map<string, Entry>()
    const add = (text: string, kind: SuggestionKind, count: number) => {
      const key = normalizeForMatch(text.trim())
      if (!key || count <= 0) return
      const prev = byKey.get(key)
      if (!prev || KIND_PRIORITY[kind] < KIND_PRIORITY[prev.kind]) byKey.set(key, { key, text: text.trim(), kind, count })
    }

    const clausesByPlan = new Map<string, number>()
    const clausesByCity = new Map<string, number>()
    const clausesByTheme = new Map<string, number>()
    const clausesByWord = new Map<string, number>()
    for (const c of source.clauses) {
      bump(clausesByPlan, c.planId)
      if (c.city) bump(clausesByCity, c.city)
      for (const t of new Set(c.themes)) bump(clausesByTheme, t)
      for (const w of new Set(source.words(`${c.heading}\n${c.text}`))) bump(clausesByWord, w)
    }

    const frequent = [...clausesByWord]
      .filter(([w, n]) => n >= options.minWordClauses && [...w].length >= options.minWordLength && !ONLY_DIGITS.test(w))
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.maxWords)
      .map(([w]) => w)
    const terms = [...new Set([...source.dictionaryTerms, ...frequent])]
    // A short term is searched as a substring, so its count is the substring count when that is affordable;
    // jieba's word count (which misses 教育 inside 教育局) is the fallback for very large indexes.
    const haystack = source.clauses.map((c) => normalizeForMatch(`${c.heading}\n${c.text}`))
    const exact = haystack.reduce((n, t) => n + t.length, 0) * terms.length <= options.maxSubstringWork
    const counter = exact ? substringCounter(haystack) : null
    for (const term of terms) add(term, 'term', counter ? counter(term) : (clausesByWord.get(term) ?? 0))
    for (const [theme, count] of clausesByTheme) add(theme, 'theme', count)
    for (const [city, count] of clausesByCity) add(city, 'city', count)
    for (const plan of source.plans) add(plan.title, 'plan', clausesByPlan.get(plan.id) ?? 0)

    const entries = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    return new SuggestIndex(entries)
  }

  /** Every word, place and theme of the index with its clause count (plan titles left out): what a slip is checked against. */
  countedWords(): { text: string; count: number }[] {
    return this.entries.filter((e) => e.kind !== 'plan').map(({ text, count }) => ({ text, count }))
  }

  /** Entries whose normalised text starts with the normalised prefix: exact match first, then by count, then shorter. */
  suggest(prefix: string, limit: number): Suggestion[] {
    const key = normalizeForMatch(prefix.trim())
    if (!key || limit <= 0) return []
    const matches: Entry[] = []
    for (let i = lowerBound(this.entries, key); i < this.entries.length && this.entries[i].key.startsWith(key); i++) {
      matches.push(this.entries[i])
    }
    matches.sort(
      (a, b) =>
        Number(b.key === key) - Number(a.key === key) || b.count - a.count || a.key.length - b.key.length || (a.key < b.key ? -1 : 1),
    )
    return matches.slice(0, limit).map(({ text, kind, count }) => ({ text, kind, count }))
  }
}

/** Counts the texts containing a term: one indexOf scan over all texts joined, positions mapped back to texts. */
function substringCounter(texts: readonly string[]): (term: string) => number {
  const starts: number[] = []
  let joined = ''
  for (const t of texts) {
    starts.push(joined.length)
    joined += `${t}\u0000`
  }
  return (term) => {
    let count = 0
    let from = 0
    while (true) {
      const at = joined.indexOf(term, from)
      if (at === -1) return count
      count++
      // Skip to the start of the next text: each text counts once.
      const next = upperBound(starts, at)
      if (next >= starts.length) return count
      from = starts[next]
    }
  }
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

function bump(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1)
}

function lowerBound(entries: readonly Entry[], key: string): number {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (entries[mid].key < key) lo = mid + 1
    else hi = mid
  }
  return lo
}
