/**
 * A task table with a 序号 column read as text: its rows numbered 1, 2, 3 … in order, a bare number (one cell a line)
 * or a number and a space before the row's cells (one row a line), and between them the lines a cell wrapped onto or
 * a group's line over its rows (table-groups.ts). Cut off the body, its rows become labelled tasks where every row
 * fills its columns (task-rows.ts).
 * Pure: lines in, the body and the table's lines out.
 */
import { readLineMarker } from './line-markers.js'
import { cellGroupRowAt, groupRowAt } from './table-groups.js'
import { CELL_GAP, rowNumber, taskLines, type TableRow } from './task-rows.js'
import { cellName, COLUMN, NOTE, TABLE_TITLE, tableHeadCells } from './table-head.js'

/**
 * The end (exclusive) of a 序号 table whose head is at `head`: the first chapter or section heading after it; in a
 * table one row a line, also the first numbered line that is not its next row (`3.强化督查问效。…` under row 2), as
 * the cleaner ends its rows (task-table-rows.ts). A table of one cell a line may hold a cell numbered `1.…`: there
 * only a heading ends it.
 */
export function numberedTableEnd(lines: string[], head: number): number {
  const columns = tableHeadCells(lines[head])?.length ?? 0
  const oneLine = columns > 0
  let next = 1
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i].trim()
    if (oneLine ? rowNumber(line) === next : line === String(next)) {
      next++
      continue
    }
    // A group's line over its rows (`一、党的建设`, table-groups.ts) is the table's, no heading of the body.
    const group = oneLine ? groupRowAt(lines, i, next, columns) : cellGroupRowAt(lines, i, next)
    if (group !== null) {
      next = group
      continue
    }
    const kind = readLineMarker(line)?.kind
    if (kind === 'chapter' || kind === 'section' || (oneLine && kind !== undefined)) return i
  }
  return lines.length
}

/**
 * The table from its head on, and `after`: the lines from a note under its rows on, each kept a line of its own.
 * Taken as a wrapped cell, a note was run into the last task (`加强基层党组织建设注：各牵头单位…`), its heading.
 */
export function splitNumberedTable(lines: string[], head: number): { body: string[]; table: string[] | null; tasks: string[] | null; title?: string; after: string[] } {
  if (head === -1) return { body: lines, table: null, tasks: null, after: [] }
  const from = head > 0 && TABLE_TITLE.test(lines[head - 1].trim()) ? head - 1 : head
  const oneLineHead = tableHeadCells(lines[head]) !== null
  let columns = head + 1
  while (!oneLineHead && columns < lines.length && COLUMN.test(cellName(lines[columns]))) columns++
  const names = oneLineHead ? tableHeadCells(lines[head])! : lines.slice(head, columns).map(cellName)
  const title = from < head ? [lines[from].trim()] : []
  const rest = lines.slice(columns).map((l) => l.trim())
  const note = rest.findIndex((l) => NOTE.test(l))
  const noted = note === -1 ? rest : rest.slice(0, note)
  const first = readRows(noted, [...title, names.join(' ')], names, oneLineHead)
  const textAt = oneLineHead ? textUnderRows(noted, first.rows, first.lastWrapped, names.length) : -1
  const { table, rows } = textAt === -1 ? first : readRows(noted.slice(0, textAt), [...title, names.join(' ')], names, oneLineHead)
  const tasks = taskLines(names, rows)
  const text = textAt === -1 ? [] : joinClauses(noted.slice(textAt).filter((l) => l !== ''))
  const after = [...text, ...(note === -1 ? [] : rest.slice(note))].filter((l) => l !== '')
  return { body: lines.slice(0, from), table, tasks, ...(title.length > 0 ? { title: title[0] } : {}), after }
}

/**
 * Where the plan's text under a table one row a line begins, or -1: lines after its last row, that row full, which say
 * a sentence (their last ends in 。！？) and open with one wider than any cell of the row, where a cell wrapped onto
 * the next lines is at most its column's width. The opening sentence is measured whole, over the lines it is printed
 * on (`各单位要加强组织领导，` / `确保任务落实。`): a line ending in ，、 goes on. Read as a wrapped cell, such a
 * sentence was glued into the last task (…集团3个各单位要…).
 */
function textUnderRows(read: string[], rows: TableRow[], lastWrapped: number[], columns: number): number {
  const last = rows.at(-1)
  if (!last || last.cells.length !== columns - 1 || lastWrapped.length === 0) return -1
  const [at] = lastWrapped
  const widest = Math.max(...last.cells.map((c) => c.length))
  const [opening] = joinClauses(lastWrapped.map((k) => read[k]))
  return opening.length > widest && /[。！？]$/.test(read[lastWrapped.at(-1)!]) ? at : -1
}

/** Lines of text with each line ending in ，、 joined to the next: a sentence printed over several lines, one line. */
function joinClauses(lines: string[]): string[] {
  return lines.reduce<string[]>((out, line) => (out.length > 0 && /[，、]$/.test(out.at(-1)!) ? [...out.slice(0, -1), out.at(-1)! + line] : [...out, line]), [])
}

/**
 * The table's lines and rows from the lines under its head: each row's line, the group lines, and the lines a cell
 * wrapped onto joined to the row above. `lastWrapped`: where the last row's wrapped lines stand in `read`.
 */
function readRows(read: string[], head: string[], names: string[], oneLineHead: boolean): { table: string[]; rows: TableRow[]; lastWrapped: number[] } {
  const table = [...head]
  const rows: TableRow[] = []
  let lastWrapped: number[] = []
  let next = 1
  let group: string | undefined
  for (const [k, line] of read.entries()) {
    // A table over several pages prints its head again at the top of each: read once.
    if (oneLineHead && tableHeadCells(line) !== null) continue
    const cells = oneLineHead ? line.split(CELL_GAP) : [line]
    const groupRow = line === '' ? null : oneLineHead ? groupRowAt(read, k, next, names.length) : cellGroupRowAt(read, k, next)
    if (groupRow !== null) {
      // The group's line heads its rows (table-groups.ts).
      table.push(line)
      group = line
      next = groupRow
    } else if (oneLineHead ? rowNumber(line) === next : line === String(next)) {
      table.push(cells.join(' '))
      rows.push({ number: next, cells: cells.slice(1), wrapped: [], ...(group ? { group } : {}) })
      lastWrapped = []
      group = undefined
      next++
    } else if (line !== '') {
      table[table.length - 1] += ` ${cells.join(' ')}`
      const row = rows.at(-1)
      if (row) (oneLineHead ? row.wrapped : row.cells).push(line)
      lastWrapped.push(k)
    }
  }
  return { table, rows, lastWrapped }
}
