/**
 * A task table that prints no 序号: `工作板块 | 重点工作 | 工作措施 | 责任科室 | 完成时限`, the board merged down over
 * its tasks, as a plan set out as a table (表格式工作要点) often is. Without a 序号 column it was no task table
 * (task-table.ts), and read row by row its cells ran together once the cleaner closed the spaces between them
 * (`党的建设深化理论武装健全“第一议题”制度…机关党委12月`). Each row reads as its task with every other column
 * labelled by its header, `深化理论武装。工作措施：健全…；责任科室：机关党委；完成时限：12月。`, under a line naming its
 * board (a column before the task's, merged down over its tasks) when the board changes. No number is invented: the
 * rows stay the paragraphs the table prints. A table whose cells hold words only (a schedule, `3月 | 召开… | 办公室`)
 * keeps its rows as they are laid out (table-rows.ts).
 */
import { distinctCells, headerCell } from './table-rows.js'

/** Headers of the column that says what the task is; a board's (`工作板块`, `重点领域`) groups the tasks instead. */
const TASK_HEADER = /(任务|内容|事项|要点|工作|项目)/
const GROUP_HEADER = /(板块|领域|类别|方面|分类|版块)$/
/** Headers that only a task table has: who does the task and by when. */
const DUTY_HEADER = /(牵头|责任|配合|承办|主办|完成时限|时限|完成时间|时间节点|进度安排)/
const MAX_HEADER = 12
const RUNNING_TEXT = /[，。；,;]/

/** The lines a table reads as, or null when it is no task table: no header of a task and its duty, or one row. */
export function unnumberedTaskLines(rows: string[][]): string[] | null {
  return unnumberedTaskRows(rows)?.lines ?? null
}

/**
 * The lines a table reads as and which of them name a board: a web page gives them as headings (read-html.ts), so
 * the boards head the chapters of their tasks as a CMS's bold lines would.
 */
export function unnumberedTaskRows(rows: string[][]): { lines: string[]; boards: Set<number> } | null {
  const header = (rows[0] ?? []).map(headerCell)
  if (header.some((h) => h.length > MAX_HEADER) || !header.some((h) => DUTY_HEADER.test(h))) return null
  const taskColumn = header.findIndex((h) => TASK_HEADER.test(h) && !DUTY_HEADER.test(h) && !GROUP_HEADER.test(h))
  const body = rows.slice(1).filter((r) => r[taskColumn]?.trim())
  if (taskColumn < 0 || body.length < 2) return null
  // Cells of words only (`3月 | 召开全市教育工作会议 | 办公室`) stay apart in a row's line (table-rows.ts): only running
  // text in them is closed up.
  if (!body.some((r) => r.some((cell) => RUNNING_TEXT.test(cell)))) return null
  // A column before the task's that is merged down over several tasks names their board; one that is not (时间) is a value.
  const groups = header.map((_, i) => i < taskColumn && body.some((r, k) => k > 0 && r[i] !== '' && r[i] === body[k - 1][i]))
  const lines: string[] = []
  const boards = new Set<number>()
  let group = ''
  for (const row of body) {
    const rowGroup = distinctCells(row.filter((_, i) => groups[i])).join(' ')
    if (rowGroup && rowGroup !== group) boards.add(lines.push(rowGroup) - 1)
    group = rowGroup
    const task = row[taskColumn].trim()
    const labelled = header
      .map((h, i) => (i !== taskColumn && !groups[i] && row[i]?.trim() && row[i] !== task ? `${h || '备注'}：${row[i].trim().replace(/[。；;]+$/, '')}` : ''))
      .filter((l) => l !== '')
    lines.push(`${sentence(task)}${labelled.length > 0 ? sentence(labelled.join('；')) : ''}`)
  }
  return { lines, boards }
}

const sentence = (text: string) => (/[。！？；.]$/.test(text) ? text : `${text}。`)
