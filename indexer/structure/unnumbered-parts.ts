/**
 * Parts a plan heads with their title alone: a year's review, then `2024年重点任务` (or `二〇二四年工作安排`) on a
 * line of its own over chapters numbered from 一、 again, as a plan prints 第二部分 2024年重点任务. Read as text,
 * the 一、 under it neither continues the chapters above nor follows a higher marker, so it was no numbering: the
 * title, that 一、 and its first clause ran into the last clause above.
 *
 * Only a title line (short, no sentence, the text above it ended: unnumbered-headings.ts isTitleLine) counts, and
 * only right above a 一、 chapter line after chapters up to 二、 at least, with 二、 the next chapter line after
 * that 一、: a sequence that starts again, which a clause's own words do not. The line must read as a part's title
 * (names a year or ends in 回顾, 任务, 要点…) and the run under it as chapters (its 一、 and 二、 head text, and the
 * numbering after it does not go on from the run above): a list 一、二、 of projects under a clause, headed
 * 重点建设项目 and followed by chapter 三、, is none. Only in a plan that numbers its
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
    else if (
      highest >= 2 &&
      chapterNumbers[i + 1] === 1 &&
      nextChapter(i + 1) === 2 &&
      isTitleLine(lines, i) &&
      readsAsPartTitle(lines[i]) &&
      restartsChapters(lines, markers, i + 1, highest)
    ) {
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

/** A year a part's title names: 2024年, 二〇二四年. */
const NAMES_YEAR = /(?:19|20)\d{2}\s*年|[〇零○一二三四五六七八九]{4}年/
/**
 * What a part's title ends in where it names no year: a review or the year's work (工作回顾, 主要成效, 重点任务, 工作要点,
 * 工作安排, 工作重点, 目标任务, 工作计划, 工作思路, 总体要求). Ends in, not holds: 重点建设项目 over a list of projects
 * holds 重点 and names no part.
 */
const PART_WORD = /(?:回顾|总结|成效|任务|要点|安排|重点|目标|计划|打算|思路|要求|展望|部署)$/

function readsAsPartTitle(line: string): boolean {
  const text = line.trim()
  return NAMES_YEAR.test(text) || PART_WORD.test(text)
}

type ChapterMarker = ReturnType<typeof lineStartMarker>

/**
 * Whether the 一、 at `from` and the 二、 after it start a run of chapters: each heads text of its own, and the run does
 * not give way to the number the run before the title would go on with. A list under a clause
 * (`一、市第一幼儿园新建工程` `二、市实验小学改扩建工程`, then `三、深化教育改革`) has neither.
 */
function restartsChapters(lines: string[], markers: ChapterMarker[], from: number, earlier: number): boolean {
  const headsText = (k: number) => {
    const under = lines.findIndex((line, j) => j > k && line.trim() !== '')
    return (under !== -1 && markers[under] === null) || /[。；;！!？?]/.test(lines[k])
  }
  let last = 0
  for (let k = from; k < markers.length; k++) {
    const marker = markers[k]
    if (!marker) continue
    // A printed part or another restart: the run ended as a run of its own.
    if (marker.kind !== 'cn' || (marker.number === 1 && last > 0)) return true
    if (marker.number !== last + 1) return marker.number !== earlier + 1
    if (last < 2 && !headsText(k)) return false
    last = marker.number
  }
  return true
}
