/**
 * Whether a line opening 一） 二） heads a chapter. Some Word templates print chapters so (`一）坚持党建引领` over
 * `(1)…` `(2)…`), but the same marker as often lists the items of one clause (`2.加强教师培训。包括：` over
 * `一）骨干教师培训；` `二）新教师培训。`), and read as chapters those items lost their text from the clause and took the
 * clauses after them. A 一） line heads a chapter only where nothing says it is an item: not in a plan whose chapters
 * are 一、, a title alone (no sentence, no trailing comma or colon: line-markers.ts CLOSED_CHAPTER_LINE), not under a
 * line that leads into a list with a colon, over numbered clauses of its own, not in a run the clause numbering
 * goes on across (`2.加强教师队伍建设` over 一） and 二） with (1) (2) under each, then `3.推进课程改革。`: the items
 * are clause 2's), and, after its 一）, only in a run whose previous item headed a chapter too.
 */
import { CLOSED_CHAPTER_LINE, readLineMarker, type ClauseStyle } from './line-markers.js'

const CN_CHAPTER_LINE = /(?:^|\n)[ \t\u3000\u00a0]*[一二三四五六七八九十]{1,3}[、．.]/
const CLOSED_LINE_START = /(?:^|\n)[ \t\u3000\u00a0]*[一二三四五六七八九十]{1,3}[)）]/g
const LEADS_INTO_LIST = /[：:][ \t\u3000\u00a0]*$/

/**
 * A judge for the 一） candidates of one text, asked in text order (`at` the marker's offset at its line's start,
 * `number` its numeral): the answer for 二） depends on the one given for 一）.
 */
export function closedBracketChapters(text: string): (at: number, number: number) => boolean {
  let numbersChapters: boolean | undefined
  let starts: number[] | undefined
  // The judge is asked in text order, so the next 一） line is found by moving on from the last one.
  let next = 0
  let previous: { number: number; chapter: boolean } | undefined
  let goesOn: ((at: number) => boolean) | undefined
  return (at, number) => {
    numbersChapters ??= CN_CHAPTER_LINE.test(text)
    starts ??= [...text.matchAll(CLOSED_LINE_START)].map((m) => m.index + m[0].search(/\S/))
    const lineEnd = endOfLine(text, at)
    while (next < starts.length && starts[next] <= at) next++
    const inRun = previous !== undefined && previous.number === number - 1
    goesOn ??= clauseNumberingGoesOn(text)
    const chapter =
      !numbersChapters &&
      !(inRun ? !previous!.chapter : goesOn(at)) &&
      CLOSED_CHAPTER_LINE.test(text.slice(at, lineEnd).trimEnd()) &&
      !LEADS_INTO_LIST.test(lineBefore(text, at)) &&
      clausesUnder(text, lineEnd, starts[next] ?? text.length)
    previous = { number, chapter }
    return chapter
  }
}

const endOfLine = (text: string, at: number) => {
  const end = text.indexOf('\n', at)
  return end === -1 ? text.length : end
}

/** The last line with text above the line holding `at`. */
function lineBefore(text: string, at: number): string {
  let end = text.lastIndexOf('\n', at)
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end)
    if (line.trim()) return line
    end = start - 1
  }
  return ''
}

/** Whether a line between `from` and `to` (the next 一） line) opens with a clause's or a section's number. */
function clausesUnder(text: string, from: number, to: number): boolean {
  return text
    .slice(from, to)
    .split('\n')
    .some((line) => {
      const kind = readLineMarker(line.trim())?.kind
      return kind === 'clause' || kind === 'section'
    })
}

/**
 * A judge, asked in text order, of whether the clause numbering goes on across a place: the first clause after it in
 * the style of the last clause before it (2. then 3., （1） under the items between) takes the next number.
 */
function clauseNumberingGoesOn(text: string): (at: number) => boolean {
  const clauses: { at: number; style: ClauseStyle; number: number }[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const marker = readLineMarker(line.trim())
    if (marker?.kind === 'clause') clauses.push({ at: lineStart + line.search(/\S/), style: marker.style, number: marker.number })
    lineStart += line.length + 1
  }
  // For each clause, the next of its style: found once, so a text of many runs is read in one pass.
  const nextOfStyle = new Array<number>(clauses.length).fill(-1)
  const lastSeen = new Map<ClauseStyle, number>()
  for (let k = clauses.length - 1; k >= 0; k--) {
    nextOfStyle[k] = lastSeen.get(clauses[k].style) ?? -1
    lastSeen.set(clauses[k].style, k)
  }
  let before = -1
  return (at) => {
    while (before + 1 < clauses.length && clauses[before + 1].at < at) before++
    if (before === -1) return false
    const after = nextOfStyle[before]
    return after !== -1 && clauses[after].number === clauses[before].number + 1
  }
}
