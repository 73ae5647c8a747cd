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
import { CELL_GAP, groupColumnOf, rowNumber, TASK_HEADER, taskColumnOf, taskLine, taskLines, type TableRow } from './task-rows.js'
import { groupRowAt } from './table-groups.js'

export { CELL_GAP, rowNumber, TASK_HEADER } from './task-rows.js'

/**
 * Column names of a task table, as plans print them: county bureaus name their offices 股室, provincial 处室; a table
 * of building projects names its 项目 (项目名称), what is built (建设内容, 建设规模) and where; a category merged down over
 * its tasks is named for its kind (任务类别, 重点领域, 工作板块).
 */
const COLUMN =
  /^(序号|类别|任务类别|工作类别|类型|任务类型|工作类型|领域|重点领域|工作领域|板块|工作板块|分类|项目|项目名称|重点项目|建设内容|建设规模|建设地点|工作事项|进度安排|时间安排|重点任务|工作任务|任务|主要任务|具体任务|目标任务|工作目标|工作内容|任务内容|具体内容|重点工作|工作措施|具体措施|工作要求|牵头单位|责任单位|配合单位|责任科室|牵头科室|责任股室|牵头股室|配合股室|责任处室|牵头处室|配合处室|责任部门|牵头部门|配合部门|责任领导|分管领导|责任人|完成时限|完成时间|推进时限|时间节点|时限|备注)$/
/** The table's title, on the line above its head: short, no sentence, ends in 表 or 清单. */
const TABLE_TITLE = /^[^。；;，,：:]{2,40}(表|清单)$/
const MIN_COLUMNS = 3

/** The cells of a table's head printed on one line (`序号 重点任务 牵头单位 完成时限`), or null. */
export function tableHeadCells(line: string): string[] | null {
  const cells = columnNames(line)
  return cells && cells[0] === '序号' ? cells : null
}

/** The column names of a head line, with or without 序号 (`重点任务 牵头单位 完成时限`), or null. */
export function columnNames(line: string): string[] | null {
  const cells = joinSpacedNames(line.trim().split(CELL_GAP))
  return cells.length >= MIN_COLUMNS && cells.every((c) => COLUMN.test(c)) ? cells : null
}

/**
 * `序  号` and `责 任 单 位`: a short column name Word spaced out to fill its cell comes apart at its spaces like the
 * cells do. Runs of single characters are read back as the column names they spell, one after another: `牵 头 单 位
 * 完 成 时 限` is 牵头单位 and 完成时限, `序  号  任  务` is 序号 and 任务, not one cell of eight characters or four.
 */
function joinSpacedNames(cells: string[]): string[] {
  const out: string[] = []
  let run = ''
  const flush = () => {
    if (run) out.push(...spelled(run))
    run = ''
  }
  for (const cell of cells) {
    if (/^[\u3400-\u9fff]$/.test(cell)) run += cell
    else {
      flush()
      out.push(cell)
    }
  }
  flush()
  return out
}

/**
 * A run of single characters as the column names it spells from its start, longest first (a name has at most 6
 * characters); a run that spells none, or more than a head holds, stays one cell.
 */
function spelled(run: string): string[] {
  if (run.length > 40) return [run]
  const names: string[] = []
  for (let at = 0; at < run.length; ) {
    let end = Math.min(run.length, at + 6)
    while (end > at + 1 && !COLUMN.test(run.slice(at, end))) end--
    if (end === at + 1) return [run]
    names.push(run.slice(at, end))
    at = end
  }
  return names
}

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
  const tasks = tableDocumentRows(lines)
  if (tasks !== lines) return { body: tasks, table: null }
  const head = tableHead(lines)
  if (head === -1) {
    // A table without 序号 (`重点任务 牵头单位 完成时限` over rows of as many cells): its lines as the cleaner laid them out.
    const unnumbered = unnumberedHead(lines)
    if (unnumbered === -1) return { body: lines, table: null }
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
  const split = splitAt(lines.slice(0, end), head)
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
 * The end (exclusive) of a 序号 table whose head is at `head`: the first chapter or section heading after it; in a
 * table one row a line, also the first numbered line that is not its next row (`3.强化督查问效。…` under row 2), as
 * the cleaner ends its rows (task-table-rows.ts). A table of one cell a line may hold a cell numbered `1.…`: there
 * only a heading ends it.
 */
function numberedTableEnd(lines: string[], head: number): number {
  const columns = tableHeadCells(lines[head])?.length ?? 0
  const oneLine = columns > 0
  let next = 1
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i].trim()
    if (oneLine && rowNumber(line) === next) {
      next++
      continue
    }
    // A group's line over its rows (`一、党的建设`, table-groups.ts) is the table's, no heading of the body.
    const group = oneLine ? groupRowAt(lines, i, next, columns) : null
    if (group !== null) {
      next = group
      continue
    }
    const kind = readLineMarker(line)?.kind
    if (kind === 'chapter' || kind === 'section' || (oneLine && kind !== undefined)) return i
  }
  return lines.length
}

/** A head of column names with a task's among them, no 序号, over a line of as many cells, after the body's first clause; or -1. */
function unnumberedHead(lines: string[]): number {
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
 * An attachment's lines with its task table read as the tasks it lists, one line a row as the readers write a Word
 * or web table's (`1.理论武装。具体内容：…；责任股室：党建办；完成时间：2024年12月。`), so each row is a task of the
 * attachment, its cells labelled by their columns. A table whose rows do not fill its columns one cell each (a cell
 * flattened into two, a column left empty) cannot be labelled: it stays one passage a row, its cells apart.
 */
export function attachmentTableRows(lines: string[]): string[] {
  const { body, table, tasks, title, after } = splitAt(lines, tableHead(lines, 0))
  if (!table) {
    const head = lines.findIndex((l) => columnNames(l) !== null)
    const labelled = head === -1 ? null : unnumberedTasks(lines.slice(head))
    return labelled ? [...lines.slice(0, head), ...labelled.tasks, ...labelled.after] : lines
  }
  return [...body, ...(tasks ? [...(title ? [title] : []), ...tasks] : table), ...after]
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
 * A task table without 序号, one row a line as the cleaner lays it out (task-table-rows.ts), from its head on: its
 * rows as tasks, numbered in order as a reader counts them and labelled by their columns, as a web or Word table's
 * are (unnumbered-task-table.ts), and the lines after them. Only a table whose every row has one cell a column; else null.
 */
function unnumberedTasks(lines: string[]): { tasks: string[]; after: string[] } | null {
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

/** A note under a table (`注：各牵头单位于每季度末报送进展情况。`, `说明：…`): it ends the table, no wrapped cell. */
const NOTE = /^(注|备注|附注|说明|填表说明)[ \t\u3000]*[0-9０-９]?[ \t\u3000]*[：:]/

/**
 * The table from its head on, and `after`: the lines from a note under its rows on, each kept a line of its own.
 * Taken as a wrapped cell, a note was run into the last task (`加强基层党组织建设注：各牵头单位…`), its heading.
 */
function splitAt(lines: string[], head: number): { body: string[]; table: string[] | null; tasks: string[] | null; title?: string; after: string[] } {
  if (head === -1) return { body: lines, table: null, tasks: null, after: [] }
  const from = head > 0 && TABLE_TITLE.test(lines[head - 1].trim()) ? head - 1 : head
  const oneLineHead = tableHeadCells(lines[head]) !== null
  let columns = head + 1
  while (!oneLineHead && columns < lines.length && COLUMN.test(cellName(lines[columns]))) columns++
  const names = oneLineHead ? tableHeadCells(lines[head])! : lines.slice(head, columns).map(cellName)
  const title = from < head ? [lines[from].trim()] : []
  const table = [...title, names.join(' ')]
  const rows: TableRow[] = []
  let next = 1
  const rest = lines.slice(columns).map((l) => l.trim())
  const note = rest.findIndex((l) => NOTE.test(l))
  const read = note === -1 ? rest : rest.slice(0, note)
  let group: string | undefined
  for (const [k, line] of read.entries()) {
    // A table over several pages prints its head again at the top of each: read once.
    if (oneLineHead && tableHeadCells(line) !== null) continue
    const cells = oneLineHead ? line.split(CELL_GAP) : [line]
    const groupRow = oneLineHead && line !== '' ? groupRowAt(read, k, next, names.length) : null
    if (groupRow !== null) {
      // The group's line heads its rows (table-groups.ts).
      table.push(line)
      group = line
      next = groupRow
    } else if (oneLineHead ? rowNumber(line) === next : line === String(next)) {
      table.push(cells.join(' '))
      rows.push({ number: next, cells: cells.slice(1), wrapped: [], ...(group ? { group } : {}) })
      group = undefined
      next++
    } else if (line !== '') {
      table[table.length - 1] += ` ${cells.join(' ')}`
      const row = rows.at(-1)
      if (row) (oneLineHead ? row.wrapped : row.cells).push(line)
    }
  }
  const tasks = taskLines(names, rows)
  const after = note === -1 ? [] : rest.slice(note).filter((l) => l !== '')
  return { body: lines.slice(0, from), table, tasks, ...(title.length > 0 ? { title: title[0] } : {}), after }
}

/**
 * The count of the chapter a titled table after the body's last clause becomes (clause-splitter.ts): before the
 * attachments' (101 on, appendix.ts), after any chapter the body numbers, so its tasks' ids (`-100-1`) meet none.
 */
export const TABLE_ORDINAL = 100

function afterFirstClause(lines: string[]): number {
  const numbered = lines.findIndex((l) => readLineMarker(l)?.kind === 'clause')
  return numbered === -1 ? -1 : numbered + 1
}

/** A head cell on a line of its own, its spaced-out name closed up (`序  号`). */
const cellName = (line: string) => line.trim().replace(/(?<=[\u3400-\u9fff])[ \t\u3000\u00a0]+(?=[\u3400-\u9fff])/g, '')

/** Index of the table's head after the body's first numbered line (or from `from`), or -1. */
function tableHead(lines: string[], from = afterFirstClause(lines)): number {
  if (from === -1) return -1
  for (let i = from; i < lines.length; i++) {
    const head = tableHeadCells(lines[i])
    if (head !== null && (rowNumber(lines[i + 1] ?? '') === 1 || (i + 1 < lines.length && groupRowAt(lines, i + 1, 1, head.length) === 1))) return i
    if (cellName(lines[i]) !== '序号') continue
    let columns = 1
    while (i + columns < lines.length && COLUMN.test(cellName(lines[i + columns])) && cellName(lines[i + columns]) !== '序号') columns++
    if (columns >= MIN_COLUMNS && lines[i + columns]?.trim() === '1') return i
  }
  return -1
}
