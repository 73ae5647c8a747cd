/**
 * A task table without 序号 that PDF or Word extraction gave one cell a line: its column names a line each
 * (`任务类别` / `工作任务` / `责任单位` / `完成时限`), then its cells (`党的建设` / `深化理论武装…` / `机关党委` /
 * `2024年12月` / `加强基层党组织建设…` / `组织人事股` / `2024年6月`). No row number says where a row begins; its last
 * cell says where it ends, when the last column is a deadline (2024年12月, 6月底前, 全年) or a unit (机关党委, 组织人事股),
 * each of a shape no task has. A row of more lines than columns had a cell wrapped onto a second line (`德育股、基础教` /
 * `育股`): its lines are grouped into the columns as under a 序号 (task-rows.ts). A row of one cell too few under a category column is a task of the category above it:
 * the category's cell spans its rows and is printed once, on the first. Each row is then its task with the other
 * cells labelled by their columns, as a table one row a line is (table-without-number.ts).
 * Pure: lines in, the table's place and its tasks out.
 */
import { fitsColumn, shapedColumn } from './cell-shapes.js'
import { readLineMarker } from './line-markers.js'
import { groupColumnOf, TASK_HEADER, taskColumnOf, taskLine, wrappedCells } from './task-rows.js'
import { cellName, COLUMN, MIN_COLUMNS, NOTE } from './table-head.js'

const MAX_GROUP = 16
const SENTENCE = /[。；;！？!?：:]/

export interface CellLinesTable {
  /** Index of the first column name. */
  head: number
  /** Index (exclusive) of the table's last cell. */
  end: number
  /** The rows as numbered tasks, each cell under its column's name. */
  tasks: string[]
}

/** The first such table at `from` or after whose rows can all be told apart, or null. */
export function cellLinesTable(lines: string[], from: number): CellLinesTable | null {
  for (let i = from; i < lines.length; i++) {
    let k = i
    while (k < lines.length && COLUMN.test(cellName(lines[k]))) k++
    const names = lines.slice(i, k).map(cellName)
    if (names.length >= MIN_COLUMNS && !names.includes('序号') && names.some((n) => TASK_HEADER.test(n))) {
      const table = readRows(lines, i, names)
      if (table) return table
    }
    if (k > i) i = k - 1
  }
  return null
}

/** The rows under the head at `head`, cut at each cell that fits the last column; null when a row will not fill its columns. */
function readRows(lines: string[], head: number, names: string[]): CellLinesTable | null {
  const ends = rowEnd(names.at(-1)!)
  const taskColumn = taskColumnOf(names)
  const group = groupColumnOf(names)
  if (!ends || taskColumn === -1) return null
  const rows: string[][] = []
  let cells: string[] = []
  let end = head + names.length
  for (let i = end; i < lines.length; i++) {
    const line = lines[i].trim()
    if (line === '') continue
    if (readLineMarker(line) !== null || NOTE.test(line)) break
    cells.push(line)
    if (!ends(line)) continue
    const above = rows.at(-1)
    const rewrapped = cells.length > names.length ? wrappedCells({ cells, wrapped: [] }, names, taskColumn) : null
    if (cells.length === names.length) rows.push(cells)
    else if (rewrapped) rows.push(rewrapped)
    else if (cells.length === names.length - 1 && group !== -1 && above) rows.push([...cells.slice(0, group), above[group], ...cells.slice(group)])
    else return null
    if (group !== -1 && !isGroupCell(rows.at(-1)![group])) return null
    cells = []
    end = i + 1
  }
  // Cells left over with no last cell: a row cut short, unless it is a sentence under the table (the body again).
  if (cells.length > 0 && !SENTENCE.test(cells[0])) return null
  if (rows.length < 2) return null
  const tasks = rows.map((row, k) => taskLine(k + 1, [row[taskColumn]], names, new Map(row.flatMap((c, i): [number, string[]][] => (i === taskColumn ? [] : [[i, [c]]])))))
  return { head, end, tasks }
}

/** What a row's last cell looks like, by its column's name; null for a column whose cells say nothing of their end. */
function rowEnd(name: string): ((cell: string) => boolean) | null {
  return shapedColumn(name) ? (cell) => fitsColumn(name, cell) : null
}

/** A category's cell: a short name, no sentence. */
const isGroupCell = (cell: string) => [...cell].length <= MAX_GROUP && !SENTENCE.test(cell)
