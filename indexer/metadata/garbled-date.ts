/**
 * A signing date whose 年 月 日 the extraction lost: a PDF whose date was set in a font without those glyphs, or a page
 * that printed them as images, gives `2024327`, `20240327`, `2024 3 27` or `2024年3月27` under the issuer's name. Not
 * read as a date, the line ran into the plan's last clause and the plan had no signing date.
 *
 * Only straight under a signer (the caller says what signs): alone, a run of digits is a figure of the text. The run
 * is split into month and day where only one split makes a date (`327` is 3-27, never 32-7); where two do (`115`:
 * 1-15 or 11-5) the date printed nearby (a 版记's print date, the page's publish date) picks the one it can follow.
 */
import { asciiDigits } from './head-text.js'

const GARBLED = /^((?:19|20)\d{2})(?:\s+(\d{1,2})\s+(\d{1,2})|(\d{2,4})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*号?)$/

/** Whether the line is a date with its 年 月 日 lost, in any of the forms read. */
export function isGarbledDate(line: string): boolean {
  return garbledDates(line).length > 0
}

/** The dates the line can be, as ISO dates: one, two where the run splits either way, or none. */
export function garbledDates(line: string): string[] {
  const m = GARBLED.exec(asciiDigits(line.trim()))
  if (!m) return []
  const year = m[1]
  const month = m[2] ?? m[5]
  const day = m[3] ?? m[6]
  if (month !== undefined && day !== undefined) return valid(year, month, day)
  const run = m[4]
  // Eight digits are padded (0327); three are not, so neither half opens with 0 (`105` is 10-5, not 1-05).
  const splits = run.length === 4 ? [2] : run.length === 3 ? [1, 2].filter((at) => run[0] !== '0' && run[at] !== '0') : [1]
  return splits.flatMap((at) => valid(year, run.slice(0, at), run.slice(at)))
}

/**
 * The signing date of a garbled line under a signer: its one date, or of two the one on or before `near` (a print or
 * publish date, which follows the signing by days) and closest to it.
 */
export function garbledSignatureDate(line: string, near: string | null): string | null {
  const dates = garbledDates(line)
  if (dates.length === 1) return dates[0]
  if (!near) return null
  const before = dates.filter((d) => d <= near && (Date.parse(near) - Date.parse(d)) / 86_400_000 <= 60)
  return before.length === 1 ? before[0] : null
}

function valid(year: string, month: string, day: string): string[] {
  const mo = Number(month), d = Number(day)
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return []
  const iso = `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  // 2月30日 is no date: the calendar says so.
  return new Date(`${iso}T00:00:00Z`).getUTCDate() === d ? [iso] : []
}
