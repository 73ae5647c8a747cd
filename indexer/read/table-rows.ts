/**
 * A table that is no task table (task-table.ts) read one row to a line, its cells side by side, as a web
 * page's table reads (read-html.ts): `3月 召开全市教育工作会议 办公室`. Read cell by cell, as a Word
 * extraction does, each cell would be a paragraph of its own, and under a chapter of prose every cell
 * (办公室, 3月) would become a passage.
 *
 * A table used to lay out the page (the whole plan in one cell, or a column of long paragraphs) is no such
 * table: its cells stay the paragraphs they are.
 */

/** A cell longer than this holds running text, not a value: the table lays out the page. */
const MAX_CELL_CHARS = 300

/**
 * The lines of a table of values, given its rows of cell texts (merged cells repeated in every place they
 * cover); null for a layout table: one row or one column, or a cell of running text.
 */
export function tableRowLines(rows: string[][]): string[] | null {
  const columns = Math.max(0, ...rows.map((r) => distinctCells(r).length))
  if (rows.length < 2 || columns < 2) return null
  if (rows.some((r) => r.some((cell) => [...cell].length > MAX_CELL_CHARS))) return null
  return rows.map((r) => distinctCells(r).join(' ')).filter((line) => line.trim() !== '')
}

/** A row's cells without the repeats a cell merged across columns leaves, and without empty cells. */
export function distinctCells(row: string[]): string[] {
  return row.filter((cell, i) => cell !== '' && cell !== row[i - 1])
}

/**
 * A header cell as it reads: Word tables space out a short header to fill its column (`序  号`, `责 任 单 位`),
 * which no header pattern and no label of a task's column should keep.
 */
export function headerCell(text: string): string {
  return text.trim().replace(/(?<=[\u3400-\u9fff])[ \t\u3000\u00a0]+(?=[\u3400-\u9fff])/g, '')
}
