/**
 * The export download (up to 10 000 clauses as CSV or JSON), built from an engine and its citation book
 * a chunk of clauses at a time: first its counts (the response headers), then its bytes, so the server
 * sends the first rows while the last are still being read and never holds a whole file as one string.
 * The route runs it in-process, or hands it to an engine that can build it on another thread
 * (ExportRunner: the worker-pool engine), because rows, citations and text for 10 000 clauses hold a
 * thread for hundreds of milliseconds at 100k clauses.
 */
import type { ClauseRecord, PlanRecord } from '../../indexer/types.js'
import type { CitationBook } from '../citation-book.js'
import type { ParsedQuery, ReadOptions, SearchEngine, SearchFilters, SearchMode, SearchResult, SortOrder } from '../engine/types.js'
import { clauseUrl } from '../hits.js'
import { csvHead, csvLine, type ExportRow } from './csv.js'
import { chapterHeading } from '../../indexer/structure/chapter-number.js'

/** Plain data (structured-clone safe): what to export and how. */
export interface ExportRequest {
  format: 'csv' | 'json'
  /** The query and mode as the user gave them, echoed in the JSON export. */
  q: string
  mode: SearchMode
  query: ParsedQuery
  /** The mode the engine runs (an empty query is a browse, whatever mode was asked). */
  engineMode: SearchMode
  vector?: Float32Array
  filters: SearchFilters
  /** Clauses left out: a pasted citation exports the clauses at its place, its plans less the rest (routes/cited-clauses.ts). */
  excludeIds?: string[]
  sort: SortOrder
  /** The server's origin, for the clause links. */
  origin: string
  maxRows: number
}

/** What an export's headers say, known from its first chunk: all matches, and how many are exported. */
export interface ExportHead {
  total: number
  exported: number
}

/** An export's parts in order: its head, then its bytes (CSV: UTF-8 with BOM; JSON: UTF-8). */
export type ExportPart = ExportHead | Uint8Array

export interface ExportDocument extends ExportHead {
  /** The whole file. */
  body: Uint8Array
}

export interface ExportStream extends ExportHead {
  body: ReadableStream<Uint8Array>
}

/** An engine that builds export documents itself (off the server's main thread). */
export interface ExportRunner {
  runExport(request: ExportRequest, options?: ReadOptions): Promise<ExportDocument>
  /** Resolves with the head once the first chunk is read; the body follows as it is built. */
  streamExport(request: ExportRequest, options?: ReadOptions): Promise<ExportStream>
}

export function isExportRunner(engine: object): engine is ExportRunner {
  return typeof (engine as Partial<ExportRunner>).streamExport === 'function'
}

/** The engine is paged in chunks so one export never asks it for 10 000 records at once. */
const CHUNK = 1000

export async function* exportParts(engine: SearchEngine, citations: CitationBook, request: ExportRequest): AsyncGenerator<ExportPart> {
  const page = (offset: number): Promise<SearchResult> =>
    engine.search({
      query: request.query,
      filters: request.filters,
      mode: request.engineMode,
      vector: request.vector,
      ...(request.excludeIds ? { excludeIds: request.excludeIds } : {}),
      sort: request.sort,
      offset,
      limit: Math.min(CHUNK, request.maxRows - offset),
      facets: false,
    })
  let result = await page(0)
  const total = result.total
  const exported = Math.min(total, request.maxRows)
  yield { total, exported }
  const plans = new Map((await engine.listPlans()).map((p) => [p.id, p]))
  const encoder = new TextEncoder()
  const json = request.format === 'json'
  // JSON: the counts of rows written go after the rows (a reader finds them wherever they are).
  yield encoder.encode(json ? `{"query":${JSON.stringify(request.q)},"mode":${JSON.stringify(request.mode)},"filters":${JSON.stringify(request.filters)},"total":${total},"rows":[` : csvHead())
  let sent = 0
  for (let offset = 0; ; ) {
    const clauses = result.hits.slice(0, exported - sent).map((h) => h.clause)
    if (clauses.length === 0) break
    const cited = await citations.citeAll(clauses)
    const rows = clauses.map((cl, i) => exportRow(cl, plans.get(cl.planId), { citation: cited[i] }, request.origin + clauseUrl(cl.id)))
    // TextEncoder gives the bytes their own ArrayBuffer (Buffer.from may share a pool), so they can be transferred.
    yield encoder.encode(json ? (sent > 0 ? ',' : '') + rows.map((r) => JSON.stringify(r)).join(',') : rows.map(csvLine).join(''))
    sent += rows.length
    offset += CHUNK
    if (sent >= exported || offset >= request.maxRows) break
    result = await page(offset)
  }
  if (json) yield encoder.encode(`],"exported":${sent},"truncated":${sent < total}}`)
}

/** The whole document at once (tests, and runners asked for one). */
export async function collectExport(parts: AsyncIterable<ExportPart>): Promise<ExportDocument> {
  let head: ExportHead = { total: 0, exported: 0 }
  const chunks: Uint8Array[] = []
  for await (const part of parts) {
    if (part instanceof Uint8Array) chunks.push(part)
    else head = part
  }
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
  let at = 0
  for (const c of chunks) {
    body.set(c, at)
    at += c.byteLength
  }
  return { ...head, body }
}

export function buildExport(engine: SearchEngine, citations: CitationBook, request: ExportRequest): Promise<ExportDocument> {
  return collectExport(exportParts(engine, citations, request))
}

/** The parts as a response body: resolves with the head, the stream carries the bytes. */
export async function streamParts(parts: AsyncIterator<ExportPart>): Promise<ExportStream> {
  const first = await parts.next()
  if (first.done || first.value instanceof Uint8Array) throw new Error('An export must start with its counts')
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next()
      if (next.done) controller.close()
      else if (next.value instanceof Uint8Array) controller.enqueue(next.value)
    },
    async cancel() {
      await parts.return?.(undefined)
    },
  })
  return { ...first.value, body }
}

/** A clause with its plan's metadata, in the export's stable shape. */
export function exportRow(clause: ClauseRecord, plan: PlanRecord | undefined, cited: { citation: string }, link: string): ExportRow {
  return {
    id: clause.id,
    planId: clause.planId,
    planName: plan?.displayName ?? clause.planTitle,
    plan: clause.planTitle,
    issuer: plan?.issuer ?? null,
    province: clause.province,
    city: clause.city,
    level: clause.level,
    year: clause.year,
    docNumber: plan?.docNumber ?? null,
    publishDate: plan?.publishDate ?? null,
    validity: plan?.validity ?? null,
    chapter: clause.chapter ? chapterHeading(clause.chapter) : '',
    section: clause.section,
    number: clause.number,
    heading: clause.heading,
    text: clause.text,
    themes: clause.themes,
    // A table-of-contents title (its body missing) and a heading printed with nothing under it both have no text.
    headingOnly: clause.outlineOnly || clause.headingOnly === true,
    firstIndexed: clause.firstIndexed,
    citation: cited.citation,
    link,
  }
}
