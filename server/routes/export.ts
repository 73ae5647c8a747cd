/**
 * GET /api/export: every clause matching a search (up to EXPORT_MAX_ROWS) as a CSV or JSON download.
 * An engine that can build the document on another thread (the worker pool) does; otherwise it is built here.
 * The body is streamed as it is built, a chunk of clauses at a time; a few exports at a time
 * (export-gate.ts), more are refused with 429 rather than queued.
 */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import { contentDisposition, exportFileName } from '../export/csv.js'
import { exportParts, isExportRunner, streamParts, type ExportRequest } from '../export/export-document.js'
import { ExportGate } from '../export/export-gate.js'
import { EXPORT_MAX_ROWS, exportQuerySchema } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'
import { citedClauses, placeSearch } from './cited-clauses.js'
import { scopeQuery } from './search-request.js'

export function exportRoutes(deps: AppDeps): Hono {
  const gate = new ExportGate(deps.options?.exportsAtOnce)
  return new Hono().get('/export', validate('query', exportQuerySchema), (c) => gate.run(async () => {
    const p = c.req.valid('query')
    const signal = c.req.raw.signal
    const { parsed, engineMode, vector, filters, atPlace } = await deps.index.use(async ({ engine, citations }) => {
      const scoped = await scopeQuery(p, deps.tokenizer, deps.embedder, engine, { signal })
      // A pasted citation exports the clauses at its place, as the search lists them (cited-clauses.ts).
      const cited = p.q !== '' ? await citedClauses(p.q, scoped.filters, engine, citations) : null
      return { ...scoped, atPlace: placeSearch(cited, scoped.filters) }
    })
    const request: ExportRequest = {
      format: p.format,
      q: p.q,
      mode: p.mode,
      query: atPlace?.query ?? parsed,
      engineMode: atPlace?.mode ?? engineMode,
      ...(atPlace ? { excludeIds: atPlace.excludeIds } : { vector }),
      filters: atPlace?.filters ?? filters,
      sort: p.sort,
      origin: new URL(c.req.url).origin,
      maxRows: EXPORT_MAX_ROWS,
    }
    const doc = await deps.index.use(({ engine, citations }) =>
      isExportRunner(engine) ? engine.streamExport(request, { signal }) : streamParts(exportParts(engine, citations, request)),
    )

    const filename = exportFileName(p.q, p.format)
    c.header('Content-Disposition', contentDisposition(filename, `clauses.${p.format}`))
    c.header('X-Total-Count', String(doc.total))
    c.header('X-Exported-Count', String(doc.exported))
    c.header('Content-Type', p.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json')
    return { body: doc.body, respond: (body: ReadableStream<Uint8Array>) => c.body(body) }
  }))
}
