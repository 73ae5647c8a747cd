/**
 * A plan laid out as a two-column table with no header (`1 | 深化理论武装。…`, chapters as rows of one cell across
 * the table: `一、全面加强党的建设`): the first column numbers the clauses, the second holds them. Without a 序号
 * header it is no task table (task-table.ts), and read one row a line (`1 深化理论武装。…`) the number stands apart
 * from its text, as no clause is numbered, so the plan had chapters of prose whose paragraphs opened with digits.
 * Each numbered row reads as the clause it is, `1.深化理论武装。…`; every other row as its cells.
 */
import { foldDigits } from '../structure/numeral-glyphs.js'
import { distinctCells } from './table-rows.js'

/** A row's number as written in its first cell. */
const ROW_NUMBER = /^[0-9０-９]{1,3}[.．、]?$/
/** The clause's text opens with words, not with a date or a figure (`3月`, a table of values). */
const TEXT_START = /^[\u3400-\u9fff“《"‘【]/

/**
 * The lines of a table whose rows are `number | text`, or null: another shape (more than two columns), fewer than
 * two numbered rows, or numbers that do not run 1, 2, 3 (each one more than the last, or 1 again).
 */
export function numberedRowLines(rows: string[][]): string[] | null {
  const cells = rows.map(distinctCells).filter((r) => r.length > 0)
  if (cells.some((r) => r.length > 2)) return null
  const numbered = cells.filter((r) => r.length === 2 && ROW_NUMBER.test(r[0]) && TEXT_START.test(r[1]))
  if (numbered.length < 2) return null
  let last = 0
  for (const [number] of numbered) {
    const n = Number(foldDigits(number).replace(/[.．、]$/, ''))
    if (n !== last + 1 && n !== 1) return null
    last = n
  }
  return cells.map((r) => (numbered.includes(r) ? `${foldDigits(r[0]).replace(/[.．、]$/, '')}.${r[1]}` : r.join(' ')))
}
