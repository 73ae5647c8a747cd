/**
 * One document in, its plans and records out. Pure: the text has been read and decoded already.
 * clean → split into plans → split each plan into clauses (completed from its outline) → metadata → ids.
 */
import { createHash } from 'node:crypto'
import { cleanText } from './clean/clean-text.js'
import { splitRuns } from './clean/split-runs.js'
import { applyCatalog, type CatalogEntry } from './catalog.js'
import { isSignatureDateLine } from './metadata/document-dates.js'
import { inferMetadata } from './metadata/infer-metadata.js'
import { planId, uniqueId } from './ids.js'
import { toSimplified } from './normalize.js'
import { readLineMarker } from './structure/line-markers.js'
import { metadataLines } from './structure/signature-lines.js'
import { withoutLeadingFileLinks } from './structure/page-file-link.js'
import { splitPlans, type PlanSegment } from './structure/plan-splitter.js'
import { splitClauses, type DraftRecord } from './structure/clause-splitter.js'
import { breakAtMarkers } from './structure/marker-lines.js'
import { mergeOutline } from './structure/outline-merge.js'
import type { StyledHeading } from './structure/styled-headings.js'
import type { ClauseRecord, PlanMetadata, PlanRecord } from './types.js'

export interface DocumentInput {
  /** Path relative to its corpus folder, as shown to users. */
  file: string
  text: string
  fields: Record<string, string>
  url: string | null
  /** The headings the document marks by style, with their levels (a .docx's Heading 1, 2 …), when it has any. */
  headings?: StyledHeading[]
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
  /** Metadata values seen and not taken, with the reason (for --explain). */
  metadataNotes?: string[]
}

/** How far past the title line the head may go before a numbered line: notices and preambles are short. */
const MAX_PREAMBLE_LINES = 20
const TAIL_LINES = 12
/** The metadata field each metadata warning is about. */
const WARNED_FIELD: Record<string, keyof PlanMetadata> = { title_fallback: 'title', title_missing: 'title', year_missing: 'year' }

export function parseDocument(doc: DocumentInput, catalog: CatalogEntry[] = []): ParsedPlan[] {
  const cleaned = cleanText(doc.text)
  const fields = { ...cleaned.fields, ...doc.fields }
  // Numbering inside a line (flattened PDF text) is put at line starts first, so plan titles and bodies split alike.
  const lines = breakAtMarkers(cleaned.text).split('\n').flatMap(splitRuns)
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
  // The title again inside the body is a PDF's running page header; a page's link to its file over the text, furniture.
  const bodyLines = segment.body ? withoutLeadingFileLinks(lines.slice(segment.body.from, segment.body.to).filter((l) => l !== segment.title)) : null
  const body = bodyLines ? splitClauses(bodyLines, { headings: doc.headings }) : null
  const merged = mergeOutline(body, segment.outline)
  if (merged.records.length === 0) return null

  const outlineText = (segment.outline ?? []).join('\n')
  const inferred = inferMetadata({
    title: segment.title,
    inCompilation: segment.partOf !== null,
    fields,
    // A plan of a compilation has only the notice printed before its title, if any, for a head: the lines above
    // belong to the plan before it or to the compilation.
    headLines: segment.partOf ? [...(segment.notice ? lines.slice(segment.notice.from, segment.notice.to) : []), ...lines.slice(segment.header.from, segment.header.to)] : headOf(segment, lines),
    tailLines: tailOf(bodyLines ?? []),
    bodyText: `${merged.text}\n${outlineText}`,
  })
  const { metadata, evidence } = inferred
  const override = applyCatalog(catalog, doc.file, segment.partOf?.index ?? 1, metadata, evidence)
  const title = metadata.title || segment.partOf?.title || fileStem(doc.file)
  // A value set in data/catalog.json has been checked by a person: its warning is settled.
  const warnings = inferred.warnings.filter((w) => evidence[WARNED_FIELD[w.code] ?? 'title']?.source !== 'catalog' || !(w.code in WARNED_FIELD))
  if (!metadata.title) warnings.push({ code: 'title_missing', message: `没有找到标题，暂以${segment.partOf ? '汇编标题' : '文件名'}“${title}”称呼，可在 data/catalog.json 中补上` })
  // A heading-only record (empty-chapters.ts) is no clause of the plan: its id, counts and outline are taken without it.
  const clauses = merged.records.filter((r) => r.kind === 'clause' && !r.headingOnly)
  const firstHeadings = clauses.map((r) => r.heading)
  const id = planId({ city: metadata.city, year: metadata.year, title: toSimplified(title), firstHeadings: firstHeadings.map(toSimplified) })

  const plan: ParsedPlanRecord = {
    ...metadata,
    title,
    id,
    source: { file: doc.file, url: override.url !== undefined ? override.url : doc.url, partOf: segment.partOf },
    metadataEvidence: evidence,
    clauseCount: clauses.length,
    outlineOnlyCount: merged.records.filter((r) => r.outlineOnly).length,
    passageCount: merged.records.filter((r) => r.kind === 'passage').length,
    contentHash: createHash('sha256').update(`${title}\n${merged.text}\n${outlineText}`).digest('hex'),
    levels: merged.levels,
    chapterClauses: chapterClauses(clauses),
    warnings: [...merged.warnings, ...warnings],
  }
  return {
    plan,
    clauses: toClauseRecords(plan, merged.records),
    text: merged.text,
    incomplete: merged.incomplete,
    numberingRestarts: merged.numberingRestarts,
    metadataNotes: inferred.notes,
  }
}

/** Lines before the plan's first chapter or clause: letterhead, 文号, notice, title, addressees, dates. */
function headOf(segment: PlanSegment, lines: string[]): string[] {
  const from = segment.header.from
  const bodyFrom = segment.body?.from ?? segment.header.to
  const limit = segment.body?.to ?? segment.header.to
  let end = bodyFrom
  while (end < limit && end - bodyFrom < MAX_PREAMBLE_LINES) {
    const marker = readLineMarker(lines[end])
    if (marker && (marker.kind === 'chapter' || marker.kind === 'clause')) break
    end++
  }
  return lines.slice(from, end)
}

/**
 * The body's last short lines, where a signature (issuer, date) and a 版记 stand, after the signature dates
 * standing anywhere in the body (a notice numbered `1. 2.` before the plan it issues signs in the body).
 */
function tailOf(bodyLines: string[]): string[] {
  // A date below the last numbered line that the body keeps as its text (a deadline under 完成时限：, a task table's
  // cell) signs nothing; one inside the numbered text may be a notice's signature over the plan it issues.
  const metadata = metadataLines(bodyLines)
  const lastNumbered = bodyLines.findLastIndex((l) => readLineMarker(l) !== null)
  const lines = bodyLines.filter((l, i) => metadata[i] || i < lastNumbered || !isSignatureDateLine(l))
  const from = Math.max(0, lines.length - TAIL_LINES)
  const earlier = lines.slice(0, from).filter(isSignatureDateLine)
  return [...earlier, ...lines.slice(from).filter((l) => l.length <= 60)]
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
}

/** Numbered clauses per chapter, in document order. */
function chapterClauses(records: DraftRecord[]): NonNullable<PlanRecord['chapterClauses']> {
  const result: NonNullable<PlanRecord['chapterClauses']> = []
  for (const r of records) {
    if (r.kind !== 'clause') continue
    const chapter = r.chapter?.number ?? null
    const title = r.chapter?.title ?? null
    const part = r.chapter?.part?.number
    const last = result.at(-1)
    // Chapters headed by their titles alone all have the number '': the title tells them apart.
    if (last && last.chapter === chapter && last.title === title && last.part === part) last.clauses++
    else result.push({ chapter, title, clauses: 1, ...(part ? { part } : {}) })
  }
  return result
}

/**
 * Assigns ids (`<planId>-<chapter>-<number>`, `<planId>-<part>-<chapter>-<number>`, `<planId>-p<k>`; a heading-only
 * record `<planId>-<chapter>-`, or `-<chapter>-s<k>` for the k-th section of its chapter) and copies the plan's facets
 * onto each record.
 */
export function toClauseRecords(plan: ParsedPlanRecord, drafts: DraftRecord[]): ParsedClauseRecord[] {
  const used = new Set<string>()
  let passage = 0
  const restart = chaptersRestartInParts(drafts)
  // Chapters in no part before the first part (一、二、 unheaded, then 2024年重点任务 over 一、 again) are the part
  // before it: the 一、1. of each run gets an id of its own shape (-1-1-1, -2-1-1), not -1-1 beside -2-1-1.
  const firstPart = drafts.find((d) => d.chapter?.part)?.chapter?.part?.ordinal ?? 0
  let inParts = false
  const sections = new Map<DraftRecord['chapter'], string[]>()
  return drafts.map((draft, order) => {
    inParts ||= draft.chapter?.part !== undefined
    const before = !inParts && draft.chapter && draft.chapter.ordinal > 0 && firstPart > 1 ? firstPart - 1 : undefined
    const part = restart ? (draft.chapter?.part?.ordinal ?? before) : undefined
    const seen = sections.get(draft.chapter) ?? sections.set(draft.chapter, []).get(draft.chapter)!
    if (draft.section !== null && seen.at(-1) !== draft.section) seen.push(draft.section)
    // Numbered clauses and passages keep the ids they had before heading-only records were read: those ids are
    // in links. A heading-only record has no number: its id ends in `-`, or names its section's place.
    const own = draft.headingOnly && draft.section !== null ? `s${seen.length}` : draft.number
    const place = [part, draft.chapter?.ordinal ?? 0, own].filter((n) => n !== undefined).join('-')
    const base = draft.kind === 'clause' ? `${plan.id}-${place}` : `${plan.id}-p${++passage}`
    const id = uniqueId(base, used)
    return {
      id,
      planId: plan.id,
      planTitle: plan.title,
      city: plan.city,
      province: plan.province,
      level: plan.level,
      year: plan.year,
      chapter: draft.chapter ? { number: draft.chapter.number, title: draft.chapter.title, ...(draft.chapter.part ? { part: draft.chapter.part.number } : {}) } : null,
      section: draft.section,
      number: draft.number,
      ...(draft.paragraph !== undefined ? { paragraph: draft.paragraph } : {}),
      heading: draft.heading,
      text: draft.text,
      themes: [],
      outlineOnly: draft.outlineOnly,
      ...(draft.headingOnly ? { headingOnly: true as const } : {}),
      start: draft.start,
      end: draft.end,
      order,
    }
  })
}

/**
 * Whether a chapter number comes again in another part (第一部分 一、… 第二部分 一、…), or after chapters in no part
 * (一、二、 then 2024年重点任务 一、…): then 一、1. names a clause in each, and ids name the part first
 * (`<planId>-2-1-1`). Parts whose chapters run on (一、二、 then 三、四、) keep the ids a plan without parts has.
 */
function chaptersRestartInParts(drafts: DraftRecord[]): boolean {
  // 0 for chapters in no part before the first part; a lead heading (ordinal 0) or an attachment after the parts
  // repeats nothing.
  const partOf = new Map<number, number>()
  let inParts = false
  for (const { chapter } of drafts) {
    inParts ||= chapter?.part !== undefined
    if (!chapter || (!chapter.part && (inParts || chapter.ordinal === 0))) continue
    const ordinal = chapter.part?.ordinal ?? 0
    const part = partOf.get(chapter.ordinal)
    if (part !== undefined && part !== ordinal) return true
    partOf.set(chapter.ordinal, ordinal)
  }
  return false
}
