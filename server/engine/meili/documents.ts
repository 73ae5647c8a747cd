/**
 * ClauseRecord ⇄ Meilisearch document, and the two derived search fields.
 *
 * Exact phrases: Meilisearch matches whole tokens, and its Chinese segmentation would hide a match
 * that crosses a word boundary. The `*Chars` fields hold the normalised text one character per token
 * (letters and digits only); every other character becomes `.`, a hard separator, so that characters
 * on either side of punctuation are not adjacent positions. A quoted phrase of single characters
 * then finds any substring, one character included. The `*Words` fields hold the jieba words and
 * serve ranking of free text in hybrid search.
 */
import { createHash } from 'node:crypto'
import { normalizeForMatch } from '../../../indexer/normalize.js'
import type { ClauseRecord, PlanRecord } from '../../../indexer/types.js'
import { clauseSearchText, isTokenChar } from '../char-grams.js'
import type { Tokenizer } from '../types.js'
import { storedVector } from './heading-only-axis.js'

/** Name of the `userProvided` embedder that holds ClauseVectors. */
export const EMBEDDER_NAME = 'clauses'

/** A clause record as Meilisearch stores it: the record itself plus its key, position and search fields. */
export interface MeiliClauseDoc extends ClauseRecord {
  /** Meilisearch primary key: the clause id when it is a valid document id, a hash otherwise. */
  pk: string
  /** Position in the build (document order for browsing). */
  seq: number
  firstIndexed: string
  /** firstIndexed in milliseconds, for the `since` filter (Meilisearch compares numbers, not dates). */
  firstIndexedMs: number
  /** The normalised search text (heading and text, as in the SQLite engine): what phrases are checked against. */
  norm: string
  /** normalizeForMatch(heading): for ranking heading matches first. */
  hnorm: string
  /**
   * 1 for a clause with text, 0 for a heading-only (outline-only) one: the custom ranking rule
   * `withText:desc` puts a heading-only clause below clauses with text that match as many words, as the
   * SQLite engine does. A number, since custom ranking rules order numbers and strings only.
   */
  withText: 0 | 1
  headingChars: string
  textChars: string
  /**
   * The rest of textChars past MAX_CHAR_POSITIONS, in overlapping chunks: Meilisearch indexes at most
   * 65,536 positions per attribute (milli/src/lib.rs, MAX_POSITION_PER_ATTRIBUTE) and each nested key
   * is an attribute of its own. Absent for all but very long clauses.
   */
  textCharsMore?: Record<string, string>
  headingWords: string
  textWords: string
  /**
   * `null` opts a clause out of the embedder: with a userProvided embedder a document without
   * `_vectors.<embedder>` fails its whole task (vector_embedding_error).
   */
  _vectors?: Record<string, number[] | null>
}

export interface MeiliPlanDoc extends PlanRecord {
  pk: string
  kind: 'plan'
  seq: number
}

export interface MeiliBuildDoc {
  pk: '_build'
  kind: 'build'
  builtAt: string
  plans: number
  clauses: number
  vectors: number
  vectorModel: string | null
  /** pagination.maxTotalHits of the clause index built with this record (absent before it was recorded). */
  maxTotalHits?: number
  /**
   * The vectors carry the heading-only axis (heading-only-axis.ts): one dimension more than the model's, which a
   * query vector must have too. Absent in indexes built before it, whose vectors are the model's own.
   */
  headingAxis?: boolean
}

/** Primary key for a record id: ids are kept when Meilisearch accepts them as they are. */
export function primaryKeyFor(id: string): string {
  return /^[A-Za-z0-9_-]{1,400}$/.test(id) && id !== '_build' ? id : 'h' + createHash('sha1').update(id).digest('hex')
}

/** `双减、课后` → `双 减 . 课 后`: one token per letter or digit, a hard separator for the rest. */
export function toCharField(text: string): string {
  return charTokens(text).join(' ')
}

function charTokens(text: string): string[] {
  const out: string[] = []
  for (const ch of normalizeForMatch(text)) {
    if (isTokenChar(ch)) out.push(ch)
    else if (out.length > 0 && out[out.length - 1] !== '.') out.push('.')
  }
  return out
}

/**
 * Positions one char-field chunk may use. Meilisearch stops indexing an attribute at position 65,536;
 * a word after a space is one position further, after a hard separator 8 (MAX_DISTANCE in
 * milli/src/update/new/extract/searchable/tokenize_document.rs). The margin covers tokenizer surprises.
 */
export const MAX_CHAR_POSITIONS = 60_000
/** Characters repeated at the start of the next chunk, so that a phrase sent to Meilisearch (at most MAX_RUN_CHARS) is whole in one chunk. */
export const CHUNK_OVERLAP = 64
const HARD_SEPARATOR_DISTANCE = 8

/**
 * The char field split where Meilisearch's positions would run out: the first chunk is `textChars`,
 * the others go to `textCharsMore`. One chunk for any ordinary clause.
 */
export function charFieldChunks(text: string, maxPositions = MAX_CHAR_POSITIONS, overlap = CHUNK_OVERLAP): string[] {
  const tokens = charTokens(text)
  const chunks: string[] = []
  let start = 0
  while (start < tokens.length) {
    let position = 0
    let end = start
    for (; end < tokens.length; end++) {
      if (tokens[end] === '.') continue
      const step = end === start ? 0 : tokens[end - 1] === '.' ? HARD_SEPARATOR_DISTANCE : 1
      if (position + step >= maxPositions) break
      position += step
    }
    chunks.push(tokens.slice(start, end).join(' '))
    if (end >= tokens.length) break
    start = Math.max(start + 1, end - overlap)
  }
  return chunks.length > 0 ? chunks : ['']
}

/**
 * The runs of letters and digits of a normalised phrase, each as a Meilisearch phrase of single
 * characters. Every clause containing the phrase contains each run consecutively, so searching all
 * runs finds a superset of the true matches, which the adapter then checks exactly.
 */
export function phraseRuns(match: string): string[] {
  const runs: string[] = []
  let run: string[] = []
  for (const ch of match) {
    if (isTokenChar(ch)) run.push(ch)
    else if (run.length > 0) {
      runs.push(run.join(' '))
      run = []
    }
  }
  if (run.length > 0) runs.push(run.join(' '))
  return runs
}

/**
 * `vector`: the clause's embedding; `null` when the index has an embedder but this clause has no
 * vector (it is then opted out explicitly); `undefined` when the index has no embedder. It is stored with
 * the heading-only axis (heading-only-axis.ts): `headingScale` is the factor a heading-only clause's cosine takes.
 */
export function toClauseDoc(
  clause: ClauseRecord,
  seq: number,
  tokenizer: Tokenizer,
  vector?: Float32Array | null,
  headingScale = 1,
): MeiliClauseDoc {
  const [textChars, ...more] = charFieldChunks(clauseSearchText(clause))
  const doc: MeiliClauseDoc = {
    ...clause,
    pk: primaryKeyFor(clause.id),
    seq,
    firstIndexedMs: Date.parse(clause.firstIndexed) || 0,
    norm: normalizeForMatch(clauseSearchText(clause)),
    hnorm: normalizeForMatch(clause.heading),
    withText: clause.outlineOnly || clause.headingOnly ? 0 : 1,
    headingChars: toCharField(clause.heading),
    textChars,
    ...(more.length > 0 ? { textCharsMore: Object.fromEntries(more.map((chunk, i) => [String(i + 1), chunk])) } : {}),
    headingWords: tokenizer.words(clause.heading).join(' '),
    textWords: tokenizer.words(clause.text).join(' '),
  }
  if (vector !== undefined) doc._vectors = { [EMBEDDER_NAME]: vector === null ? null : storedVector(vector, clause.outlineOnly || clause.headingOnly === true, headingScale) }
  return doc
}

/** Every field of a ClauseRecord, in the contract's order: `satisfies` fails the build when one is missing. */
const CLAUSE_FIELDS = {
  id: true, planId: true, planTitle: true, city: true, province: true, level: true, year: true, chapter: true, section: true,
  number: true, paragraph: true, heading: true, text: true, themes: true, outlineOnly: true, headingOnly: true, start: true, end: true, order: true, firstIndexed: true,
} as const satisfies Record<keyof ClauseRecord, true>

/** The attributes that make up a ClauseRecord, for attributesToRetrieve. */
export const CLAUSE_ATTRIBUTES = Object.keys(CLAUSE_FIELDS) as readonly (keyof ClauseRecord)[]

/** The ClauseRecord stored in a document (extra fields dropped, order of keys as in the contract). */
export function fromClauseDoc(doc: Pick<MeiliClauseDoc, keyof ClauseRecord>): ClauseRecord {
  return Object.fromEntries(CLAUSE_ATTRIBUTES.map((key) => [key, doc[key]])) as unknown as ClauseRecord
}

export function toPlanDoc(plan: PlanRecord, seq: number): MeiliPlanDoc {
  return { ...plan, pk: primaryKeyFor(plan.id), kind: 'plan', seq }
}

export function fromPlanDoc(doc: MeiliPlanDoc): PlanRecord {
  const { pk: _pk, kind: _kind, seq: _seq, ...plan } = doc
  return plan
}
