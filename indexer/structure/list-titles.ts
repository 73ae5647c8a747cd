/**
 * Sections a web page heads with a title over a bulleted list: `一、加强党的建设` over `深化理论武装` over
 * `* 持续开展主题教育…` `* 加强基层党组织建设…`, then `扩大优质学前教育资源` over its own items (an <h4> over a <ul>).
 * Read as text, each title was one more paragraph of its chapter, its items cited as if they stood under nothing.
 * Each such title heads a section of the chapter it stands in, named by its words.
 *
 * Only in a plan with chapters (numbered, or titled: unnumbered-headings.ts) that numbers no section and no clause,
 * where two lines or more read as titles (short, no sentence, the text above ended or a chapter's heading) right
 * over a bulleted item, neither bulleted nor numbered themselves.
 * Pure: the numbering and the chapter title lines in, the section title lines (in the numbering's lines) out.
 */
import { opensListItem } from './list-bullets.js'
import type { LineNumbering } from './plan-levels.js'
import { isTitleLine } from './unnumbered-headings.js'

export function titlesOverLists(numbering: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>, chapterTitles: ReadonlySet<number>): Set<number> {
  const roles = new Set(numbering.roles.values())
  if (roles.has('clause') || roles.has('section')) return new Set()
  const { lines } = numbering
  const isChapter = (i: number) => {
    const marker = numbering.markers.get(i)
    return chapterTitles.has(i) || (marker !== undefined && numbering.roles.get(marker.kind) === 'chapter')
  }
  const firstChapter = lines.findIndex((_, i) => isChapter(i))
  if (firstChapter === -1) return new Set()
  const found = new Set<number>()
  lines.forEach((line, i) => {
    if (i <= firstChapter || numbering.markers.has(i) || chapterTitles.has(i) || opensListItem(line)) return
    if (i + 1 >= lines.length || !opensListItem(lines[i + 1])) return
    // A title under its chapter's heading follows no finished sentence, and needs none.
    const titled = isChapter(i - 1) ? isTitleLine([lines[i]], 0) : isTitleLine(lines, i)
    if (titled) found.add(i)
  })
  return found.size >= 2 ? found : new Set()
}
