/**
 * Sections a plan heads by style under chapters it numbers: Word's Heading 1 `一、坚持党建引领…` over Heading 2
 * `强化政治理论武装`, which prints no （一）, over clauses 1. 2. (or a page's `<h2>一、…</h2>` over `<h3>…</h3>`).
 * Read as text, the Heading 2 is a short line: a record of its own words before the first clause, or run into
 * the clause above it. The numbered chapters, their clauses and the numbering are read from the text as in any
 * numbered plan (unnumbered-headings.ts); the headings one styled level below the chapters' own head sections,
 * named by their titles, inside the chapter they stand in.
 *
 * Only where the chapters are styled headings themselves (the level below theirs is then known), the plan prints
 * no section numbers of its own (a （一） level under 一、 leaves the styled lines as they are), and only after the
 * first chapter: a heading before it is the plan's lead (lead-heading.ts), one at the chapters' level a chapter.
 * Pure: the body's lines and the document's headings in, the numbering and the section lines (in its lines) out.
 */
import { readLineMarker } from './line-markers.js'
import { headingLines, type StyledHeading, type StyledOutline } from './styled-headings.js'
import { readChapterTitles } from './unnumbered-headings.js'

export function readStyledSections(body: string[], headings: StyledHeading[]): StyledOutline | null {
  const styled = headingLines(body, headings)
  const chapterLevels = styled.filter((h) => h.numbered && readLineMarker(body[h.index].trim())?.kind === 'chapter').map((h) => h.level)
  if (chapterLevels.length === 0 || !styled.some((h) => !h.numbered)) return null
  const { numbering, titles } = readChapterTitles(body)
  const roles = new Set(numbering.roles.values())
  if (!roles.has('chapter') || roles.has('part') || roles.has('section')) return null
  const isChapter = (k: number) => {
    const marker = numbering.markers.get(k)
    return marker !== undefined && numbering.roles.get(marker.kind) === 'chapter'
  }
  const firstChapter = numbering.lines.findIndex((_, k) => isChapter(k))
  // Each unnumbered heading's line in the numbering's lines, in order.
  const placed: { at: number; level: number }[] = []
  let from = 0
  for (const h of styled) {
    if (h.numbered) continue
    const at = numbering.lines.findIndex((line, k) => k >= from && !numbering.markers.has(k) && line === body[h.index].trim())
    if (at === -1) continue
    from = at + 1
    placed.push({ at, level: h.level })
  }
  const below = placed.filter((p) => p.at > firstChapter && p.level > Math.min(...chapterLevels))
  if (firstChapter === -1 || below.length === 0) return null
  const sectionLevel = Math.min(...below.map((p) => p.level))
  const sections = new Set(below.filter((p) => p.level === sectionLevel && !titles.has(p.at)).map((p) => p.at))
  return sections.size > 0 ? { numbering, chapters: titles, sections } : null
}
