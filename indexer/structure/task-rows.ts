/**
 * The rows of a task table read as text (task-table.ts) as the tasks they list: each row's cells told apart, one a
 * column, and written as its task with the other cells labelled by their columns' names
 * (`1.深化理论武装……。牵头单位：办公室；完成时限：2024年12月。`), as a Word or web table's rows are (read/task-table.ts).
 * Pure: column names and rows in, lines out.
 */
import { fitsColumn, shapedColumn, unitColumn } from './cell-shapes.js'
import { foldDigits } from './numeral-glyphs.js'

export interface TableRow {
  number: number
  cells: string[]
  /** Lines a long cell wrapped onto, under a row one a line. */
  wrapped: string[]
  /** The line of the group the row is the first of (`一、党的建设`, table-groups.ts). */
  group?: string
}

/** A row of a table one row a line: its number (`1`, or `1.` `1、` as some 序号 cells print it), a space, its first cell. */
const ROW = /^([0-9０-９]{1,3})[.．、]?[ \t\u3000\u00a0]+\S/

/** The number a row of a table one row a line opens with (`3  新组建…` → 3), or null. */
export function rowNumber(line: string): number | null {
  const m = ROW.exec(line.trim())
  return m ? Number(foldDigits(m[1])) : null
}

/** What parts a table's cells on one line: spaces, tabs, full-width and no-break spaces. */
export const CELL_GAP = /[ \t\u3000\u00a0]+/

/** Names of a column that groups tasks (任务类别, 重点领域): its cell spans the rows of its tasks. */
const GROUP_HEADER = /(类别|类型|领域|板块|版块|方面|分类)$/

/** The column that groups the tasks (任务类别), or -1. */
export function groupColumnOf(names: string[]): number {
  return names.findIndex((n) => GROUP_HEADER.test(n))
}

/** Headers of the column that says what the task is. */
export const TASK_HEADER = /(任务|内容|事项|措施|举措|要点|工作|项目|目标)/

/**
 * The column that says what the task is: the first named for a task that is no category's (任务类别 names tasks too,
 * and taken for the task it headed every row with its category); -1 when none.
 */
export function taskColumnOf(names: string[]): number {
  return names.findIndex((n) => TASK_HEADER.test(n) && !GROUP_HEADER.test(n))
}

/**
 * The rows as task lines, each cell under its column's name; null unless every row has one cell a column. A line
 * a cell wrapped onto continues the row's longest cell: the one too long for its column. A wrapped line of two
 * pieces or more (`制度  人事科`) wrapped two cells, which cannot be told apart: the unit's end went into the task.
 * A row short of cells is completed by what it wrapped onto (rowCells), or by the category above it (a category
 * merged down over its tasks is printed once, on its first row).
 */
export function taskLines(names: string[], rows: TableRow[]): string[] | null {
  const columns = names.slice(1)
  const group = groupColumnOf(columns)
  const taskColumn = taskColumnOf(columns)
  if (taskColumn < 0 || rows.length < 2) return null
  const full: string[][] = []
  for (const row of rows) {
    const cells = rowCells(row, columns, group, full.at(-1)) ?? wrappedCells(row, columns, taskColumn)
    if (!cells) return null
    full.push(cells)
  }
  return rows.flatMap(({ number, group }, k) => {
    const labelled = new Map(full[k].flatMap((c, i): [number, string[]][] => (i === taskColumn ? [] : [[i + 1, [c]]])))
    // A group's line stays over its first task, as a Word table's group row does (read/task-table.ts).
    return [...(group ? [group] : []), taskLine(number, [full[k][taskColumn]], names, labelled)]
  })
}

/** More lines than this over a row's columns are no wrapped cells: too many ways to group them. */
const MAX_WRAPPED_LINES = 8

/**
 * A row of one cell a line with more lines than columns: a cell wrapped onto the line under it (`开展…等主题` /
 * `教育活动`, as a PDF's text gives a table cell by cell). The lines are grouped in order into the columns, so that
 * each deadline and unit column holds one cell of its shape (cell-shapes.ts), units one a line listed (、). Of several
 * groupings, the ones that put fewest lines shaped as a unit or a deadline into the task; of those still several, the
 * one that puts every wrapped line into the task's cell, which wraps most; else null.
 */
export function wrappedCells(row: Pick<TableRow, 'cells' | 'wrapped'>, columns: string[], taskColumn: number): string[] | null {
  const { cells } = row
  const extra = cells.length - columns.length
  if (row.wrapped.length > 0 || extra < 1 || extra > MAX_WRAPPED_LINES || !columns.some(shapedColumn)) return null
  const fits: { cells: string[]; strays: number }[] = []
  const group = (from: number, column: number, taken: string[], strays: number): void => {
    if (column === columns.length) {
      if (from === cells.length) fits.push({ cells: taken, strays })
      return
    }
    for (let to = from + 1; to <= cells.length - (columns.length - column - 1); to++) {
      const pieces = cells.slice(from, to)
      const cell = joinPieces(columns[column], pieces)
      const stray = shapedColumn(columns[column]) ? 0 : pieces.slice(1).filter((l) => columns.some((name) => shapedColumn(name) && fitsColumn(name, l))).length
      if (fitsColumn(columns[column], cell)) group(to, column + 1, [...taken, cell], strays + stray)
    }
  }
  group(0, 0, [], 0)
  // A line that is a unit or a deadline by itself (`基础教育科`, `2024年9月`) is its column's, no task's wrapped words.
  const fewest = Math.min(...fits.map((f) => f.strays))
  const best = fits.filter((f) => f.strays === fewest).map((f) => f.cells)
  if (best.length === 1) return best[0]
  const intoTask = [...cells.slice(0, taskColumn), cells.slice(taskColumn, taskColumn + extra + 1).join(''), ...cells.slice(taskColumn + extra + 1)]
  return best.some((f) => f.every((c, i) => c === intoTask[i])) ? intoTask : null
}

/** A cell's lines as one: units one a line (`基础教育科` / `规划建设科`) listed apart by 、, a wrapped line joined. */
function joinPieces(column: string, pieces: string[]): string {
  const listed = pieces.length > 1 && unitColumn(column) && pieces.every((piece) => fitsColumn(column, piece)) && !pieces.some((piece) => /[、，,]$/.test(piece))
  return pieces.join(listed ? '、' : '')
}

/**
 * A row's cells, one a column, or null when they cannot be told apart. A row with all its cells takes a line it
 * wrapped onto into the one unit or deadline cell it completes (`德育股、基础教` + `育股`), else into its longest cell
 * (a line of two pieces or more wrapped two cells: null). A row one cell short
 * under a category column is a task of the category above it, printed once over its rows; another short row is
 * completed by its wrapped line's pieces (`2  …覆盖率达到92%` over `以上  基础教育科  2024年9月`): the first glued
 * to the row's last cell when one piece too many, so that the pieces fill the columns.
 */
function rowCells(row: TableRow, names: string[], group: number, above: string[] | undefined): string[] | null {
  const count = names.length
  const { cells, wrapped } = row
  const pieces = wrapped.flatMap((line) => line.split(CELL_GAP))
  const intoLongest = (full: string[]) => {
    if (wrapped.length === 0) return full
    if (wrapped.some((line) => line.split(CELL_GAP).length > 1)) return null
    const into = cutShapedCell(full, names, wrapped.join('')) ?? full.reduce((at, c, i) => (c.length > full[at].length ? i : at), 0)
    return full.map((c, i) => (i === into ? c + wrapped.join('') : c))
  }
  if (cells.length === count) return intoLongest([...cells])
  if (cells.length === count - 1 && group !== -1 && above) return intoLongest([...cells.slice(0, group), above[group], ...cells.slice(group)])
  if (cells.length > count || cells.length === 0) return null
  if (cells.length + pieces.length === count) return [...cells, ...pieces]
  if (cells.length + pieces.length - 1 === count) return [...cells.slice(0, -1), cells.at(-1)! + pieces[0], ...pieces.slice(1)]
  return null
}

/**
 * The one cell of a unit or deadline column cut short of its shape that the wrapped words complete (`基础教` +
 * `育股`), or null: with none, or two, the words are the longest cell's.
 */
function cutShapedCell(cells: string[], names: string[], words: string): number | null {
  const cut = cells.flatMap((c, i) => (shapedColumn(names[i]) && !fitsColumn(names[i], c) && fitsColumn(names[i], c + words) ? [i] : []))
  return cut.length === 1 ? cut[0] : null
}

/**
 * A labelled table that stands within a chapter, or after the body with no title to head a chapter of its own: its
 * title, then a passage a row, the task and its labelled columns without the row's number, which would read as the
 * chapter's clause number (`培育党建示范校10所。牵头单位：机关党委；完成时限：2024年12月。`).
 */
export function taskPassages(title: string | undefined, tasks: string[], notes: string[]): string[] {
  return [...(title ? [title] : []), ...tasks.map((line) => line.replace(/^\d+\./, '')), ...notes]
}

/** `1.深化理论武装……。牵头单位：办公室、组织科；完成时限：2024年12月。`: the task first, so it gives the clause its heading. */
export function taskLine(n: number, parts: string[], header: string[], columns: Map<number, string[]>): string {
  const sentence = (text: string) => (/[。！？；.]$/.test(text) ? text : `${text}。`)
  const task = parts.map(sentence).join('')
  const labelled = [...columns].map(([i, values]) => `${header[i] || '备注'}：${values.join('、')}`).join('；')
  return `${n}.${task}${labelled ? sentence(labelled) : ''}`
}
