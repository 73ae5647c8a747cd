/**
 * A page's text from its text items in drawing order, with the rows of a table laid out one row a line.
 *
 * Word, WPS and LibreOffice draw a table cell by cell: the row's first cell, then the next cell's lines from the
 * row's top again. Read in drawing order, a task cell that wraps (`开展“开学第一课”等主题` / `教育活动`) leaves its
 * second line between its row's cells, and the cells after it on a line of their own, so a row came out over three
 * lines that the cleaner could neither join nor read as a row. The drawing order itself tells the cells apart: the next
 * cell starts to the right of the one before and back up at the row's top (or on its line, past a gap); a cell's next
 * line starts below, inside the cell's width; anything else ends the row. Consecutive rows of two cells or more,
 * the first of three or more, are a table: each row is laid out on one line, its cells apart by tabs in the
 * columns the first row sets (task-table-rows.ts reads such rows), a wrapped cell's lines joined. Everything else is
 * the text pdf.js gives: each item's string, a line break where it ends a line. Pure.
 */

/** A text item as pdf.js reports it: its string, where it starts (x, baseline y), how wide, the font's size. */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  fontSize: number
  hasEOL: boolean
}

interface Cell {
  x0: number
  xEnd: number
  lastY: number
  lastEnd: number
  lines: string[]
}
interface Row {
  cells: Cell[]
  /** Indices of the items the row holds, whitespace included. */
  items: number[]
}

/** A gap wider than this many font sizes between two items on one line parts two cells. */
const CELL_GAP = 0.8
/** A cell's next line is at most this many font sizes below its last. */
const MAX_LEADING = 2.5
const MIN_TABLE_ROWS = 2
const MIN_HEAD_CELLS = 3

/** The page's text, a table's rows one a line with their cells apart by tabs. */
export function pageTextWithTableRows(items: readonly PdfTextItem[]): string {
  const rows = tableRows(items)
  if (rows.size === 0) return items.map((it) => it.str + (it.hasEOL ? '\n' : '')).join('')
  let text = ''
  const skip = new Set<number>()
  for (const [i, it] of items.entries()) {
    const row = rows.get(i)
    if (row !== undefined) {
      if (text !== '' && !text.endsWith('\n')) text += '\n'
      text += `${row.line}\n`
      for (const k of row.items) skip.add(k)
    }
    if (skip.has(i)) continue
    text += it.str + (it.hasEOL ? '\n' : '')
  }
  return text
}

/** The table rows of a page, keyed by the index of each row's first item: its laid-out line and the items it holds. */
function tableRows(items: readonly PdfTextItem[]): Map<number, { line: string; items: number[] }> {
  const found = new Map<number, { line: string; items: number[] }>()
  const rows = drawnRows(items)
  for (let r = 0; r < rows.length; r++) {
    // A heading set with wide letter spacing (`沅 陵 县 教 育 局`) parts its characters by gaps too: no table.
    if (rows[r].cells.filter((c) => c.lines.join('').trim().length > 1).length < MIN_HEAD_CELLS) continue
    const columns = rows[r].cells.map((c) => c.x0)
    const tolerance = fontSizeOf(items, rows[r]) / 2
    let end = r + 1
    while (end < rows.length && rows[end].cells.length >= 2 && fitsColumns(rows[end], columns, tolerance)) end++
    if (end - r < MIN_TABLE_ROWS) continue
    for (let k = r; k < end; k++) found.set(rows[k].items[0], { line: layOut(rows[k], columns, tolerance), items: rows[k].items })
    r = end - 1
  }
  return found
}

/** The items grouped into rows of cells as the drawing order sets them out. */
function drawnRows(items: readonly PdfTextItem[]): Row[] {
  const rows: Row[] = []
  let row: Row | null = null
  let cell: Cell | null = null
  const start = (it: PdfTextItem): Cell => ({ x0: it.x, xEnd: it.x + it.width, lastY: it.y, lastEnd: it.x + it.width, lines: [it.str] })
  for (const [i, it] of items.entries()) {
    if (it.str.trim() === '') {
      row?.items.push(i)
      continue
    }
    const size = it.fontSize > 0 ? it.fontSize : 12
    const tol = size / 2
    if (row === null || cell === null) {
      cell = start(it)
      row = { cells: [cell], items: [i] }
      rows.push(row)
      continue
    }
    const sameLine = Math.abs(it.y - cell.lastY) < tol
    const rightOfCell = it.x >= cell.xEnd - tol
    if (sameLine && it.x <= cell.lastEnd + size * CELL_GAP) {
      cell.lines[cell.lines.length - 1] += it.str
    } else if ((sameLine && it.x > cell.lastEnd) || (it.y > cell.lastY + tol && rightOfCell)) {
      cell = start(it)
      row.cells.push(cell)
    } else if (it.y < cell.lastY - tol && cell.lastY - it.y <= size * MAX_LEADING && it.x >= cell.x0 - tol && it.x <= cell.xEnd + tol) {
      cell.lines.push(it.str)
    } else {
      cell = start(it)
      row = { cells: [cell], items: [] }
      rows.push(row)
    }
    row.items.push(i)
    cell.lastY = it.y
    cell.lastEnd = it.x + it.width
    cell.xEnd = Math.max(cell.xEnd, cell.lastEnd)
  }
  return rows
}

/** Whether each cell of the row starts in a column of its own, left to right. */
function fitsColumns(row: Row, columns: number[], tolerance: number): boolean {
  let last = -1
  for (const cell of row.cells) {
    const column = columnOf(cell, columns, tolerance)
    if (column <= last) return false
    last = column
  }
  return true
}

/** The last column that starts at or left of the cell (a centred cell starts right of its column's edge); -1 if none. */
function columnOf(cell: Cell, columns: number[], tolerance: number): number {
  let found = -1
  for (const [k, x] of columns.entries()) if (x <= cell.x0 + tolerance) found = k
  return found
}

function layOut(row: Row, columns: number[], tolerance: number): string {
  const cells: string[] = columns.map(() => '')
  for (const cell of row.cells) cells[columnOf(cell, columns, tolerance)] = cell.lines.map((l) => l.trim()).join('')
  return cells.join('\t').replace(/\t+$/, '')
}

function fontSizeOf(items: readonly PdfTextItem[], row: Row): number {
  const sized = row.items.map((i) => items[i].fontSize).filter((s) => s > 0)
  return sized.length > 0 ? Math.min(...sized) : 12
}
