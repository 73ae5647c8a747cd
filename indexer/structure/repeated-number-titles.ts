/**
 * Nested lists drawn in the same numbers at both levels, copied out as text: `1.全面加强党的建设` over `1.深化…`
 * `2.加强…`, then `2.推动教育优质均衡发展` over `1.扩大…` (a web editor's nested lists, a Word multilevel list
 * left at 1. for both levels). Read as one sequence it goes 1, 1, 2, 2, 1, …: each chapter title ran into the
 * clause above it and its number was lost. The outer items are the chapters when they are titles (short, no
 * sentence), numbered 1, 2, 3 … in one run, each directly over an item 1 of the same form, and the items under
 * each count 1, 2, 3 … again; a plan with Chinese chapters or sections has its outline there instead.
 * A PDF's text extraction may run the lists into one line (`… 1.全面加强党的建设 1.深化…。 2.加强…。 2.推动…`): the
 * outline is then looked for in the line cut before each number that follows a space or a sentence end.
 * Pure: the body's lines in, the lines the outline holds and the indices of its title lines out, or null.
 */
import { readLineMarker, type ClauseStyle } from './line-markers.js'

/** A chapter title: short, with Chinese words, no sentence in it (a trailing colon allowed). */
const TITLE = /^(?=.*\p{Script=Han})[^。；;！？!?：:]{2,30}[：:]?$/u

export interface RepeatedNumberOutline {
  lines: string[]
  /** The chapter title lines. */
  titles: number[]
  /** The lines of a list in the same form before the first title (the year's targets, 1. 2. 3.): the preamble's. */
  preamble: number[]
}

export function repeatedNumberOutline(lines: string[]): RepeatedNumberOutline | null {
  const found = repeatedNumberTitles(lines)
  if (found.titles.length > 0) return { lines, ...found }
  const cut = lines.flatMap((line) => line.split(RUN_IN_NUMBER).map((l) => l.trim()).filter((l) => l !== ''))
  if (cut.length === lines.length) return null
  const cutFound = repeatedNumberTitles(cut)
  return cutFound.titles.length > 0 ? { lines: cut, ...cutFound } : null
}

/** Before a number run into a line after a space or a sentence end (`。 2.推动…`, `建设 1.深化…`). */
const RUN_IN_NUMBER = /(?<=[。；;！？!?]|[ \t\u3000\u00a0])(?=[0-9０-９]{1,2}[.．、][\u3400-\u9fff“《])/

const NONE = { titles: [], preamble: [] }

function repeatedNumberTitles(lines: string[]): Pick<RepeatedNumberOutline, 'titles' | 'preamble'> {
  const items = lines.map((line) => {
    const marker = readLineMarker(line.trim())
    if (marker?.kind === 'chapter' || marker?.kind === 'section') return 'outline' as const
    return marker?.kind === 'clause' ? { style: marker.style, number: marker.number, rest: marker.rest.trim() } : null
  })
  if (items.includes('outline')) return NONE
  const numbered = items.flatMap((item, i) => (item && item !== 'outline' ? [{ ...item, i }] : []))
  const first = numbered.findIndex((item, k) => TITLE.test(item.rest) && opensList(numbered[k + 1], item.style, item.i + 1))
  if (first === -1) return NONE
  const style: ClauseStyle = numbered[first].style
  const titles: number[] = []
  const preamble: number[] = []
  let last = 0
  for (const [k, item] of numbered.entries()) {
    if (item.style !== style) continue
    // Items of the same form before the first title are the preamble's own list when they count 1, 2, 3 … (the
    // year's targets); counted any other way they are clauses that no title heads: no such outline.
    if (k < first) {
      if (item.number !== preamble.length + 1) return NONE
      preamble.push(item.i)
      continue
    }
    const title = item.number === titles.length + 1 && TITLE.test(item.rest) && opensList(numbered[k + 1], style, item.i + 1)
    if (title) {
      titles.push(item.i)
      last = 0
    } else if (item.number === last + 1) last++
    else return NONE
  }
  return titles.length >= 2 ? { titles, preamble } : NONE
}

/** Whether `next` is item 1 in `style` on the line right below. */
function opensList(next: { style: ClauseStyle; number: number; i: number } | undefined, style: ClauseStyle, line: number): boolean {
  return next !== undefined && next.style === style && next.number === 1 && next.i === line
}
