/**
 * A plan's task table (重点任务分解表: 序号 | 重点任务 | 牵头单位 | 完成时限) read as the numbered clauses it
 * stands for: each numbered row becomes one line, `1.深化理论武装……。牵头单位：办公室；完成时限：2024年12月。`,
 * so the clause splitter finds one clause per task, headed by the task, and every column stays with its task,
 * labelled by its header. Read cell by cell, a row's cells would run together (…学习制度办公室2024年12月)
 * and number nothing.
 */
import { foldDigits } from '../structure/numeral-glyphs.js'
import { TASK_HEADER, taskLine } from '../structure/task-rows.js'
import { distinctCells, headerCell } from './table-rows.js'

/** The header of the numbering column. */
const NUMBER_HEADER = /^(序号|编号|序|No\.?)$/i
/** A row's number as written in the numbering column (also full-width digits). */
const ROW_NUMBER = /^[0-9０-９]{1,3}[.．、]?$/

/**
 * The lines a table reads as, given its rows of cell texts (merged cells repeated in every row and column they
 * cover); null when it is no task table: no 序号 column beside a task column, or fewer than two numbered rows.
 *
 * Columns before the 序号 column group the tasks (`重点领域 | 序号 | 工作任务 | …`, the area merged down over its
 * tasks): each group is written once, as a title line over its first task, so the structure reader finds the
 * areas as chapters headed by their titles. Read as a column of its own, the area would open every row, before
 * its number, and no row would be a numbered task at all.
 */
export function taskTableLines(table: string[][]): string[] | null {
  const headerAt = table.findIndex((r, i) => i < 3 && r.some((h) => NUMBER_HEADER.test(headerCell(h))))
  if (headerAt < 0) return null
  const numberColumn = table[headerAt].findIndex((h) => NUMBER_HEADER.test(headerCell(h)))
  const sub = subHeader(table[headerAt + 1], table[headerAt], numberColumn)
  const header = table[headerAt].map((h, i) => headerCell(sub?.[i] || h))
  const rows = sub ? table.filter((_, i) => i !== headerAt + 1) : table
  const numbered = rows.slice(headerAt + 1).filter((r) => ROW_NUMBER.test(r[numberColumn] ?? ''))
  const taskColumn = pickTaskColumn(header, numberColumn, numbered)
  if (taskColumn < 0 || numbered.length < 2) return null

  const lines = rows.slice(0, headerAt).map((r) => distinctCells(r).join(' '))
  // The rows of one task: its number cell may span several (one more measure each, or one more 牵头单位).
  let task = null as { n: number; parts: string[]; columns: Map<number, string[]> } | null
  let group = ''
  const flush = () => {
    if (task) lines.push(taskLine(task.n, task.parts, header, task.columns))
    task = null
  }
  for (const row of rows.slice(headerAt + 1)) {
    if (!ROW_NUMBER.test(row[numberColumn] ?? '')) {
      flush()
      lines.push(distinctCells(row).join(' '))
      continue
    }
    const n = Number(foldDigits(row[numberColumn]).replace(/[.．、]$/, ''))
    if (task?.n !== n) {
      flush()
      task = { n, parts: [], columns: new Map() }
      const rowGroup = distinctCells(row.slice(0, numberColumn)).join(' ')
      if (rowGroup && rowGroup !== group) lines.push(rowGroup)
      group = rowGroup
    }
    const text = row[taskColumn] ?? ''
    if (text && !task!.parts.includes(text)) task!.parts.push(text)
    header.forEach((_, i) => {
      const value = row[i]
      if (i <= numberColumn || i === taskColumn || !value || value === text) return
      const values = task!.columns.get(i) ?? []
      if (!values.includes(value)) task!.columns.set(i, [...values, value])
    })
  }
  flush()
  return lines.filter((l) => l.trim() !== '')
}

/**
 * The column that holds the tasks: of the columns after 序号 named for them (TASK_HEADER), the one that tells the
 * most rows apart. A table may name its grouping column for tasks too (`序号 | 任务类别 | 工作任务 | 牵头单位`, the
 * category merged down over its tasks): taken for the task, it headed every clause with its category
 * (`1.党的建设。工作任务：深化理论武装…`) and the outline listed 党的建设 for each. Of columns as varied, the first.
 */
function pickTaskColumn(header: string[], numberColumn: number, numbered: string[][]): number {
  let best = -1
  let bestDistinct = 0
  header.forEach((h, i) => {
    if (i <= numberColumn || !TASK_HEADER.test(h)) return
    const distinct = new Set(numbered.map((r) => r[i] ?? '').filter((c) => c !== '')).size
    if (best === -1 || distinct > bestDistinct) [best, bestDistinct] = [i, distinct]
  })
  return best
}

/**
 * A second header row under columns the first one merged (`责任单位` over `牵头单位 | 配合单位`): its names label those
 * columns, which the first row would name alike. Known by standing right under the header, its 序号 cell merged
 * down (repeating 序号, or empty), and every cell but those the header merged down to it a column's name
 * (COLUMN_NAME). Null for a task's row, and for a group's (`| | 一、党的建设 | 机关党委 | |`), whose 序号 cell is as
 * empty and whose cells as short: a group's title and the unit that leads it name no column.
 */
function subHeader(row: string[] | undefined, headerRow: string[], numberColumn: number): string[] | null {
  if (!row) return null
  const numberCell = row[numberColumn] ?? ''
  if (numberCell !== '' && numberCell !== headerRow[numberColumn]) return null
  const names = distinctCells(row).filter((c) => c !== headerRow[numberColumn])
  if (names.length < 2) return null
  return row.every((c, i) => c === '' || c === headerRow[i] || isColumnName(headerCell(c))) ? row : null
}

/** A column's name: 牵头单位, 完成时限. */
const MAX_NAME = 8
/** What a column of a task table is named for: who carries a task out, by when, how far, with what note. */
const COLUMN_NAME = /(单位|部门|科室|处室|股室|领导|负责人|责任人|联系人|时限|时间|日期|期限|节点|进度|季度|备注|任务|内容|措施|举措|目标|指标|标准|成果|要求|分工|牵头|配合|协办|主办|参与)$/

function isColumnName(cell: string): boolean {
  return [...cell].length <= MAX_NAME && !/[。；;，,、.．\d（(]/.test(cell) && COLUMN_NAME.test(cell)
}
