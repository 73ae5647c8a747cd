/**
 * A task table printed after a plan's last clause (重点任务分工表: 序号 | 重点任务 | 牵头单位 | 完成时限) and flattened
 * by PDF or Word extraction into one cell per line, or one row per line with its cells apart by spaces. Read as
 * text, its title, column names and rows run into the last clause (or its rows open clauses numbered again from 1).
 * The table restates the clauses for the units that carry them out, so it is read apart from them. Where every row
 * fills its columns, each row is its task with the other cells labelled by their columns (`1.深化理论武装。牵头单位：
 * 机关党委；完成时限：2024年12月。`), as a Word or web table's are: under an 附件 heading, or under a title of its own
 * after the last clause, the rows are the numbered tasks of a chapter (clause-splitter.ts); standing in a chapter,
 * they are its passages. A table whose cells cannot be told apart stays its title, then one line per row with its
 * cells side by side (`1 深化理论武装 机关党委 2024年12月`).
 *
 * A table is known by its head after a numbered line of the body: a `序号` cell followed by at least two other
 * column names, one per line or side by side on one line. Its rows start at the row numbers 1, 2, 3 … that follow
 * in order: a bare number (one cell a line) or a number and a space before the row's cells (one row a line); any
 * other line continues the row above (its next cell, or a long cell wrapped onto a second line).
 * Pure: lines in, the body and the table's lines out.
 */
import { readLineMarker } from './line-markers.js'
import { numberedTableEnd, splitNumberedTable } from './numbered-table.js'
import { cellLinesTable } from './cell-lines-table.js'
import { isOneCellRow, labelledRowGroups, labelledRowsEnd } from './table-groups.js'
import { afterFirstClause, columnNames, NOTE, TABLE_TITLE, tableHead } from './table-head.js'
import { unnumberedHead, unnumberedTableEnd, unnumberedTasks } from './table-without-number.js'

/**
 * The body and the table cut off it. `tasks`, when every row fills its columns one cell each: the rows as numbered
 * tasks labelled by their columns (`1.培育党建示范校10所。牵头单位：机关党委；完成时限：2024年12月。`), `notes` the
 * lines under them, and `title` the table's title line. The table's lines as laid out stay in `table` for a table that
 * cannot be labelled.
 */
export interface TaskTableSplit {
  body: string[]
  table: string[] | null
  at?: number
  tasks?: string[]
  /** The lines under the labelled rows (`注：…`, a sentence): passages of their own. */
  notes?: string[]
  title?: string
}

export function splitTaskTable(lines: string[]): TaskTableSplit {
  // A document that is a task table alone: its rows are its body's tasks.
  const titled = titledAfterProse(lines)
  const tasks = titled === -1 ? tableDocumentRows(lines) : lines
  if (tasks !== lines) return { body: tasks, table: null }
  const head = titled === -1 ? tableHead(lines) : titled
  if (head === -1) {
    const titledRows = titledLabelledRows(lines)
    if (titledRows) return titledRows
    // A table without 序号 (`重点任务 牵头单位 完成时限` over rows of as many cells): its lines as the cleaner laid them out.
    const unnumbered = unnumberedHead(lines)
    if (unnumbered === -1) return cellLinesSplit(lines)
    const titled = unnumbered > 0 && TABLE_TITLE.test(lines[unnumbered - 1].trim())
    const from = titled ? unnumbered - 1 : unnumbered
    // Its rows end where the cleaner's did; the text under them (a note) goes with the table up to the plan's next
    // numbered line. Taken to the end, a table in the middle of the body made the chapters after it table text.
    let end = unnumberedTableEnd(lines.map((l) => l.trim()), unnumbered)
    while (end < lines.length && readLineMarker(lines[end]) === null) end++
    const table = lines.slice(from, end).map((l) => l.trim()).filter((l) => l !== '')
    const labelled = unnumberedTasks(table.slice(titled ? 1 : 0))
    // Where body follows, the table's passages go back where it stood once read (table-in-place.ts).
    return {
      body: [...lines.slice(0, from), ...lines.slice(end)],
      table,
      ...(end < lines.length ? { at: from } : {}),
      ...(labelled ? { tasks: labelled.tasks, notes: labelled.after.filter((l) => l !== '') } : {}),
      ...(labelled && titled ? { title: table[0] } : {}),
    }
  }
  // The rows end where the body resumes: taken to the end, a table in the middle of the body made the chapters
  // after it text of its last row (`2 … 2024年9月 三、建设高素质教师队伍 1.加强师德师风建设。…`).
  const end = numberedTableEnd(lines, head)
  const split = splitNumberedTable(lines.slice(0, end), head)
  const { body, table, after } = split
  const rest = lines.slice(end)
  // Where body follows, the table's passages go back where it stood once read (table-in-place.ts).
  return {
    body: [...body, ...rest],
    table: table && [...table, ...after],
    ...(table && rest.length > 0 ? { at: body.length } : {}),
    ...(split.tasks ? { tasks: split.tasks, notes: after } : {}),
    ...(split.tasks && split.title ? { title: split.title } : {}),
  }
}

/**
 * A Word table titled after the body's text: the reader wrote each row already labelled (`2024年重点任务分工表` /
 * `一、党的建设` / `1.深化理论武装。责任单位：…`), so no 序号 head is left to find it by; its group lines were read as
 * chapters of the body, or its rows as clauses run on from the body's (the title and rows 1-3 text of clause 3). Known
 * by its title, with text above it, over labelled rows (table-groups.ts labelledRowsEnd), under group lines or
 * numbered 1, 2, 3 … alone; its lines are the table's tasks, as the same table written as text gives. What follows
 * the rows decides where the table stands: text the body numbers (`三、强化保障`) means the body resumes, so the table
 * stands in it where printed (`at`), as a text table in mid-body does; lines the body numbers not (`注：…`, a closing
 * sentence) stay under it as its notes, never text of its last task. Null for anything else.
 */
function titledLabelledRows(lines: string[]): TaskTableSplit | null {
  for (let title = 1; title < lines.length; title++) {
    if (!TABLE_TITLE.test(lines[title].trim()) || readLineMarker(lines[title]) !== null) continue
    if (!lines.slice(0, title).some((l) => l.trim() !== '')) continue
    const end = labelledRowsEnd(lines, title + 1)
    const rows = lines.slice(title + 1, end)
    if (labelledRowGroups(rows).size === 0 && !rowsInOrder(rows)) continue
    const trimmed = (from: string[]) => from.map((l) => l.trim()).filter((l) => l !== '')
    const tasks = trimmed(rows)
    const rest = lines.slice(end)
    const table = [lines[title].trim(), ...tasks]
    if (rest.some((l) => readLineMarker(l) !== null)) return { body: [...lines.slice(0, title), ...rest], table, at: title, tasks, notes: [], title: table[0] }
    return { body: lines.slice(0, title), table, tasks, notes: trimmed(rest), title: table[0] }
  }
  return null
}

/**
 * Two labelled rows or more numbered 1, 2, 3 … in order, one a line, each of one short cell: a table's rows under no
 * group line. Clauses written as sentences under a heading ending in 表 or 清单 are the body's clauses.
 */
function rowsInOrder(rows: string[]): boolean {
  const numbers = rows.filter((l) => l.trim() !== '').map((l) => (isOneCellRow(l) ? Number(/^\d+/.exec(l.trim())?.[0]) : NaN))
  return numbers.length >= 2 && numbers.every((n, k) => n === k + 1)
}

/**
 * A table without 序号 one cell a line (cell-lines-table.ts) cut off the body, its rows labelled tasks; else the body
 * as it is.
 */
function cellLinesSplit(lines: string[]): TaskTableSplit {
  const from = afterFirstClause(lines)
  const found = from === -1 ? null : cellLinesTable(lines, from)
  if (!found) return { body: lines, table: null }
  const { head, end, tasks } = found
  const titled = head > 0 && TABLE_TITLE.test(lines[head - 1].trim())
  const start = titled ? head - 1 : head
  const table = lines.slice(start, end).map((l) => l.trim()).filter((l) => l !== '')
  return {
    body: [...lines.slice(0, start), ...lines.slice(end)],
    table,
    ...(end < lines.length ? { at: start } : {}),
    tasks,
    notes: [],
    ...(titled ? { title: table[0] } : {}),
  }
}

/**
 * An attachment's lines with its task table read as the tasks it lists, one line a row as the readers write a Word
 * or web table's (`1.理论武装。具体内容：…；责任股室：党建办；完成时间：2024年12月。`), so each row is a task of the
 * attachment, its cells labelled by their columns. A table whose rows do not fill its columns one cell each (a cell
 * flattened into two, a column left empty) cannot be labelled: it stays one passage a row, its cells apart.
 */
export function attachmentTableRows(lines: string[]): string[] {
  return attachmentTasks(lines).lines
}

/**
 * The same, with `groups`: where the lines hold labelled tasks, the group lines among them (`一、党的建设` over its
 * rows, table-groups.ts), which head sections of the attachment's chapter as they do under a table's own title. Read
 * by their 一、 alone, they became chapters of the body and the attachment's chapter was lost.
 */
export function attachmentTasks(lines: string[]): { lines: string[]; groups: Set<number> } {
  const { body, table, tasks, title, after } = splitNumberedTable(lines, tableHead(lines, 0))
  if (!table) {
    const head = lines.findIndex((l) => columnNames(l) !== null)
    const labelled = head === -1 ? null : unnumberedTasks(lines.slice(head))
    if (labelled) return { lines: [...lines.slice(0, head), ...labelled.tasks, ...labelled.after], groups: groupLines(labelled.tasks, head) }
    const cells = cellLinesTable(lines, 0)
    return cells
      ? { lines: [...lines.slice(0, cells.head), ...cells.tasks, ...lines.slice(cells.end)], groups: groupLines(cells.tasks, cells.head) }
      : { lines, groups: labelledRowGroups(lines) }
  }
  if (!tasks) return { lines: [...body, ...table, ...after], groups: new Set() }
  const from = body.length + (title ? 1 : 0)
  return { lines: [...body, ...(title ? [title] : []), ...tasks, ...after], groups: groupLines(tasks, from) }
}

/** The lines among labelled tasks that are no task (`1.…`): their groups' lines. `from`: where the tasks stand. */
export function groupLines(tasks: string[], from = 0): Set<number> {
  return new Set(tasks.flatMap((line, i) => (/^\d+\./.test(line) ? [] : [from + i])))
}

/**
 * A document that is a task table and nothing before it but words (`平度市2024年教育工作要点任务分工`, posted as a
 * file of its own, or a 分工方案 whose text opens with its table): no numbered line of a body stands above its
 * 序号 head, so the table was never a body's (splitTaskTable looks for one after the first clause) and every cell
 * was a passage of its own (`1`, `组织科`, `2024年12月`). Its rows are its tasks, as an attachment's are. Else the
 * lines as they are.
 */
function tableDocumentRows(lines: string[]): string[] {
  const head = tableHead(lines, 0)
  if (head === -1 || lines.slice(0, head).some((l) => readLineMarker(l) !== null)) return lines
  return attachmentTableRows(lines)
}
/**
 * The 序号 head of a table titled on a line of its own (`2024年重点任务分工表`) under a body of prose alone, no line of
 * it numbered: the body's table, as it is under a body of clauses, not a document that is a table alone, whose rows
 * would be the body's own clauses and its title a paragraph of it. -1 for anything else.
 */
function titledAfterProse(lines: string[]): number {
  const head = tableHead(lines, 0)
  if (head < 1 || !TABLE_TITLE.test(lines[head - 1].trim())) return -1
  const above = lines.slice(0, head - 1)
  return above.some((l) => l.trim() !== '') && above.every((l) => readLineMarker(l) === null) ? head : -1
}
/**
 * The count of the chapter a titled table after the body's last clause becomes (clause-splitter.ts): before the
 * attachments' (101 on, appendix.ts), after any chapter the body numbers, so its tasks' ids (`-100-1`) meet none.
 */
export const TABLE_ORDINAL = 100
