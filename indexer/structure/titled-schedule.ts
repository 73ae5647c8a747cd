/**
 * A month-by-month schedule in a plan that heads its chapters by title, not by number: a school's term plan with
 * `指导思想` `工作目标` `主要工作` (over 1. clauses or over prose) and then `月份安排` over `九月份` `1.开学典礼` `2.…`
 * `十月份` `1.…`. The title rules (unnumbered-headings.ts) read each month over a 1. as one more chapter title and the
 * first month, under a title line of its own, as text of the clause above; a plan of prose kept every month line
 * a paragraph of the last title's chapter. month-sections.ts reads months only under chapters the plan numbers.
 * Here each month heads a section of the chapter it stands in, the title right over the first month (`月份安排`,
 * `工作行事历`) heads that chapter, and the numbering is read again starting over under every title and month.
 *
 * Only where no chapter or part is numbered and two period lines or more each stand over text. A plan that is a
 * schedule and nothing else (no title before its first month) has its months as its chapters.
 * Pure: the body's lines and their title reading in, the numbering, chapter titles and month sections out.
 */
import { readLineMarker } from './line-markers.js'
import { offsetOf } from './line-offsets.js'
import { monthItemsAsClauses } from './month-items.js'
import { readNumbering, type LineNumbering } from './plan-levels.js'
import { announcesSchedule, isPeriodLine } from './schedule-periods.js'
import { periodRows } from './schedule-rows.js'
import { opensListItem } from './list-bullets.js'
import { isTitleLine, linesIn } from './unnumbered-headings.js'

interface TitleReading {
  numbering: LineNumbering
  titles: Set<number>
}

export function titledSchedule(lines: string[], read: TitleReading): (TitleReading & { sections: Set<number>; scheduleOpens?: number }) | null {
  const roles = new Set(read.numbering.roles.values())
  if (roles.has('chapter') || roles.has('part')) return null
  // `九月：开学典礼；新生入学教育。`, `第1周 9月1日-9月5日 开学准备`, months saying sentences under `月份安排`: the
  // period heads its text (schedule-rows.ts).
  const body = periodRows(lines, { sentences: true }).lines
  const printed = body.map((line) => line.trim())
  const periods = printed.flatMap((line, i) => (isPeriodLine(line) && standsOverText(printed, i) ? [i] : []))
  if (periods.length < 2) return null
  // The titles read already, the months among them no chapters; a title numbered as its clauses are
  // (repeated-number-titles.ts) was read with its number kept apart, which a reading again here would lose.
  const titleTexts = [...read.titles].sort((a, b) => a - b).map((i) => read.numbering.lines[i].trim()).filter((line) => !isPeriodLine(line))
  if (titleTexts.some((line) => (readLineMarker(line)?.kind ?? 'ordinal-intro') !== 'ordinal-intro')) return null
  const titleAt = [...linesIn(printed, titleTexts)]
  // The schedule's own title over its first month: `月份安排`, `具体工作安排`; not the body's first line, which
  // names the whole schedule (a title the head did not read as the plan's).
  const head = periods[0] - 1
  if (head > 0 && !titleAt.includes(head) && !isPeriodLine(printed[head]) && isTitleLine(printed, head)) titleAt.push(head)
  // A title over prose right above the months (`保障措施` / `加强领导……。`), which the title rules did not read (no
  // clause under it), heads that prose.
  const overProse = proseAbove(printed, periods[0])
  const above = titleAt.filter((i) => i < periods[0])
  if (overProse !== null && overProse.title > 0 && overProse.title > Math.max(-1, ...above) && isTitleLine(printed, overProse.title)) titleAt.push(overProse.title)
  titleAt.sort((a, b) => a - b)
  if (titleAt.length > 0 && titleAt[0] > periods[0]) return null
  // A schedule and nothing else: its months are the plan's chapters, the first one too.
  const asChapters = titleAt.length === 0
  const numbering = readNumbering(body.join('\n'), [...titleAt, ...periods].sort((a, b) => a - b).map((i) => offsetOf(body, i)))
  const titles = linesIn(numbering.lines, titleAt.map((i) => printed[i]))
  const months = linesIn(numbering.lines, periods.map((i) => printed[i]))
  if (titles.size !== titleAt.length || months.size !== periods.length || clauseCount(numbering) < clauseCount(read.numbering)) return null
  if (new Set(numbering.roles.values()).has('chapter')) return null
  // A month over （1） items in a plan numbering its clauses 1.: the items are the month's clauses (month-items.ts).
  if (asChapters) return { numbering, titles: months, sections: new Set() }
  const read2 = { numbering: monthItemsAsClauses(numbering, months), titles, sections: months }
  // Months after the prose of the last title that does not announce them are the plan's schedule printed with no
  // heading, as under numbered chapters (month-sections.ts): their first line opens a chapter of its own, counted
  // after it; a title after the months (`其他要求`) heads the next chapter.
  const last = titleAt.filter((i) => i < periods[0]).at(-1)
  const opens = last !== undefined && overProse?.title === last && !announcesSchedule(printed[last])
  return opens ? { ...read2, scheduleOpens: Math.min(...months) } : read2
}

/**
 * The prose right above the first period, back to the line over it (`保障措施` over `加强领导……。`): a line of text
 * or more, none numbered, bulleted, a period or a title; null when no text stands there.
 */
function proseAbove(lines: string[], firstPeriod: number): { title: number } | null {
  let k = firstPeriod - 1
  while (k >= 0 && lines[k] !== '' && readLineMarker(lines[k]) === null && !opensListItem(lines[k]) && !isPeriodLine(lines[k]) && !isTitleLine(lines, k)) k--
  return k >= 0 && k < firstPeriod - 1 ? { title: k } : null
}

/** A period heads the lines under it: the next line is text, not another period, and no sentence leads into it. */
function standsOverText(lines: string[], i: number): boolean {
  const below = lines[i + 1]
  if (below === undefined || below === '' || isPeriodLine(below)) return false
  return i === 0 || !/[：:]$/.test(lines[i - 1])
}

function clauseCount(numbering: LineNumbering): number {
  return [...numbering.markers.values()].filter((m) => numbering.roles.get(m.kind) === 'clause').length
}
