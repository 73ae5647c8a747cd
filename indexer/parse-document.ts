/**
 * One document in, its plans and records out. Pure: the text has been read and decoded already.
 * clean → split into plans → split each plan into clauses (completed from its outline) → metadata → ids.
 */
import { createHash } from 'node:crypto'
import { cleanText } from './clean/clean-text.js'
import { applyCatalog, type CatalogEntry } from './catalog.js'
import { inferMetadata } from './metadata/infer-metadata.js'
import { planId, uniqueId } from './ids.js'
import { toSimplified } from './normalize.js'
import { splitPlans, type PlanSegment } from './structure/plan-splitter.js'
import { isSignatureLine, splitClauses, type DraftRecord } from './structure/clause-splitter.js'
import { mergeOutline } from './structure/outline-merge.js'
import type { ClauseRecord, PlanRecord } from './types.js'

export interface DocumentInput {
  /** Path relative to its corpus folder, as shown to users. */
  file: string
  text: string
  fields: Record<string, string>
  url: string | null
}

/** A plan as one document gives it: its display name depends on every other plan, so the build adds it. */
export type ParsedPlanRecord = Omit<PlanRecord, 'displayName'>
/** A record as one document gives it: the build stamps when it was first indexed. */
export type ParsedClauseRecord = Omit<ClauseRecord, 'firstIndexed'>

export interface ParsedPlan {
  plan: ParsedPlanRecord
  /** Records without themes (tagged later, from the taxonomy). */
  clauses: ParsedClauseRecord[]
  /** Cleaned plan text (body). */
  text: string
  incomplete: boolean
  numberingRestarts: boolean
}

export function parseDocument(doc: DocumentInput, catalog: CatalogEntry[] = []): ParsedPlan[] {
  const cleaned = cleanText(doc.text)
  const fields = { ...cleaned.fields, ...doc.fields }
  const lines = cleaned.text.split('\n').filter((l) => l.length > 0)
  const segments = splitPlans(lines)
  const single = segments.length === 1
  return segments
    .map((segment) => parseSegment(segment, lines, single ? fields : {}, doc, catalog))
    .filter((p): p is ParsedPlan => p !== null && p.clauses.length > 0)
}

function parseSegment(
  segment: PlanSegment,
  lines: string[],
  fields: Record<string, string>,
  doc: DocumentInput,
  catalog: CatalogEntry[],
): ParsedPlan | null {
  const bodyLines = segment.body ? lines.slice(segment.body.from, segment.body.to) : null
  const body = bodyLines ? splitClauses(bodyLines) : null
  const merged = mergeOutline(body, segment.outline)
  if (merged.records.length === 0) return null

  const headerLines = [...lines.slice(segment.header.from, segment.header.to), ...(bodyLines ?? []).filter(isSignatureLine)]
  const outlineText = (segment.outline ?? []).join('\n')
  // Metadata patterns and the gazetteer are written in simplified characters: a traditional (Big5) plan is
  // read through a simplified copy, and keeps its own title for display.
  const { metadata, evidence } = inferMetadata({
    title: segment.title && toSimplified(segment.title),
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [toSimplified(k), toSimplified(v)])),
    headerLines: headerLines.map(toSimplified),
    bodyText: toSimplified(`${merged.text}\n${outlineText}`),
  })
  if (segment.title && metadata.title) {
    metadata.title = segment.title
    if (evidence.title) evidence.title = { ...evidence.title, value: segment.title }
  }
  const override = applyCatalog(catalog, doc.file, segment.partOf?.index ?? 1, metadata, evidence)
  const title = metadata.title || segment.partOf?.title || doc.file
  const firstHeadings = merged.records.filter((r) => r.kind === 'clause').map((r) => r.heading)
  const id = planId({ city: metadata.city, year: metadata.year, title: toSimplified(title), firstHeadings: firstHeadings.map(toSimplified) })

  const plan: ParsedPlanRecord = {
    ...metadata,
    title,
    id,
    source: { file: doc.file, url: override.url !== undefined ? override.url : doc.url, partOf: segment.partOf },
    metadataEvidence: evidence,
    clauseCount: merged.records.filter((r) => r.kind === 'clause').length,
    outlineOnlyCount: merged.records.filter((r) => r.outlineOnly).length,
    passageCount: merged.records.filter((r) => r.kind === 'passage').length,
    contentHash: createHash('sha256').update(`${title}\n${merged.text}\n${outlineText}`).digest('hex'),
  }
  return {
    plan,
    clauses: toClauseRecords(plan, merged.records),
    text: merged.text,
    incomplete: merged.incomplete,
    numberingRestarts: merged.numberingRestarts,
  }
}

/** Assigns ids (`<planId>-<chapter>-<number>`, `<planId>-p<k>`) and copies the plan's facets onto each record. */
export function toClauseRecords(plan: ParsedPlanRecord, drafts: DraftRecord[]): ParsedClauseRecord[] {
  const used = new Set<string>()
  let passage = 0
  return drafts.map((draft, order) => {
    const base = draft.kind === 'clause' ? `${plan.id}-${draft.chapter?.ordinal ?? 0}-${draft.number}` : `${plan.id}-p${++passage}`
    const id = uniqueId(base, used)
    return {
      id,
      planId: plan.id,
      planTitle: plan.title,
      city: plan.city,
      province: plan.province,
      level: plan.level,
      year: plan.year,
      chapter: draft.chapter ? { number: draft.chapter.number, title: draft.chapter.title } : null,
      section: draft.section,
      number: draft.number,
      heading: draft.heading,
      text: draft.text,
      themes: [],
      outlineOnly: draft.outlineOnly,
      start: draft.start,
      end: draft.end,
      order,
    }
  })
}
