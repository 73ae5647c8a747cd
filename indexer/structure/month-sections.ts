/**
 * A month-by-month schedule inside a numbered chapter: a school's `四、每月工作安排` over `九月份：` `1.开学典礼；`
 * `2.新生入学教育；` then `十月份：` `1.国庆节安全教育；` …, the items numbered from 1 again under each month (or on
 * through the months). Read as text, the month lines were no headings: the numbering did not accept the second
 * month's 1. (it neither continues 3. nor follows a marker above it), so every later month and its items ran into
 * the first month's last item. Each month line heads a section of its chapter, named by the month, and the
 * numbering is read again with each month's items as a sequence of their own, as under an unnumbered chapter title.
 *
 * Only where two month lines or more each stand over a numbered item, under a chapter the plan numbers, and only
 * when the reading again keeps every chapter and section it had: a schedule read so must lose nothing above it.
 * Months after the prose of a plan's last chapter that does not announce them (`五、保障措施` / `加强领导……。` /
 * `九月份：` …) are the plan's schedule printed with no heading: their first line opens a chapter of its own
 * (scheduleOpens, clause-splitter.ts), so they are not read as that chapter's safeguards, whether another numbered
 * chapter follows them or not.
 * Pure: the body's lines and their first numbering in, the numbering and the month lines (in its lines) out.
 */
import { offsetOf } from './line-offsets.js'
import { readNumbering, type LineNumbering } from './plan-levels.js'
import { linesIn, lineStartMarker } from './unnumbered-headings.js'
import { monthItemsAsClauses } from './month-items.js'
import { announcesSchedule, isPeriodLine } from './schedule-periods.js'
import { opensListItem } from './list-bullets.js'
import { periodRows } from './schedule-rows.js'
import { isWeekEntry } from './period-rows.js'

/** The chapter's month sections, or null when the body holds no such schedule. */
export function readMonthSections(body: string[], first: LineNumbering): { numbering: LineNumbering; sections: Set<number>; scheduleOpens?: number } | null {
  const roles = new Set(first.roles.values())
  if (!roles.has('chapter') || !roles.has('clause')) return null
  // `九月：1.开学典礼；…`, a flattened `…2、教师节活动。十月份： 1、…`, `二月：开学准备；环境创设。`, `第1周 9月1日-9月5日 开学
  // 准备`: each period on a line of its own over its items or its text (schedule-rows.ts).
  const cut = periodRows(body)
  body = cut.lines
  const months = body.flatMap((line, i) => (isPeriodLine(line) && (cut.texts.has(i + 1) || clauseOpens(body[i + 1], first)) ? [i] : []))
  if (months.length < 2) return null
  const firstChapter = body.findIndex((line) => {
    const marker = lineStartMarker(line, ['chapter'])
    return marker !== null && first.roles.get(marker.kind) === 'chapter'
  })
  if (firstChapter === -1 || months[0] < firstChapter) return null
  const reread = readNumbering(body.join('\n'), months.map((i) => offsetOf(body, i)))
  const sections = linesIn(reread.lines, months.map((i) => body[i].trim()))
  if (sections.size !== months.length) return null
  // A month over （1） items in a plan numbering its clauses 1.: the items are the month's clauses (month-items.ts).
  const numbering = monthItemsAsClauses(reread, sections)
  if (!keepsOutline(first, numbering)) return null
  const opens = afterChapterProse(body, first, months[0]) ? Math.min(...sections) : undefined
  return opens === undefined ? { numbering, sections } : { numbering, sections, scheduleOpens: opens }
}

/**
 * The months follow the prose of the last chapter (`五、保障措施` / `加强领导，明确责任……。` / `九月份：` …) that does
 * not announce them: they are the plan's schedule, printed without a heading of its own, not more of that chapter.
 * Only when the chapter's title names no schedule (`三、月工作安排`, `具体工作安排` over a line of prose keep their
 * months). A numbered chapter after them (`四、其他`) is a chapter of its own as printed; the schedule, which prints
 * no number, is counted after the plan's last chapter so that it takes no chapter's count (clause-splitter.ts).
 */
function afterChapterProse(body: string[], first: LineNumbering, firstMonth: number): boolean {
  const chapterAt = (i: number) => {
    const marker = lineStartMarker(body[i], ['chapter'])
    return marker !== null && first.roles.get(marker.kind) === 'chapter' ? marker : null
  }
  const heads = body.flatMap((_, i) => (chapterAt(i) ? [i] : []))
  const head = heads.filter((i) => i < firstMonth).at(-1)
  if (head === undefined) return false
  if (announcesSchedule(body[head])) return false
  const prose = body.slice(head + 1, firstMonth).filter((line) => line.trim() !== '')
  // Prose that leads into the months (`本学期各月工作安排如下：`) has them as its chapter's.
  if (prose.length === 0 || /[：:]$/.test(prose[prose.length - 1].trim())) return false
  return prose.every((line) => lineStartMarker(line, ['clause', 'section']) === null && !opensListItem(line))
}

/**
 * The line opens with a clause-level marker as printed (`1.`, `（1）`), whatever its number, or with an item of a
 * level below the clauses (`（1）` in a plan numbering its clauses 1.), which a month heads as its clauses.
 */
function clauseOpens(line: string | undefined, first: LineNumbering): boolean {
  if (line === undefined) return false
  // A web page's list under the month (`- 3月5日：学雷锋志愿服务`): its items, each a paragraph of the month's section.
  if (opensListItem(line)) return true
  // A week's entry under the month (`第一周：开学典礼；新生入学教育`): a paragraph of the month's section.
  if (isWeekEntry(line)) return true
  const marker = lineStartMarker(line, ['clause', 'section'])
  const role = marker && first.roles.get(marker.kind)
  return role === 'clause' || role === 'item'
}

/**
 * Every level above the clauses is read as before, with the same roles, no clause is lost, and no numbered line:
 * items the first reading turned down (a month's （1） starting again under no clause) may be read now.
 */
function keepsOutline(before: LineNumbering, after: LineNumbering): boolean {
  const count = (n: LineNumbering, roles: string[]) => [...n.markers.values()].filter((m) => roles.includes(n.roles.get(m.kind) ?? '')).length
  const sameRoles = [...before.roles].every(([kind, role]) => after.roles.get(kind) === role)
  const heads = ['chapter', 'section', 'part']
  return sameRoles && count(after, heads) === count(before, heads) && count(after, ['clause']) >= count(before, ['clause']) && count(after, ['clause', 'item']) >= count(before, ['clause', 'item'])
}
