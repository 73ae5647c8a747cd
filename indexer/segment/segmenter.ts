/**
 * Chinese word segmentation for ranking and query parsing: jieba + the education-policy dictionary
 * (data/dict/policy-terms.txt) + terms harvested from the corpus at index time.
 *
 * Why precise `cut` and not `cutForSearch`: every consumer matches words as exact substrings of the
 * normalised clause text, so the sub-words cutForSearch adds (课后 / 服务 beside 课后服务) bring no recall
 * a substring match does not already have; they only add OR-alternatives that match far too much
 * (服务 is in thousands of clauses). Precise mode keeps each dictionary term as one word, which is
 * what both ranking and the query parser's phrase decision need.
 */
import { normalizeForMatch } from '../normalize.js'
import type { Tokenizer } from '../types.js'
import { DEFAULT_DICT_DIR, readDomainDictionary, readStopwords } from './dictionary-files.js'
import { ensureJiebaLoaded, insertWords, jiebaCut } from './jieba-runtime.js'

export interface SegmenterOptions {
  /** Folder holding policy-terms.txt and stopwords.txt; data/dict/ by default. */
  dictDir?: string
  /** More domain terms, e.g. harvested with harvestTerms() from the documents being indexed. */
  extraTerms?: string[]
}

export interface Segmenter extends Tokenizer {
  /** The normalised domain terms: dictionary file plus every extra term added so far, sorted. */
  dictionaryTerms(): string[]
  /** Adds domain terms (normalised, kept whole from now on); returns how many were new to this segmenter. */
  addTerms(terms: Iterable<string>): number
}

/** Longest extra term accepted: anything longer is a phrase, which the query parser handles by itself. */
const MAX_TERM_LENGTH = 30
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u
const HAS_SPACE = /\s/u
/** jieba reads "2." and "(1)" as one token; the number is the word. `%` stays: 100% is a figure. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%]+$/gu
const PUNCTUATION_AT_EDGE = /^[^\p{L}\p{N}%]|[^\p{L}\p{N}%]$/u

function acceptableTerm(term: string): boolean {
  return term.length >= 2 && term.length <= MAX_TERM_LENGTH && HAS_WORD_CHAR.test(term) && !HAS_SPACE.test(term)
}

/**
 * jieba's dictionary is process-wide: a term added through one segmenter is kept whole by every
 * segmenter of the process. `isDictionaryTerm` and `dictionaryTerms` stay per segmenter.
 */
export function createSegmenter(opts: SegmenterOptions = {}): Segmenter {
  const dictDir = opts.dictDir ?? DEFAULT_DICT_DIR
  const dictionary = readDomainDictionary(dictDir)
  const stopwords = readStopwords(dictDir)
  ensureJiebaLoaded(dictionary)

  const terms = new Set<string>()

  function addTerms(candidates: Iterable<string>): number {
    const forJieba: string[] = []
    let added = 0
    for (const candidate of candidates) {
      const raw = candidate.trim()
      const term = normalizeForMatch(raw)
      if (!acceptableTerm(term)) continue
      // The raw form too, so that cut() on display text (full-width, traditional) keeps the term whole.
      forJieba.push(term)
      if (raw !== term) forJieba.push(raw)
      if (!terms.has(term)) {
        terms.add(term)
        added++
      }
    }
    insertWords(forJieba)
    return added
  }

  addTerms(dictionary.terms)
  addTerms(opts.extraTerms ?? [])

  function rankingWords(normalised: string): string[] {
    const out: string[] = []
    for (const token of jiebaCut(normalised)) {
      // Most tokens start and end with a letter or digit, so they need neither trimming nor the
      // word-character test; only the others (and a lone "%") pay for the regular expressions.
      const trimmed = PUNCTUATION_AT_EDGE.test(token)
      const word = trimmed ? token.replace(EDGE_PUNCTUATION, '') : token
      const named = trimmed || word.startsWith('%') ? HAS_WORD_CHAR.test(word) : true
      if (named && !stopwords.has(word)) out.push(word)
    }
    return out
  }

  return {
    words(text: string): string[] {
      return rankingWords(normalizeForMatch(text))
    },
    isDictionaryTerm(term: string): boolean {
      return terms.has(normalizeForMatch(term.trim()))
    },
    cut(text: string): string[] {
      return jiebaCut(text)
    },
    dictionaryTerms(): string[] {
      return [...terms].sort()
    },
    addTerms,
  }
}
