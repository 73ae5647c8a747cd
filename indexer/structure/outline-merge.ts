/**
 * Completes a plan from its outline (the chapter and clause headings of a table of contents).
 * A clause present in the body is kept once, with its body; a clause only in the outline becomes an
 * `outlineOnly` record in its place in the numbering, so a plan whose body is missing or stops part-way
 * is still searchable by its headings.
 */
import type { PlanLevel, StructureWarning } from '../types.js'
import { splitClauses, type DraftRecord, type SplitPlan } from './clause-splitter.js'

export interface MergedPlan {
  text: string
  records: DraftRecord[]
  numberingRestarts: boolean
  /** True when the body is missing entirely or stops before the outline's last clause. */
  incomplete: boolean
  /** Numbering levels and warnings of the body, or of the outline when there is no body. */
  levels: PlanLevel[]
  warnings: StructureWarning[]
}

export function mergeOutline(body: SplitPlan | null, outlineLines: string[] | null): MergedPlan {
  const outline = outlineLines ? splitClauses(outlineLines, { outlineOnly: true }) : null
  const outlineClauses = outline ? outline.records.filter((r) => r.kind === 'clause') : []
  if (!body) {
    return {
      text: '',
      records: outlineClauses,
      numberingRestarts: outline?.numberingRestarts ?? false,
      incomplete: outlineClauses.length > 0,
      levels: outline?.levels ?? [],
      warnings: outline?.warnings ?? [],
    }
  }
  const restarts = body.numberingRestarts || (outline?.numberingRestarts ?? false)
  const key = (r: DraftRecord) => (restarts ? `${r.chapter?.ordinal ?? 0}-${r.number}` : `${r.number}`)
  const order = (r: DraftRecord) => (restarts ? (r.chapter?.ordinal ?? 0) * 10_000 : 0) + (r.number ?? 0)
  const present = new Set(body.records.filter((r) => r.kind === 'clause').map(key))
  const missing = outlineClauses.filter((r) => !present.has(key(r)))

  const records = [...body.records]
  for (const extra of missing) {
    // Insert after the last clause that comes before it in the numbering, so document order stays natural.
    let at = records.length
    for (let i = records.length - 1; i >= 0; i--) {
      const r = records[i]
      if (r.kind === 'clause' && order(r) < order(extra)) {
        at = i + 1
        while (at < records.length && records[at].outlineOnly && order(records[at]) < order(extra)) at++
        break
      }
      if (i === 0) at = 0
    }
    records.splice(at, 0, extra)
  }
  return { text: body.text, records, numberingRestarts: restarts, incomplete: missing.length > 0, levels: body.levels, warnings: body.warnings }
}
