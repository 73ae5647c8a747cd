/**
 * Index settings of the clause and plan indexes. Pure: the engine applies them before adding
 * documents, so the documents are indexed once with the final settings.
 */
import type { Settings } from 'meilisearch'
import { normalizeForMatch } from '../../../indexer/normalize.js'
import { EMBEDDER_NAME } from './documents.js'

/**
 * Chinese fields: tokenised as Mandarin whatever the script detector would guess for a single character.
 * `textCharsMore.*`: localized-attribute patterns match nested fields only with a wildcard
 * (crates/milli/src/attribute_patterns.rs, match_pattern), unlike searchableAttributes.
 */
export const CJK_ATTRIBUTES = ['headingChars', 'textChars', 'textCharsMore.*', 'headingWords', 'textWords'] as const
/** `textCharsMore` holds the tail of very long clauses (see charFieldChunks). */
export const CHAR_ATTRIBUTES = ['headingChars', 'textChars', 'textCharsMore'] as const
export const WORD_ATTRIBUTES = ['headingWords', 'textWords'] as const

/** Sorting and browsing attributes (seq is document order). */
export const SORTABLE_ATTRIBUTES = ['year', 'planId', 'order', 'seq'] as const

/** Punctuation the default Meilisearch tokenizer may not split on; our char fields already drop it. */
export const CJK_SEPARATORS = ['、', '，', '。', '；', '：', '·', '—', '…', '《', '》', '（', '）', '【', '】', '〔', '〕']

export interface SettingsOptions {
  /** Largest result set a query can page through or count (Meilisearch's pagination.maxTotalHits). */
  maxTotalHits: number
  /** Domain terms kept whole by Meilisearch's own segmentation (the `dictionary` setting). */
  dictionaryTerms?: readonly string[]
  /** Dimension of the userProvided embedder; no embedder when absent. */
  vectorDimension?: number
}

/**
 * Facet values Meilisearch returns per facet. Keyword search counts every value itself, so browsing and
 * semantic search must not cut the list either: this is far above the distinct cities, provinces, years,
 * themes and levels a corpus of Chinese plans can have (about 3,000 county-level divisions).
 */
export const MAX_VALUES_PER_FACET = 100_000

/**
 * pagination.maxTotalHits for a build: above the configured value and above the number of clauses,
 * so that Meilisearch's exhaustive count (page/hitsPerPage) can never be capped for this corpus.
 */
export function maxTotalHitsFor(configured: number, clauses: number): number {
  return Math.max(configured, clauses + 1)
}

/** Longest dictionary entry sent: longer entries are sentences, not terms, and slow the tokenizer. */
const MAX_DICTIONARY_TERM = 32

export function dictionarySetting(terms: readonly string[] = []): string[] {
  const out = new Set<string>()
  for (const term of terms) {
    const t = normalizeForMatch(term).trim()
    if (t.length > 0 && t.length <= MAX_DICTIONARY_TERM) out.add(t)
  }
  return [...out].sort()
}

export function clauseIndexSettings(options: SettingsOptions): Settings {
  const settings: Settings = {
    // Order is rank: a match in the heading beats one in the body (the `attribute` rule).
    searchableAttributes: [...CHAR_ATTRIBUTES, ...WORD_ATTRIBUTES],
    filterableAttributes: ['id', 'city', 'province', 'year', 'themes', 'level', 'planId', 'outlineOnly', 'firstIndexedMs'],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    // `withText` right after `words`: a heading-only clause (whose phrase is in its heading, which the
    // `attribute` rule would put first) ranks below clauses with text that match as many words, as in the
    // SQLite engine (rank-weights.ts withText). `sort` after the relevance rules so that sort=date only
    // breaks ties when there is a query; newer plans first as the last tie-break.
    rankingRules: ['words', 'withText:desc', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'year:desc'],
    // No synonyms: a synonym would make Meilisearch return clauses the SQLite engine does not, and
    // phrase queries ignore synonyms anyway. Traditional/simplified is handled by normalizeForMatch.
    synonyms: {},
    stopWords: [],
    dictionary: dictionarySetting(options.dictionaryTerms),
    separatorTokens: CJK_SEPARATORS,
    nonSeparatorTokens: [],
    localizedAttributes: [{ attributePatterns: [...CJK_ATTRIBUTES], locales: ['cmn'] }],
    // Typos on single CJK characters would match unrelated characters; exact matching is the contract.
    typoTolerance: { enabled: false },
    // Phrases need word-level positions.
    proximityPrecision: 'byWord',
    pagination: { maxTotalHits: options.maxTotalHits },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  }
  if (options.vectorDimension !== undefined) {
    settings.embedders = { [EMBEDDER_NAME]: { source: 'userProvided', dimensions: options.vectorDimension } }
  }
  return settings
}

/** The plan index holds PlanRecords and one `build` document; nothing in it is searched by text. */
export function planIndexSettings(): Settings {
  return {
    searchableAttributes: ['title'],
    filterableAttributes: ['kind', 'id'],
    sortableAttributes: ['seq'],
    typoTolerance: { enabled: false },
    pagination: { maxTotalHits: 100_000 },
  }
}
