/**
 * Splits a plan's body into chapters, sections, numbered clauses and unnumbered passages.
 * Pure: lines in, draft records out, with character offsets into the plan text (the body lines joined by '\n').
 */
import { clauseHeading, readLineMarker, type ClauseStyle, type LineMarker } from './line-markers.js'

export interface DraftChapter {
  /** As printed: `一`, `第一章`. */
  number: string
  ordinal: number
  title: string
}

export interface DraftRecord {
  kind: 'clause' | 'passage'
  chapter: DraftChapter | null
  section: string | null
  number: number | null
  heading: string
  text: string
  start: number
  end: number
  outlineOnly: boolean
}

export interface SplitPlan {
  /** The plan text: body lines joined by '\n'. Offsets of records point into it. */
  text: string
  records: DraftRecord[]
  /** True when clause numbering starts again in a later chapter: citations must then name the chapter. */
  numberingRestarts: boolean
}

/** A line that only signs the document (issuer name or date): metadata, never body. */
const SIGNATURE = /^[（(]?(\d{4}年\d{1,2}月\d{1,2}日|[\u4e00-\u9fff]{2,24}(教育局|教育厅|教育委员会|教委|人民政府|办公室|办公厅|教育和体育局|教育体育局|教体局))[)）]?$/

export function isSignatureLine(line: string): boolean {
  return SIGNATURE.test(line)
}

/** Picks the plan's clause numbering: the style used most at line starts (第X条 wins when present). */
export function detectClauseStyle(lines: string[]): ClauseStyle | null {
  const counts: Record<ClauseStyle, number> = { dot: 0, paren: 0, article: 0, bare: 0 }
  for (const line of lines) {
    const m = readLineMarker(line)
    if (m?.kind === 'clause') counts[m.style]++
  }
  if (counts.article >= 2) return 'article'
  if (counts.dot >= 2 && counts.dot >= counts.paren) return 'dot'
  if (counts.paren >= 2) return 'paren'
  if (counts.dot >= 1) return 'dot'
  return null
}

interface OpenRecord {
  kind: 'clause' | 'passage'
  number: number | null
  lines: { text: string; start: number }[]
  rest: string
}

export function splitClauses(bodyLines: string[], opts: { outlineOnly?: boolean } = {}): SplitPlan {
  const lines = bodyLines.filter((l) => !isSignatureLine(l))
  const style = detectClauseStyle(lines)
  const records: DraftRecord[] = []
  let chapter: DraftChapter | null = null
  let section: string | null = null
  let open: OpenRecord | null = null
  let lastNumber = 0
  let numberingRestarts = false
  let offset = 0

  const close = () => {
    if (!open) return
    const first = open.lines[0]
    const last = open.lines[open.lines.length - 1]
    const text = open.lines.map((l) => l.text).join('\n')
    records.push({
      kind: open.kind,
      chapter,
      section,
      number: open.number,
      heading: open.kind === 'clause' ? clauseHeading(open.rest, open.lines.length > 1) : clauseHeading(text, false),
      text,
      start: opts.outlineOnly ? 0 : first.start,
      end: opts.outlineOnly ? 0 : last.start + last.text.length,
      outlineOnly: opts.outlineOnly ?? false,
    })
    open = null
  }

  for (const line of lines) {
    const start = offset
    offset += line.length + 1
    const marker = readLineMarker(line)
    const clause = marker && asClause(marker, style, lastNumber)
    if (marker?.kind === 'chapter') {
      close()
      chapter = { number: marker.label, ordinal: marker.ordinal, title: trimTitle(marker.rest) }
      section = null
    } else if (marker?.kind === 'section') {
      close()
      section = `${marker.label}${trimTitle(marker.rest)}`
    } else if (clause) {
      close()
      if (clause.number <= lastNumber && chapter !== null) numberingRestarts = true
      lastNumber = clause.number
      open = { kind: 'clause', number: clause.number, lines: [{ text: line, start }], rest: clause.rest }
    } else if (marker?.kind === 'ordinal-intro' || !open) {
      close()
      open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: line }
    } else if (open.kind === 'passage') {
      // Passages are one paragraph each: preamble and introductions read better as separate hits.
      close()
      open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: line }
    } else {
      open.lines.push({ text: line, start })
    }
  }
  close()
  return { text: lines.join('\n'), records, numberingRestarts }
}

/** A clause marker counts only in the plan's own style; a bare `27构建` only as the next number. */
function asClause(marker: LineMarker, style: ClauseStyle | null, lastNumber: number): { number: number; rest: string } | null {
  if (marker.kind !== 'clause' || style === null) return null
  if (marker.style === style) return { number: marker.number, rest: marker.rest }
  if (marker.style === 'bare' && style === 'dot' && marker.number === lastNumber + 1) return { number: marker.number, rest: marker.rest }
  return null
}

function trimTitle(text: string): string {
  return text.trim().replace(/[。；;，,]+$/, '')
}
