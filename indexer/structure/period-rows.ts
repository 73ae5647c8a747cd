/**
 * A row of a schedule table written as text, its cells set apart by spaces or tabs: a week with its dates, then what
 * is done in it (`第1周 9月1日-9月5日 开学准备；新生入学教育`, `第三周\t9.15-9.19\t校运会筹备`, `第3-4周 9月15日-9月26日 …`,
 * `第2周（9.8-9.12） 教师节`), or any period (a month, a week, a quarter) over two cells or more (`1月 召开全县教育
 * 工作会议 办公室`, `第一周 开学典礼 德育处`): a line of three cells opening with a period is a table's row, not a
 * sentence a PDF spaced. Cleaning keeps the row one line with its cells one space apart (the spaces between a week,
 * a date in figures and Chinese text are otherwise a PDF's and go, which glued the row onto the one above); the
 * schedule reader (schedule-rows.ts) makes the period the label of what the row says.
 * Pure.
 */
import { isPeriodLine } from './schedule-periods.js'


const NUM = '[一二三四五六七八九十0-9０-９]{1,3}'
const WEEK = `第\\s*${NUM}(?:\\s*[-－—～~至到、]\\s*${NUM})?\\s*周`
const DAY = '[0-9０-９]{1,2}\\s*[.．/月]\\s*[0-9０-９]{1,2}\\s*日?'
const DAYS = `${DAY}(?:\\s*[-－—～~至到]\\s*(?:[0-9０-９]{1,2}\\s*[.．/月]\\s*)?[0-9０-９]{1,2}\\s*日?)?`
const GAP = '[ \\t\\u3000]+'
const ROW = new RegExp(`^(${WEEK})(?:${GAP}(${DAYS})|[ \\t\\u3000]*([（(]\\s*${DAYS}\\s*[)）]))(?:${GAP}(\\S.*))?$`)

export interface WeekRow {
  /** `第1周`, `第3-4周`, with no space inside, or the period opening the row (`1月`, `第一周`). */
  week: string
  /** `9月1日-9月5日`, `9.1-9.5`, `（9.8-9.12）`, with no space inside; '' for a period printed without dates. */
  days: string
  /** The row's other cells as printed, in order: what is done, then any further column (a department). */
  cells: string[]
}

/** A week with its dates and what is done in it, or a period over two cells or more; null for any other line. */
export function readPeriodRow(line: string): WeekRow | null {
  const dated = readWeekRow(line)
  if (dated) return dated
  const cells = line.trim().split(/[ \t\u3000]+/)
  if (cells.length < 3 || !isPeriodLine(cells[0]) || /[：:]$/.test(cells[0])) return null
  return { week: cells[0], days: '', cells: cells.slice(1) }
}

export function readWeekRow(line: string): WeekRow | null {
  const m = ROW.exec(line.trim())
  if (!m) return null
  const tight = (s: string) => s.replace(/[ \t\u3000]+/g, '')
  return { week: tight(m[1]), days: tight(m[2] ?? m[3]), cells: m[4] ? m[4].split(/[ \t\u3000]+/) : [] }
}

/** The week and its dates, a space apart as printed, or none before dates in brackets: `第1周 9月1日-9月5日`, `第2周（9.8-9.12）`. */
export function weekLabel(row: WeekRow): string {
  return row.days === '' || /^[（(]/.test(row.days) ? row.week + row.days : `${row.week} ${row.days}`
}

/** The row printed with its cells one space apart: the form cleaning leaves it in. */
export function printWeekRow(row: WeekRow): string {
  return [weekLabel(row), ...row.cells].join(' ')
}

/**
 * The period a line opens with before a colon and its text (`第一周：开学典礼；新生入学教育`, `3月：启动招生工作。`), or null:
 * an entry of a schedule, a line of its own though the entry above ends in no stop.
 */
export function periodLabel(line: string): string | null {
  const m = /^([^：:]{1,16}[：:])\s*\S/.exec(line.trim())
  return m !== null && isPeriodLine(m[1]) ? m[1] : null
}

/** A week's entry (`第一周：开学典礼`), which a month alone on the line above heads as one of its items. */
export function isWeekEntry(line: string): boolean {
  return /^第[^：:]{1,8}周/.test(periodLabel(line) ?? '')
}
