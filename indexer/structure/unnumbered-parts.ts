/**
 * Parts a plan heads with their title alone: a year's review, then `2024年重点任务` (or `二〇二四年工作安排`) on a
 * line of its own over chapters numbered from 一、 again, as a plan prints 第二部分 2024年重点任务. Read as text,
 * the 一、 under it neither continues the chapters above nor follows a higher marker, so it was no numbering: the
 * title, that 一、 and its first clause ran into the last clause above.
 *
 * Only a title line (short, no sentence, the text above it ended: unnumbered-headings.ts isTitleLine) counts, and
 * only right above a 一、 chapter line after chapters up to 二、 at least, with 二、 the next chapter line after
 * that 一、: a sequence that starts again, which a clause's own words do not. Only in a plan that numbers its
 * chapters 一、. Its first part may be headed by a title line right above its first 一、 or by a printed part
 * (第一部分 2023年工作回顾), or not at all: then its first chapters stand in no part, as printed, and the later
 * parts are counted from 2.
 * Pure: the body's lines as printed and their first reading in, the part titles' lines and parts out.
 */
import type { DraftChapter } from './clause-splitter.js'
import { offsetOf } from './line-offsets.js'
import { readNumbering, type LineNumbering } from './plan-levels.js'
import { isTitleLine, lineStartMarker, linesIn } from './unnumbered-headings.js'

export type PartTitles = Map<number, DraftChapter['part']>

/**
 * The body's numbering read again with each part title as a place its numbering may start again, and the part
 * titles (indices in its lines), each naming its part by its title; null when the plan has no such part.
 */
export function readUnnumberedParts(lines: string[], first: LineNumbering): { numbering: LineNumbering; parts: PartTitles } | null {
  if (first.roles.get('cn') !== 'chapter') return null
  const printedPart = first.roles.get('chapter-word') === 'part'
  const markers = lines.map((line) => {
    const marker = lineStartMarker(line, ['chapter'])
    return marker?.kind === 'cn' || (printedPart && marker?.kind === 'chapter-word') ? marker : null
  })
  const chapterNumbers = markers.map((m) => (m?.kind === 'cn' ? m.number : null))
  const firstChapter = chapterNumbers.indexOf(1)
  if (firstChapter < 0) return null
  // The first part may be headed too: by a title line (2023年工作回顾) or a printed part (第一部分 2023年工作回顾).
  // Unheaded, its chapters stand in no part, and ids tell its 一、1. from the later part's (parse-document.ts).
  const opening = firstChapter > 0 && markers[firstChapter - 1] === null && isTitleLine(lines, firstChapter - 1) ? firstChapter - 1 : null
  const nextChapter = (i: number) => chapterNumbers.find((n, k) => k > i && n !== null) ?? null
  const titles = new Map<number, number>(opening === null ? [] : [[opening, 1]])
  let part = 1
  let highest = 0
  for (const [i, marker] of markers.entries()) {
    if (marker?.kind === 'chapter-word') {
      // A printed part after a part titled alone: the plan numbers its parts in a way this reading does not follow.
      if (titles.size > (opening === null ? 0 : 1)) return null
      part = marker.number
      highest = 0
    } else if (marker) highest = Math.max(highest, marker.number)
    else if (highest >= 2 && chapterNumbers[i + 1] === 1 && nextChapter(i + 1) === 2 && isTitleLine(lines, i)) {
      titles.set(i, ++part)
      highest = 0
    }
  }
  const restarts = [...titles.keys()].filter((i) => i !== opening)
  if (restarts.length === 0) return null
  const numbering = readNumbering(lines.join('\n'), restarts.map((i) => offsetOf(lines, i)))
  const at = [...linesIn(numbering.lines, [...titles.keys()].map((i) => lines[i].trim()))]
  // Each title must now stand over an accepted 一、: else the reading did not start again there after all.
  const over = (k: number) => {
    const marker = numbering.markers.get(k + 1)
    return marker?.kind === 'cn' && marker.number === 1 && numbering.roles.get('cn') === 'chapter'
  }
  if (at.length !== titles.size || !at.every(over)) return null
  const ordinals = [...titles.values()]
  return { numbering, parts: new Map(at.map((k, n) => [k, { number: numbering.lines[k], ordinal: ordinals[n] }])) }
}
