/**
 * The whole export download (up to 10 000 clauses as CSV or JSON), built from an engine and its citation
 * book. The route runs it in-process, or hands it to an engine that can build it on another thread
 * (ExportRunner: the worker-pool engine), because rows, citations and text for 10 000 clauses hold a
 * thread for hundreds of milliseconds at 100k clauses.
 */
import type { ClauseRecord, PlanRecord } from '../../indexer/types.js'
import type { CitationBook } from '../citation-book.js'
import type { ParsedQuery, ReadOptions, SearchEngine, SearchFilters, SearchMode, SortOrder } from '../engine/types.js'
import { clauseUrl } from '../hits.js'
import { toCsv, type ExportRow } from './csv.js'

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
  sort: SortOrder
  /** The server's origin, for the clause links. */
  origin: string
  maxRows: number
}

export interface ExportDocument {
  /** The file's bytes: CSV (UTF-8 with BOM) or JSON (UTF-8). */
  body: Uint8Array
  total: number
  exported: number
}

/** An engine that builds export documents itself (off the server's main thread). */
export interface ExportRunner {
  runExport(request: ExportRequest, options?: ReadOptions): Promise<ExportDocument>
}

export function isExportRunner(engine: object): engine is ExportRunner {
  return typeof (engine as Partial<ExportRunner>).runExport === 'function'
}

/** The engine is paged in chunks so one export never asks it for 10 000 records at once. */
const CHUNK = 1000

export async function buildExport(engine: SearchEngine, citations: CitationBook, request: ExportRequest): Promise<ExportDocument> {
  const clauses: ClauseRecord[] = []
  let total = 0
  for (let offset = 0; offset < request.maxRows; offset += CHUNK) {
    const result = await engine.search({
      query: request.query,
      filters: request.filters,
      mode: request.engineMode,
      vector: request.vector,
      sort: request.sort,
      offset,
      limit: Math.min(CHUNK, request.maxRows - offset),
      facets: false,
    })
    total = result.total
    clauses.push(...result.hits.map((h) => h.clause))
    if (result.hits.length === 0 || clauses.length >= total) break
  }
  const cited = (await citations.citeAll(clauses)).map((citation) => ({ citation }))
  const plans = new Map((await engine.listPlans()).map((p) => [p.id, p]))
  const rows = clauses.map((cl, i) => exportRow(cl, plans.get(cl.planId), cited[i], request.origin + clauseUrl(cl.id)))
  const text =
    request.format === 'csv'
      ? toCsv(rows)
      : JSON.stringify({ query: request.q, mode: request.mode, filters: request.filters, total, exported: rows.length, truncated: rows.length < total, rows })
  // TextEncoder gives the bytes their own ArrayBuffer (Buffer.from may share a pool), so they can be transferred.
  return { body: new TextEncoder().encode(text), total, exported: rows.length }
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
    chapter: clause.chapter ? `${clause.chapter.number}、${clause.chapter.title}` : '',
    section: clause.section,
    number: clause.number,
    heading: clause.heading,
    text: clause.text,
    themes: clause.themes,
    headingOnly: clause.outlineOnly,
    firstIndexed: clause.firstIndexed,
    citation: cited.citation,
    link,
  }
}
