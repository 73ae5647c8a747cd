/**
 * A group's row in a task table written as text one row a line: `序号  工作任务  责任单位  完成时限` over `一、党的建设`,
 * then the group's rows `1  深化理论武装…  机关党委  2024年12月`, `二、教育均衡` over the next (the group's cell merged
 * across the row in the printed table). Read as a chapter heading, the first group line ended the table right under its
 * head, so the rows ran into the body's last clause as prose and a row numbered like the body became its clause.
 *
 * Known by its marker (一、 （一） as a chapter or section heading prints), a short name with no sentence in it, and the
 * row right under it: the table's next row, or row 1 where the rows are numbered again under each group (then with one
 * cell a column, as a clause printed with its title apart, `1. 加强师德师风建设 坚持…`, seldom has).
 * Pure: lines in, the number the group's first row takes out.
 */
import { readLineMarker } from './line-markers.js'
import { CELL_GAP, rowNumber } from './task-rows.js'

const MAX_GROUP = 24
const SENTENCE = /[，,。；;：:！!？?]/

/**
 * The number of the row under the group line at `i`, when it is one: `next` (the rows count on through the groups) or
 * 1 (they start again); else null. `columns`: how many the table's head names.
 */
export function groupRowAt(lines: string[], i: number, next: number, columns: number): number | null {
  const below = rowBelowGroup(lines, i)
  if (below === -1) return null
  const number = rowNumber(lines[below])
  if (number === next) return next
  return number === 1 && lines[below].trim().split(CELL_GAP).length === columns ? 1 : null
}

/**
 * The same in a table of one cell a line, its row numbers bare lines of their own (`一、党的建设` over `1` over
 * `深化理论武装…` over `机关党委`): the number of the row under the group line at `i`, `next` or 1, else null.
 */
export function cellGroupRowAt(lines: string[], i: number, next: number): number | null {
  const below = rowBelowGroup(lines, i)
  if (below === -1) return null
  const number = lines[below].trim()
  return number === String(next) ? next : number === '1' ? 1 : null
}

/** The index of the first line under a group line at `i` (`一、党的建设`: a short name, no sentence), or -1. */
function rowBelowGroup(lines: string[], i: number): number {
  const line = lines[i].trim()
  const kind = readLineMarker(line)?.kind
  if ((kind !== 'chapter' && kind !== 'section') || [...line].length > MAX_GROUP || SENTENCE.test(line)) return -1
  let k = i + 1
  while (k < lines.length && lines[k].trim() === '') k++
  return k < lines.length ? k : -1
}

/** A row a reader labelled by its columns (`1.深化理论武装。责任单位：机关党委；完成时限：2024年12月。`, read/task-table.ts). */
const LABELLED_ROW = /^\d+\.\S.*[。！？；.][^。；;：:，,]{2,8}：/
/** Whether a line is such a row, its number as any list prints it (`1.`, `（1）`). */
export const isLabelledRow = (line: string) => LABELLED_ROW.test(asRow(line))
const asRow = (line: string) => line.trim().replace(/^[（(]?(\d+)[)）.．、]?\s*/, '$1.')

/**
 * A labelled row of one cell: its task one stretch without a sentence's end, then nothing but its labelled cells
 * (`1.新增学位3000个。责任单位：基础教育科；完成时限：2024年9月。`). A clause written as sentences
 * (`1.推进义务教育优质均衡发展。新增学位3000个。责任单位：基础教育科。`) has its heading's sentence and more before them.
 */
const ONE_CELL_ROW = /^\d+\.[^。！？；]+[。！？；](?:[^。！？；;：:，,]{2,8}：[^。！？；]*；)*[^。！？；;：:，,]{2,8}：[^。！？；]*[。！？]?$/
export const isOneCellRow = (line: string) => ONE_CELL_ROW.test(asRow(line))

/**
 * The group lines of a table a reader already wrote one labelled row a line (a Word table under 附件, its groups' rows
 * merged across: `一、党的建设` over `1.深化理论武装。责任单位：…`): each a group's name over a labelled row, every other
 * line such a row. Empty for any other text: an attachment that numbers its own chapters keeps them.
 */
export function labelledRowGroups(lines: string[]): Set<number> {
  const groups = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (line === '' || LABELLED_ROW.test(line)) continue
    const below = rowBelowGroup(lines, i)
    if (below === -1 || !LABELLED_ROW.test(lines[below].trim())) return new Set()
    groups.add(i)
  }
  return groups.size > 0 && groups.size < lines.filter((l) => l.trim() !== '').length ? groups : new Set()
}

/**
 * The end (exclusive) of the labelled rows and their group lines from `from` on (blank lines among them aside): the
 * first line that is neither, where the text under a Word table (a note, the body resumed) begins.
 */
export function labelledRowsEnd(lines: string[], from: number): number {
  let end = from
  for (let i = from; i < lines.length; i++) {
    const line = lines[i].trim()
    if (line === '') continue
    const below = LABELLED_ROW.test(line) ? i : rowBelowGroup(lines, i)
    if (below === -1 || !LABELLED_ROW.test(lines[below].trim())) break
    end = i + 1
  }
  return end
}
