/**
 * A task table without 序号 read as text, one row a line as the cleaner lays it out (clean/task-table-rows.ts): a head
 * of column names with a task's among them over rows of one cell a column (`重点任务 牵头单位 完成时限` /
 * `深化理论武装… 机关党委 2024年12月`). Where it is, where its rows end, and its rows as labelled tasks.
 * Pure: lines in, indexes and task lines out.
 */
import { readLineMarker } from './line-markers.js'
import { CELL_GAP, groupColumnOf, TASK_HEADER, taskColumnOf, taskLine } from './task-rows.js'
import { afterFirstClause, columnNames, NOTE } from './table-head.js'

/** A head of column names with a task's among them, no 序号, over a line of as many cells, after the body's first clause; or -1. */
export function unnumberedHead(lines: string[]): number {
  const from = afterFirstClause(lines)
  if (from === -1) return -1
  for (let i = from; i < lines.length; i++) {
    const names = columnNames(lines[i])
    if (!names || names[0] === '序号' || !names.some((n) => TASK_HEADER.test(n))) continue
    let k = i + 1
    while (k < lines.length && lines[k].trim() === '') k++
    const next = lines[k]
    if (next !== undefined && readLineMarker(next) === null && next.trim().split(CELL_GAP).length === names.length) return i
  }
  return -1
}

/**
 * The end (exclusive) of the rows of a table without 序号 whose head is at `head`, on trimmed lines: a row is a line
 * of one cell a column, a line of fewer right under a row is a cell wrapped onto it, and the table ends at a blank
 * line not followed by a row, a numbered line, a note or a line of more cells. The cleaner lays out these lines
 * (task-table-rows.ts) and this reader cuts them off the body: one rule, so both end the table at the same line.
 */
export function unnumberedTableEnd(lines: string[], head: number): number {
  const columns = columnNames(lines[head])?.length ?? 0
  const cellCount = (line: string) => line.split(CELL_GAP).length
  let [end, afterRow] = [head + 1, false]
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') {
      afterRow = false
      continue
    }
    const cells = cellCount(line)
    if (readLineMarker(line) !== null || NOTE.test(line) || cells > columns || (cells < columns && !afterRow)) break
    end = i + 1
    afterRow = true
  }
  return end
}

/**
 * A task table without 序号, one row a line as the cleaner lays it out (task-table-rows.ts), from its head on: its
 * rows as tasks, numbered in order as a reader counts them and labelled by their columns, as a web or Word table's
 * are (read/unnumbered-task-table.ts), and the lines after them. Only a table whose every row has one cell a column; else null.
 */
export function unnumberedTasks(lines: string[]): { tasks: string[]; after: string[] } | null {
  const names = lines.length > 0 ? columnNames(lines[0]) : null
  const taskColumn = names ? taskColumnOf(names) : -1
  if (!names || taskColumn === -1) return null
  const group = groupColumnOf(names)
  const rest = lines.slice(1)
  // A row has one cell a column; one cell short under a category column, it is a task of the category above it,
  // printed once over its rows (task-rows.ts).
  const rows: string[][] = []
  let end = -1
  for (const [k, line] of rest.entries()) {
    if (line.trim() === '') continue
    const cells = line.trim().split(CELL_GAP)
    const above = rows.at(-1)
    if (cells.length === names.length) rows.push(cells)
    else if (group !== -1 && above && cells.length === names.length - 1) rows.push([...cells.slice(0, group), above[group], ...cells.slice(group)])
    else {
      end = k
      break
    }
  }
  // A cell wrapped onto a line of its own (fewer cells, no sentence) cannot be put back for sure: passages, a row a line.
  if (end !== -1 && !NOTE.test(rest[end].trim()) && !/[。！？]$/.test(rest[end].trim()) && rest[end].trim().split(CELL_GAP).length < names.length) return null
  if (rows.length < 2) return null
  const tasks = rows.map((cells, k) => taskLine(k + 1, [cells[taskColumn]], names, new Map(cells.flatMap((c, i): [number, string[]][] => (i === taskColumn ? [] : [[i, [c]]])))))
  return { tasks, after: end === -1 ? [] : rest.slice(end) }
}
