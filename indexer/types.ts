/**
 * The records the indexer writes to data/build/ and everything after it reads:
 * plans.json (PlanRecord[]) and clauses.jsonl (one ClauseRecord per line).
 * This module is the contract between the indexer, the engines, the server and the web app.
 */

/**
 * Levels of an issuer, as every schema that reads or writes one accepts them: a government's (省, 市, 区县), or 校
 * for a school's own plan. Shown as 省级, 市级, 区县级, 校级.
 */
export const ADMIN_LEVELS = ['省', '市', '区县', '校'] as const

/** Level of the issuer. */
export type AdminLevel = (typeof ADMIN_LEVELS)[number]

/** Where a metadata value was found. `catalog` means data/catalog.json overrode it. */
export type EvidenceSource = 'header' | 'title' | 'body' | 'catalog' | 'inferred'

export interface Evidence<T> {
  value: T
  source: EvidenceSource
  /** The words in the document that gave the value, for a reader to check. */
  quote?: string
}

/** A chapter of a plan: `一、加强党的领导…` gives `{ number: '一', title: '加强党的领导…' }`. */
export interface ChapterRef {
  number: string
  title: string
  /** The part it stands in, as printed (`第二部分`), in a plan whose chapters start again from 一、 in each part. */
  part?: string
}

export interface ClauseRecord {
  /**
   * `<planId>-<chapter>-<number>` for numbered clauses (`<planId>-<part>-<chapter>-<number>` in a plan whose chapters
   * start again in each part),
   * `<planId>-p<k>` for passages. Stable across re-indexing.
   */
  id: string
  planId: string
  planTitle: string
  city: string | null
  province: string | null
  level: AdminLevel | null
  year: number | null
  chapter: ChapterRef | null
  /** Section title with its marker, e.g. `（一）实施基础教育扩优提质工程`. */
  section: string | null
  /** The clause number as printed; null for passages (preamble, chapter introductions) and paragraphs. */
  number: number | null
  /**
   * For a paragraph of a chapter (or section) that has no numbered clauses, its place there from 1: cited
   * `第一章第2段`. Absent on numbered clauses and on passages that introduce numbered ones (indexer/structure/paragraphs.ts).
   */
  paragraph?: number
  /** First sentence or bold title of the clause. */
  heading: string
  /** Full original clause text (display text: never segmented, never normalised). */
  text: string
  themes: string[]
  /** True when only the outline (table of contents) gave this clause: the body is missing from the source. */
  outlineOnly: boolean
  /**
   * A chapter or section heading the plan prints with nothing under it (`三、其他` as its last line): the record is
   * that line alone, `number` null. Heading-only as an outline-only clause is, but nothing of the body is missing.
   * Absent on every other record (indexer/structure/empty-chapters.ts).
   */
  headingOnly?: true
  /** Character offsets of `text` in the plan's cleaned text (both 0 for outline-only clauses). */
  start: number
  end: number
  /** Position of the record in its plan, from 0: document order. */
  order: number
  /**
   * When a build first held this clause id (ISO time). Ids are stable, so re-indexing keeps the date
   * (data/build/first-seen.json carries it from build to build); feeds and `since=` read it.
   */
  firstIndexed: string
}

export interface PlanSource {
  /** Path of the source file relative to the corpus folder it came from. */
  file: string
  /** URL of the original publication when the document states it. */
  url: string | null
  /** 1-based position of the plan in a compilation (汇编); null when the file holds one plan. */
  partOf: { title: string; index: number; count: number } | null
}

export interface PlanMetadata {
  title: string
  issuer: string | null
  city: string | null
  province: string | null
  level: AdminLevel | null
  year: number | null
  /** ISO date `YYYY-MM-DD`. */
  publishDate: string | null
  /** 文号, e.g. `江教办〔2023〕5号`. */
  docNumber: string | null
  /** 效力状态, e.g. `有效`. */
  validity: string | null
  /**
   * ISO date the document was signed or adopted (落款日期, 成文日期, `…年…月…日通过`), read by indexer/metadata/;
   * data/catalog.json overrides it. Absent in older builds; absent or null means the document does not state it.
   */
  signDate?: string | null
}

/**
 * Something the indexer could not settle and says instead of failing silently: a numbering gap, a title
 * taken from a fallback, a year not found. `message` is Chinese, for the reader of the portal.
 */
export interface PlanWarning {
  code: string
  message: string
}

/** The role a numbering level plays in a plan: chapters, sections, the clauses (what is indexed), items inside clauses. */
/** `part`: a level above the chapters (第一部分 … over 一、 … chapters), whose titles are read as passages of their own. */
export type LevelRole = 'part' | 'chapter' | 'section' | 'clause' | 'item'

/** One numbering level found in a plan: `{ marker: '（一）', role: 'clause', count: 12 }`. */
export interface PlanLevel {
  /** How the level is printed: `第一章` `第一节` `第一条` `一、` `（一）` `1.` `（1）` `1)` `①`, or `⒈` `⑴` `1）` where a plan prints them so. */
  marker: string
  role: LevelRole
  /** Markers of this level accepted in the plan. */
  count: number
}

/** Something about a plan's structure a reader should check: `numbering_gap` (3, 4, 6), `numbering_repeat`, `no_numbered_clauses`. */
export interface StructureWarning extends PlanWarning {
  code: 'numbering_gap' | 'numbering_repeat' | 'no_numbered_clauses'
}

export interface PlanRecord extends PlanMetadata {
  id: string
  /**
   * The name that tells this plan apart from every other plan of the index: issuer (or the anonymised
   * body, `某县`) + 《title》 + year when the title lacks it + the compilation and position. See indexer/plan-identity.ts.
   */
  displayName: string
  source: PlanSource
  metadataEvidence: { [K in keyof PlanMetadata]?: Evidence<Exclude<PlanMetadata[K], undefined>> }
  clauseCount: number
  outlineOnlyCount: number
  passageCount: number
  /** sha256 of the plan's cleaned text. */
  contentHash: string
  /** Numbering levels of the plan, highest first; the one with role `clause` numbers its clauses. */
  levels?: PlanLevel[]
  /** Numbered clauses per chapter, in document order (a plan without chapters has one entry with chapter null). */
  chapterClauses?: { chapter: string | null; title: string | null; clauses: number; part?: string }[]
  /** What the indexer could not settle for this plan (structure and metadata); absent or empty when nothing. */
  warnings?: PlanWarning[]
}

/** What one indexer run produces, before it is written out or loaded into an engine. */
export interface IndexBuild {
  plans: PlanRecord[]
  clauses: ClauseRecord[]
  builtAt: string
}

export interface ClauseVectors {
  model: string
  dimension: number
  /** Clause id → L2-normalised embedding. */
  byId: Map<string, Float32Array>
}

/**
 * Chinese word segmentation, shared by the indexer (word field, themes) and the query parser.
 * The real implementation is jieba + the domain dictionary (indexer/segment/).
 */
export interface Tokenizer {
  /** Normalised words of a text for ranking, stopwords and punctuation dropped. */
  words(text: string): string[]
  /** True when the (normalised) term is in the domain dictionary: such a term is searched as a phrase. */
  isDictionaryTerm(term: string): boolean
  /** Raw words of the text as given (not normalised, nothing dropped); they concatenate back to it. */
  cut(text: string): string[]
}

/** Sentence embeddings for semantic search (server/semantic/embedder.ts runs the model). */
export interface Embedder {
  readonly modelId: string
  readonly dimension: number
  embedPassages(texts: string[]): Promise<Float32Array[]>
  embedQuery(text: string): Promise<Float32Array>
  /** Releases what the embedder started beside the caller (threads of its own); the indexer calls it when done. */
  close?(): Promise<void>
}

/**
 * Where an indexer run puts its index: the SQLite engine implements it (structurally) and the CLI hands it
 * in. Building happens beside the live index; readers keep the previous one until the new one is complete.
 */
export interface IndexWriter {
  replaceAll(build: IndexBuild, vectors?: ClauseVectors): Promise<void>
  close(): Promise<void>
}
