/**
 * A row of a week-by-week schedule written as text: the week, its dates, then what is done in it, set apart by
 * spaces or tabs (`第1周 9月1日-9月5日 开学准备；新生入学教育`, `第三周\t9.15-9.19\t校运会筹备`, `第3-4周 9月15日-9月26日 …`,
 * `第2周（9.8-9.12） 教师节`). Cleaning keeps the row one line with its cells one space apart (the spaces between a
 * week, a date in figures and Chinese text are otherwise a PDF's and go, which glued the row onto the one above);
 * the schedule reader (schedule-rows.ts) makes the week and its dates the label of what the row says.
 * Pure.
 */

const NUM = '[一二三四五六七八九十0-9０-９]{1,3}'
const WEEK = `第\\s*${NUM}(?:\\s*[-－—～~至到、]\\s*${NUM})?\\s*周`
const DAY = '[0-9０-９]{1,2}\\s*[.．/月]\\s*[0-9０-９]{1,2}\\s*日?'
const DAYS = `${DAY}(?:\\s*[-－—～~至到]\\s*(?:[0-9０-９]{1,2}\\s*[.．/月]\\s*)?[0-9０-９]{1,2}\\s*日?)?`
const GAP = '[ \\t\\u3000]+'
const ROW = new RegExp(`^(${WEEK})(?:${GAP}(${DAYS})|[ \\t\\u3000]*([（(]\\s*${DAYS}\\s*[)）]))(?:${GAP}(\\S.*))?$`)

export interface WeekRow {
  /** `第1周`, `第3-4周`, with no space inside. */
  week: string
  /** `9月1日-9月5日`, `9.1-9.5`, `（9.8-9.12）`, with no space inside. */
  days: string
  /** The row's other cells as printed, in order: what is done, then any further column (a department). */
  cells: string[]
}

export function readWeekRow(line: string): WeekRow | null {
  const m = ROW.exec(line.trim())
  if (!m) return null
  const tight = (s: string) => s.replace(/[ \t\u3000]+/g, '')
  return { week: tight(m[1]), days: tight(m[2] ?? m[3]), cells: m[4] ? m[4].split(/[ \t\u3000]+/) : [] }
}

/** The week and its dates, a space apart as printed, or none before dates in brackets: `第1周 9月1日-9月5日`, `第2周（9.8-9.12）`. */
export function weekLabel(row: WeekRow): string {
  return /^[（(]/.test(row.days) ? row.week + row.days : `${row.week} ${row.days}`
}

/** The row printed with its cells one space apart: the form cleaning leaves it in. */
export function printWeekRow(row: WeekRow): string {
  return [weekLabel(row), ...row.cells].join(' ')
}
