/**
 * GET /api/export: every clause matching a search (up to EXPORT_MAX_ROWS) as a CSV or JSON download.
 * The engine is paged in chunks so one export never asks it for 10 000 records at once.
 */
import { Hono } from 'hono'
import type { ClauseRecord } from '../../indexer/types.js'
import type { AppDeps } from '../app-deps.js'
import { contentDisposition, exportFileName, toCsv, type ExportRow } from '../export/csv.js'
import { clauseUrl } from '../hits.js'
import { EXPORT_MAX_ROWS, exportQuerySchema } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'
import { filtersFrom, prepareQuery } from './search-request.js'

const CHUNK = 1000

export function exportRoutes(deps: AppDeps): Hono {
  return new Hono().get('/export', validate('query', exportQuerySchema), async (c) => {
    const p = c.req.valid('query')
    const { parsed, engineMode, vector } = await prepareQuery(p.q, p.mode, deps.tokenizer, deps.embedder)
    const filters = filtersFrom(p)
    const origin = new URL(c.req.url).origin

    const { rows, total } = await deps.index.use(async ({ engine, citations }) => {
      const clauses: ClauseRecord[] = []
      let total = 0
      for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += CHUNK) {
        const result = await engine.search({
          query: parsed,
          filters,
          mode: engineMode,
          vector,
          sort: p.sort,
          offset,
          limit: Math.min(CHUNK, EXPORT_MAX_ROWS - offset),
          facets: false,
        })
        total = result.total
        clauses.push(...result.hits.map((h) => h.clause))
        if (result.hits.length === 0 || clauses.length >= total) break
      }
      const cited = await citations.citeAll(clauses)
      const rows: ExportRow[] = clauses.map((cl, i) => ({
        id: cl.id,
        plan: cl.planTitle,
        city: cl.city,
        year: cl.year,
        chapter: cl.chapter ? `${cl.chapter.number}、${cl.chapter.title}` : '',
        number: cl.number,
        citation: cited[i],
        heading: cl.heading,
        text: cl.text,
        link: origin + clauseUrl(cl.id),
      }))
      return { rows, total }
    })

    const filename = exportFileName(p.q, p.format)
    c.header('Content-Disposition', contentDisposition(filename, `clauses.${p.format}`))
    c.header('X-Total-Count', String(total))
    c.header('X-Exported-Count', String(rows.length))
    if (p.format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8')
      return c.body(toCsv(rows))
    }
    return c.json({ query: p.q, mode: p.mode, filters, total, exported: rows.length, truncated: rows.length < total, rows })
  })
}
