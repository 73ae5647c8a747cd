/**
 * Chapters and sections a document marks by its heading styles rather than by numbers: a Word plan's Heading 1
 * `全面加强党的建设` over Heading 2 `深化教育评价改革` over its paragraphs, neither printing 一、 or （一）. The reader
 * gives the headings with their levels (read/docx-headings.ts); the text gives only their words, and a short line
 * over prose is no chapter to unnumbered-headings.ts, which needs numbered clauses under it. A style is the
 * author's own outline, so it is read as one: the top level of the body's headings heads chapters, the next heads
 * sections, each named by its title, and the numbering of the clauses under them may start again in each.
 *
 * Only where the plan prints no chapter numbers: a heading that prints its number (`一、…` typed, or a list
 * number written in) is numbering, and a plan numbered 一、 reads its chapters from that (and its sections from
 * the styled level below them, styled-sections.ts). A heading that is a
 * sentence (a whole paragraph given a heading style) or deeper than a section stays a line of text.
 * Headings that print the number of the clauses under them (listTitles: a web page's or a Markdown file's nested
 * lists drawn 1. at both levels, the outer items marked as the titles they are) head chapters all the same, which
 * keep that number (`1 全面加强党的建设`), as repeated-number-titles.ts reads such titles from plain text.
 * Pure: the body's lines and the document's headings in, the numbering and the title lines (in its lines) out.
 */
import { readLineMarker } from './line-markers.js'
import { readNumbering, type LineNumbering } from './plan-levels.js'
import { endsSentence } from './sentence-ends.js'

/** A paragraph the document marks as a heading, with its outline level from 1 (Heading 1). */
export interface StyledHeading {
  text: string
  level: number
}

export interface StyledOutline {
  numbering: LineNumbering
  /** Indices, in the numbering's lines, of the lines that head a chapter. */
  chapters: Set<number>
  /** Indices, in the numbering's lines, of the lines that head a section. */
  sections: Set<number>
}

/** Longest heading read as a title: chapter titles of 工作要点 run to about 25 characters. */
const MAX_TITLE_CHARS = 40

/** The body's chapters and sections by its headings, or null when its headings head none. */
export function readStyledHeadings(body: string[], headings: StyledHeading[]): StyledOutline | null {
  const all = headingLines(body, headings)
  const listed = listTitles(body, all)
  const found = all.filter((h) => !h.numbered || listed.has(h.index))
  if (found.length === 0) return null
  const levels = [...new Set(found.map((h) => h.level))].sort((a, b) => a - b)
  const text = body.join('\n')
  const starts: number[] = []
  for (let i = 0, at = 0; i < body.length; at += body[i].length + 1, i++) starts.push(at)
  const startsOf = (hs: typeof found) => hs.map((h) => starts[h.index])
  const topTwo = found.filter((h) => h.level <= (levels[1] ?? levels[0]))
  // A list title's number is the title's, no clause's (and no marker of its line).
  const titleNumbers = [...listed].map((i) => starts[i] + body[i].length - body[i].trimStart().length)
  // The numbering of each chapter and section is read on its own: clauses may start again at 1 under each.
  const first = readNumbering(text, startsOf(topTwo), titleNumbers)
  const roles = new Set(first.roles.values())
  if (roles.has('chapter') || roles.has('part')) return null
  // A second level heads sections unless the plan numbers its sections itself (（一） under the styled chapters).
  const sectionLevel = levels.length > 1 && !roles.has('section') ? levels[1] : null
  const heads = sectionLevel === null ? found.filter((h) => h.level === levels[0]) : topTwo
  const numbering = heads.length === topTwo.length ? first : readNumbering(text, startsOf(heads), titleNumbers)
  const chapters = new Set<number>()
  const sections = new Set<number>()
  let from = 0
  for (const h of heads) {
    const at = numbering.lines.findIndex((line, k) => k >= from && !numbering.markers.has(k) && line === body[h.index].trim())
    if (at === -1) continue
    ;(h.level === levels[0] ? chapters : sections).add(at)
    from = at + 1
  }
  return chapters.size + sections.size > 0 ? { numbering, chapters, sections } : null
}

/**
 * The headings, at one level, that print the clause number of the items under them: `1.全面加强党的建设` over
 * `1.深化…` `2.加强…`, then `2.推动…` over `1.扩大…`, the outer items of nested lists drawn 1. at both levels that
 * the reader marked as headings (read/html-list-outline.ts, read/markdown-list-outline.ts). Numbered 1, 2, 3 … in
 * one run, in one form, each over lines whose first number of that form is 1 (an opening paragraph may stand
 * between). Their indices in the body; none when they are not such a run of two or more.
 */
function listTitles(body: string[], found: { index: number; level: number; numbered: boolean }[]): Set<number> {
  const titles = found.flatMap((h) => {
    const marker = h.numbered ? readLineMarker(body[h.index].trim()) : null
    return marker?.kind === 'clause' ? [{ ...h, style: marker.style, number: marker.number }] : []
  })
  if (titles.length < 2) return new Set()
  const { level, style } = titles[0]
  const ok = titles.every((t, k) => {
    if (t.level !== level || t.style !== style || t.number !== k + 1) return false
    const end = titles[k + 1]?.index ?? body.length
    const under = body.slice(t.index + 1, end).map((line) => readLineMarker(line.trim()))
    const firstItem = under.find((m) => m?.kind === 'clause' && m.style === style)
    return firstItem?.kind === 'clause' && firstItem.number === 1
  })
  return ok ? new Set(titles.map((t) => t.index)) : new Set()
}

/**
 * The body lines that are headings, in order, with their levels, and whether each prints a number: each heading
 * is looked for after the last one found (a heading above the body, as the plan's title or a notice's may be, is
 * passed over). Words are compared without spaces and punctuation, which cleaning may have changed.
 */
export function headingLines(body: string[], headings: StyledHeading[]): { index: number; level: number; numbered: boolean }[] {
  const found: { index: number; level: number; numbered: boolean }[] = []
  // Each heading's place among the headings, by its words: a line is matched by a lookup, where comparing it with
  // every heading after the last one found was quadratic (a Markdown file of 20 000 ## headings took minutes).
  const placesOf = new Map<string, number[]>()
  headings.forEach((h, j) => {
    const key = wordsOf(h.text)
    const places = placesOf.get(key)
    if (places) places.push(j)
    else placesOf.set(key, [j])
  })
  let next = 0
  body.forEach((line, index) => {
    const key = wordsOf(line)
    if (!key) return
    const at = firstFrom(placesOf.get(key) ?? [], next)
    if (at === -1) return
    next = at + 1
    const text = line.trim()
    if ([...text].length > MAX_TITLE_CHARS || endsSentence(text)) return
    found.push({ index, level: headings[at].level, numbered: readLineMarker(text) !== null })
  })
  return found
}

/** The first of the ascending `places` at or after `from`, or -1. */
function firstFrom(places: number[], from: number): number {
  let lo = 0
  let hi = places.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (places[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < places.length ? places[lo] : -1
}

/** The words a heading and its line are compared by: no spaces or punctuation, no 01 02 a page set before the title (clean/ornamental-numbers.ts). */
const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').replace(/^0[1-9](?=\p{Script=Han})/u, '')
