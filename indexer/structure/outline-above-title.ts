/**
 * A plan a page prints under its own outline: the headings alone (`一、2024年工作开展情况` `（一）全面加强队伍建设`
 * `1.党建质量持续提升` …), with no page numbers, then the plan's title and its text, which prints every heading again
 * with its sentences. The title was searched for above the first numbered line only, so none was found: the outline
 * was read as the plan's first chapters, and the title, the preamble and the whole text ran into its last heading.
 *
 * The outline is at least three lines, each short and no sentence (no 。；！？), the first numbered as a chapter, and at
 * least three of them, at least half, printed again after the title line as the start of a line of the text.
 * Pure: the file's lines in, the title line under such an outline (its index) out, or null.
 */
import { readLineMarker } from './line-markers.js'
import { isNoticeTitle, isTitleLike } from './title-line.js'

/** How far down the outline's end (the title) is looked for. */
const MAX_OUTLINE_LINES = 120
/** An outline's heading line is short and says no sentence. */
const HEADING = /^[^。；;！!？?]{2,40}$/

export function outlineAboveTitle(lines: string[]): number | null {
  if (readLineMarker(lines[0]?.trim() ?? '')?.kind !== 'chapter') return null
  const limit = Math.min(lines.length, MAX_OUTLINE_LINES)
  let title = -1
  for (let i = 0; i < limit; i++) {
    const line = lines[i].trim()
    if (isTitleLike(line) && !isNoticeTitle(line) && readLineMarker(line) === null) {
      title = i
      break
    }
    if (!HEADING.test(line)) return null
  }
  if (title < 3) return null
  const outline = lines.slice(0, title).map((line) => line.trim())
  const text = lines.slice(title + 1).map((line) => line.trim())
  const repeated = outline.filter((heading) => text.some((line) => line.startsWith(heading))).length
  return repeated >= 3 && repeated * 2 >= outline.length ? title : null
}
