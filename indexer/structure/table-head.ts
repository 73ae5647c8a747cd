/**
 * The head of a task table read as text (task-table.ts): its column names, one a line or side by side on one line,
 * the title above them, and the note that ends the rows under them. The names are what tells a table from the body:
 * a 序号 cell followed by at least two other column names, or, without 序号, three names with a task's among them.
 * Pure: lines in, names and indexes out.
 */
import { readLineMarker } from './line-markers.js'
import { CELL_GAP, rowNumber } from './task-rows.js'
import { cellGroupRowAt, groupRowAt } from './table-groups.js'

/**
 * Column names of a task table, as plans print them: county bureaus name their offices 股室, provincial 处室; a table
 * of building projects names its 项目 (项目名称), what is built (建设内容, 建设规模) and where; a category merged down over
 * its tasks is named for its kind (任务类别, 重点领域, 工作板块).
 */
export const COLUMN =
  /^(序号|类别|任务类别|工作类别|类型|任务类型|工作类型|领域|重点领域|工作领域|板块|工作板块|分类|项目|项目名称|重点项目|建设内容|建设规模|建设地点|工作事项|进度安排|时间安排|重点任务|工作任务|任务|主要任务|具体任务|目标任务|工作目标|工作内容|任务内容|具体内容|重点工作|工作措施|具体措施|工作要求|牵头单位|责任单位|配合单位|责任科室|牵头科室|责任股室|牵头股室|配合股室|责任处室|牵头处室|配合处室|责任部门|牵头部门|配合部门|责任领导|分管领导|责任人|完成时限|完成时间|推进时限|时间节点|时限|备注)$/
/** The table's title, on the line above its head: short, no sentence, ends in 表 or 清单. */
export const TABLE_TITLE = /^[^。；;，,：:]{2,40}(表|清单)$/
export const MIN_COLUMNS = 3

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

/** A note under a table (`注：各牵头单位于每季度末报送进展情况。`, `说明：…`): it ends the table, no wrapped cell. */
export const NOTE = /^(注|备注|附注|说明|填表说明)[ \t\u3000]*[0-9０-９]?[ \t\u3000]*[：:]/

/**
 * Where a body's table may start: after its first numbered clause, or, in a plan that numbers its chapters alone
 * over prose (一、总体要求 / 2024年，全县教育…), after its first chapter heading. Sought from the first
 * clause only, such a plan's table was never found and each of its cells was a paragraph (序号, 1, 机关党委 …).
 */
export function afterFirstClause(lines: string[]): number {
  const numbered = lines.findIndex((l) => readLineMarker(l)?.kind === 'clause')
  if (numbered !== -1) return numbered + 1
  // Chapters over items of their own (（一）…) keep their tables as laid out (layouts-project-table).
  const kinds = lines.map((l) => readLineMarker(l)?.kind)
  if (kinds.includes('section')) return -1
  const heading = kinds.indexOf('chapter')
  return heading === -1 ? -1 : heading + 1
}
/** A head cell on a line of its own, its spaced-out name closed up (`序  号`). */
export const cellName = (line: string) => line.trim().replace(/(?<=[\u3400-\u9fff])[ \t\u3000\u00a0]+(?=[\u3400-\u9fff])/g, '')
/**
 * Whether a table's head starts at lines[i]: its column names side by side on the line, or one a line from it
 * (`序号` / `工作任务` / `责任单位` / `完成时限`). Under it stand cells, no text of the plan's own.
 */
export function opensTable(lines: string[], i: number): boolean {
  if (columnNames(lines[i]) !== null) return true
  let k = i
  while (k < lines.length && COLUMN.test(cellName(lines[k]))) k++
  return k - i >= MIN_COLUMNS
}
/** Index of the table's head after the body's first numbered line (or from `from`), or -1. */
export function tableHead(lines: string[], from = afterFirstClause(lines)): number {
  if (from === -1) return -1
  for (let i = from; i < lines.length; i++) {
    const head = tableHeadCells(lines[i])
    if (head !== null && (rowNumber(lines[i + 1] ?? '') === 1 || (i + 1 < lines.length && groupRowAt(lines, i + 1, 1, head.length) === 1))) return i
    if (cellName(lines[i]) !== '序号') continue
    let columns = 1
    while (i + columns < lines.length && COLUMN.test(cellName(lines[i + columns])) && cellName(lines[i + columns]) !== '序号') columns++
    if (columns >= MIN_COLUMNS && (lines[i + columns]?.trim() === '1' || (i + columns < lines.length && cellGroupRowAt(lines, i + columns, 1) === 1))) return i
  }
  return -1
}
