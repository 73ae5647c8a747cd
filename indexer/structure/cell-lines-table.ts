/**
 * A task table without 序号 that PDF or Word extraction gave one cell a line: its column names a line each
 * (`任务类别` / `工作任务` / `责任单位` / `完成时限`), then its cells (`党的建设` / `深化理论武装…` / `机关党委` /
 * `2024年12月` / `加强基层党组织建设…` / `组织人事股` / `2024年6月`). No row number says where a row begins; its last
 * cell says where it ends, when the last column is a deadline (2024年12月, 6月底前, 全年) or a unit (机关党委, 组织人事股),
 * each of a shape no task has. A row of one cell too few under a category column is a task of the category above it:
 * the category's cell spans its rows and is printed once, on the first. Each row is then its task with the other
 * cells labelled by their columns, as a table one row a line is (table-without-number.ts).
 * Pure: lines in, the table's place and its tasks out.
 */
import { readLineMarker } from './line-markers.js'
import { groupColumnOf, TASK_HEADER, taskColumnOf, taskLine } from './task-rows.js'
import { cellName, COLUMN, MIN_COLUMNS, NOTE } from './table-head.js'

/** Names of a column of deadlines, and the cells they hold: in words or in figures (`2024-12-31`, `2024.12`). */
const TIME_COLUMN = /(时限|时间|时间节点|进度安排|时间安排)$/
const DEADLINE = /^(?:(?:19|20)\d{2}([./-])\d{1,2}(?:\1\d{1,2})?|(?:20\d{2}|\d{2})\s*年|\d{1,2}\s*月份?|\d{1,2}\s*[日号]|[上下]半年|第?[一二三四1-4]季度|年[底末内]|月[底末]|[上中下]旬|底|末|初|前|以前|之前|期间|全年|全学年|长期|持续|常态化?|每(?:年|学年|学期|季度|月|周)|学期|春季|秋季|寒假|暑假|(?:推进|坚持|完成|落实|开展)$|[—\-－~～至到、，,\s])+$/
/** Names of a column of units, and the cells they hold: a unit's name or several, no sentence. */
const UNIT_COLUMN = /(单位|科室|股室|处室|部门|领导|责任人)$/
const UNIT = /^[^。；;！？!?：:]{2,40}(?:股|科|室|处|办|中心|委|局|站|部|组|校|院|会|队|园|馆|所|团|政府|单位|部门|学校|党委|党组|办公室|领导小组)(?:[（(][^）)]{1,12}[）)])?$/
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
    if (cells.length === names.length) rows.push(cells)
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
  if (TIME_COLUMN.test(name)) return (cell) => [...cell].length <= 24 && DEADLINE.test(cell) && /\d|[一二三四]季度|半年|全年|长期|持续|常态|每|学期|季|假/.test(cell)
  if (UNIT_COLUMN.test(name)) return (cell) => UNIT.test(cell) && !/\d/.test(cell) && cell.split(/[、，,]/).every((unit) => [...unit].length <= 16)
  return null
}

/** A category's cell: a short name, no sentence. */
const isGroupCell = (cell: string) => [...cell].length <= MAX_GROUP && !SENTENCE.test(cell)
