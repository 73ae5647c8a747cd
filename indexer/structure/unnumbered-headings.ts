/**
 * Chapters a plan heads with their title alone: `加强党的建设` on a line of its own over clauses 1–2, then
 * `推进教育均衡发展` over 3–4 (a web page's bold or <h3> headings, a Word heading style without a list
 * number). Read as text, each title would run into the clause above it. A line is such a title when it is
 * short, no sentence, the text above it has ended and a numbered clause follows it, and when the plan prints
 * its chapters no other way. One such line over clauses that continue the numbering is no pattern (it may be
 * a clause's own subheading), so two are needed; one over clauses numbered again from 1 (clauses 1–8, then
 * `保障措施` over 1–3) is proof enough on its own: a clause's text does not start its plan's numbering again, and
 * once it has, every title over clauses heads a chapter. A plan that numbers its chapters 一、二、 may still close
 * with one printed without a number (`保障措施`): the only title line over clauses, after the last chapter.
 * Pure: the body's lines in, its numbering and the indices of the title lines (in the numbering's lines) out.
 */
import { withoutDutyNote } from './duty-labels.js'
import { readLineMarker, type LineMarker } from './line-markers.js'
import { offsetOf } from './line-offsets.js'
import { findCandidates, type MarkerKind } from './numbering.js'
import { readNumbering, type LineNumbering } from './plan-levels.js'
import { repeatedNumberOutline } from './repeated-number-titles.js'
import { standardTitleChapters } from './standard-title-chapters.js'
import { isPeriodLine } from './schedule-periods.js'
import { opensListItem } from './list-bullets.js'
import { readUnnumberedParts, type PartTitles } from './unnumbered-parts.js'

/** Longest title read: chapter titles of 工作要点 run to about 25 characters. */
const MAX_TITLE_CHARS = 30
/** Sentence punctuation a title does not carry (a title may hold a ， or 、 between its two halves). */
const SENTENCE = /[。；;：:！!？?]|[，,、]$/

/**
 * A day's date alone (`2024年12月31日`, `12月31日`, `二〇二四年十二月三十一日`): a deadline the text above gives, or a
 * signature's date, never a chapter's title. Read as one, it took the clauses under it out of their chapter.
 */
const DATE_ALONE = /^(?:(?:19|20)\d{2}\s*年|[〇○零ＯO0０一二三四五六七八九]{4}年)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]$/

/** How a finished sentence or clause ends. */
const ENDED = /[。；;！!？?…"”」』）)]$/

type Numbering = Pick<LineNumbering, 'lines' | 'markers' | 'roles'>

/**
 * The body's numbering and its unnumbered chapter titles, the numbering read again when a title restarts it; and
 * the part titles printed without a number over chapters that start again from 一、 (unnumbered-parts.ts).
 */
export function readChapterTitles(bodyLines: string[]): { numbering: LineNumbering; titles: Set<number>; parts?: PartTitles } {
  const outline = repeatedNumberOutline(bodyLines)
  const lines = outline?.lines ?? bodyLines
  const text = lines.join('\n')
  if (outline) {
    // 1. titles over 1. clauses: the titles head chapters, their numbers kept out of the clauses' sequence.
    const starts = outline.titles.map((i) => offsetOf(lines, i))
    // The preamble's list before the first title numbers no clause either: its items stay in the preamble.
    const numberAt = (i: number) => offsetOf(lines, i) + lines[i].length - lines[i].trimStart().length
    const numbering = readNumbering(text, starts, [...outline.titles, ...outline.preamble].map(numberAt))
    return { numbering, titles: linesIn(numbering.lines, outline.titles.map((i) => lines[i].trim())) }
  }
  const first = readNumbering(text)
  const parted = readUnnumberedParts(lines, first)
  if (parted) return { ...parted, titles: new Set() }
  const closing = closingTitle(lines, first)
  if (closing !== null) {
    const numbering = readNumbering(text, [offsetOf(lines, closing)])
    const at = numbering.lines.findIndex((line, i) => i > lastChapterLine(numbering) && line === lines[closing].trim())
    return { numbering, titles: new Set(at === -1 ? [] : [at]) }
  }
  const restarts = restartingTitles(lines, first)
  if (restarts.length === 0) {
    const titles = unnumberedHeadings(first)
    // A plan numbering nothing may still head its chapters with the titles every plan uses (standard-title-chapters.ts).
    return { numbering: first, titles: titles.size > 0 ? titles : standardTitleChapters(first) }
  }
  // Clauses 1–3 under 保障措施 were no numbering to a reader who did not know it is a chapter (they go back from
  // 8 with no chapter marker between): read again with the titles as chapter starts, they are.
  const numbering = readNumbering(text, restarts.map((i) => offsetOf(lines, i)))
  return { numbering, titles: titlesOverClauses(numbering) }
}

/**
 * A plan that numbers its chapters 一、二、三、 and closes with one chapter printed without a number (`保障措施` over
 * clauses, numbered on or from 1 again): the title, in the lines as printed, when it is the only title line over
 * a clause in the whole plan and stands after the last numbered chapter. Titles over clauses under several
 * chapters are subheadings inside them; one under the last chapter only closes the plan.
 */
function closingTitle(lines: string[], first: LineNumbering): number | null {
  const chapters = [...first.markers.values()].filter((m) => first.roles.get(m.kind) === 'chapter')
  if (chapters.length < 2 || ![...first.roles.values()].includes('clause')) return null
  const opensClause = (line: string | undefined) => {
    const marker = line === undefined ? null : lineStartMarker(line)
    return marker !== null && first.roles.get(marker.kind) === 'clause'
  }
  // A schedule's period (`下半年` over its items after `上半年`'s) heads a section of its chapter (month-sections.ts).
  const titles = lines.flatMap((line, i) => (isTitleLine(lines, i) && !isPeriodLine(line) && opensClause(lines[i + 1]) ? [i] : []))
  if (titles.length !== 1) return null
  const lastChapter = lines.findLastIndex((line) => {
    const marker = lineStartMarker(line, ['chapter'])
    return marker !== null && first.roles.get(marker.kind) === 'chapter'
  })
  return lastChapter !== -1 && titles[0] > lastChapter ? titles[0] : null
}

function lastChapterLine(numbering: LineNumbering): number {
  let last = -1
  for (const [i, m] of numbering.markers) if (numbering.roles.get(m.kind) === 'chapter') last = Math.max(last, i)
  return last
}

/** The two-title rule: title lines over numbered clauses, when there are at least two. */
export function unnumberedHeadings(numbering: Numbering): Set<number> {
  const found = new Set<number>()
  if (!headsChaptersByTitle(numbering.roles)) return found
  numbering.lines.forEach((line, i) => {
    if (numbering.markers.has(i) || !isTitleLine(numbering.lines, i)) return
    const next = roleAt(numbering, i + 1)
    if (next === 'clause' || next === 'section') found.add(i)
  })
  return found.size >= 2 ? found : new Set()
}

/**
 * Title lines (indices in the body's lines) over a clause or section numbered 1 when its level has already run
 * above: the numbering starts again there. Read from the lines as printed, since the first reading did not
 * accept that 1 (it neither continues the level nor follows a chapter marker).
 */
function restartingTitles(lines: string[], first: LineNumbering): number[] {
  if (!headsChaptersByTitle(first.roles)) return []
  const firstItem = (line: string | undefined) => {
    const marker = line === undefined ? null : lineStartMarker(line)
    const role = marker ? first.roles.get(marker.kind) : undefined
    return marker?.number === 1 && (role === 'clause' || role === 'section') ? marker.kind : null
  }
  const candidates = lines.map((_, i) => (isTitleLine(lines, i) ? firstItem(lines[i + 1]) : null))
  if (candidates.every((kind) => kind === null)) return []
  const found: number[] = []
  const seen = new Set<MarkerKind>()
  lines.forEach((line, i) => {
    const kind = candidates[i]
    if (kind !== null && seen.has(kind)) found.push(i)
    const marker = lineStartMarker(line)
    if (marker) seen.add(marker.kind)
  })
  return found
}

/**
 * Once numbering restarts under a title, the plan is known to head its chapters by title: every title over a
 * clause or section heads a chapter, over a first one (the first run's too) or over one that continues the
 * numbering of the chapter before (加强党的建设 1–4, 推动基础教育优质均衡 5–9, then 保障措施 1–3).
 */
function titlesOverClauses(numbering: LineNumbering): Set<number> {
  const found = new Set<number>()
  numbering.lines.forEach((_, i) => {
    const role = roleAt(numbering, i + 1)
    if (!numbering.markers.has(i) && (role === 'clause' || role === 'section') && isTitleLine(numbering.lines, i)) found.add(i)
  })
  return found
}

/** Only a plan that prints no chapter numbers heads its chapters by title, and only over numbered clauses. */
function headsChaptersByTitle(roles: Numbering['roles']): boolean {
  const present = new Set(roles.values())
  return !present.has('chapter') && !present.has('part') && present.has('clause')
}

/**
 * Short, no sentence, no marker, and the text above it has ended. An ordinal's wording (`第一，全面加强党的建设`,
 * `一是推动教育优质均衡`) is no numbering of its own: such a line is a title as its words are.
 */
export function isTitleLine(lines: string[], i: number): boolean {
  // The unit a title names after it (`【加强党的建设】（牵头单位：局办公室）`) is no part of it, nor its colon a sentence's.
  const text = withoutDutyNote(lines[i]).trim()
  const marker = readLineMarker(text)
  if (marker !== null && marker.kind !== 'ordinal-intro') return false
  if ([...text].length > MAX_TITLE_CHARS || !/\p{Script=Han}/u.test(text) || SENTENCE.test(text) || DATE_ALONE.test(text)) return false
  // The text above must have ended: a line a PDF wrapped off a sentence (…深入学习贯彻 / 党的二十大精神) is its tail.
  // A web page's list item above is whole, with or without a stop (`* 教学目标：聚焦课堂教学改革`).
  const above = i > 0 ? lines[i - 1].trim() : ''
  return above === '' || ENDED.test(above) || opensListItem(above)
}

/** The indices of `wanted` lines in `lines`, each looked for after the one before. */
export function linesIn(lines: string[], wanted: string[]): Set<number> {
  const found = new Set<number>()
  let from = 0
  for (const line of wanted) {
    const at = lines.findIndex((l, k) => k >= from && l === line)
    if (at === -1) continue
    found.add(at)
    from = at + 1
  }
  return found
}

function roleAt(numbering: Numbering, i: number) {
  const marker = numbering.markers.get(i)
  return marker ? numbering.roles.get(marker.kind) : undefined
}

/** The clause or section marker (or one of `kinds`) that opens a line as printed, with its kind and number. */
export function lineStartMarker(line: string, kinds: LineMarker['kind'][] = ['clause', 'section']): { kind: MarkerKind; number: number } | null {
  const text = line.trim()
  const head = readLineMarker(text)
  if (!head || !kinds.includes(head.kind)) return null
  const [marker] = findCandidates(text)
  return marker?.at === 0 ? marker : null
}
