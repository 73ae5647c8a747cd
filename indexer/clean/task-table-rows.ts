/**
 * A task table (重点任务分工表) that PDF extraction gives one row a line, its cells apart by spaces or tabs:
 * `序号  重点任务  牵头单位  完成时限` / `1  培育党建示范校10所  机关党委  2024年12月`. The spaces are the table's
 * structure: repaired as prose, those between Chinese cells would go (`培育党建示范校10所机关党委2024年12月`), and
 * a row could be joined to its neighbour as a broken sentence. So the table's lines are kept as laid out, their
 * cells one space apart, and never joined; the structure reader (structure/task-table.ts) then cuts the table
 * off the last clause, its rows labelled by their columns.
 *
 * Known by its head line: 序号 and at least two other column names, nothing else, right before row 1. The
 * table runs from there to the end of the text or to the first line that opens with a numbering marker (the
 * plan's text again): rows 1, 2, 3 … in order, and between them the lines a long cell wrapped onto.
 * Pure: trimmed lines in, the indexes of the table's lines out.
 */
import { readLineMarker } from '../structure/line-markers.js'
import { groupRowAt } from '../structure/table-groups.js'
import { columnNames, tableHeadCells } from '../structure/table-head.js'
import { unnumberedTableEnd } from '../structure/table-without-number.js'
import { CELL_GAP, rowNumber, TASK_HEADER } from '../structure/task-rows.js'

/** A line of the table with its cells one space apart. */
export function layOutRow(line: string): string {
  return (tableHeadCells(line) ?? line.split(CELL_GAP)).join(' ')
}

export function taskTableRowLines(lines: string[]): Set<number> {
  const table = new Set<number>()
  const head = lines.findIndex((line, i) => {
    const names = tableHeadCells(line)
    if (names === null) return false
    const below = nextTextAt(lines, i + 1)
    // Under the head, row 1, or a group's line over it (`一、党的建设`, table-groups.ts).
    return below !== -1 && (rowNumber(lines[below]) === 1 || groupRowAt(lines, below, 1, names.length) === 1)
  })
  if (head === -1) return unnumberedTableLines(lines)
  table.add(head)
  const columns = tableHeadCells(lines[head])!.length
  let next = 1
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const group = rowNumber(line) === next ? null : groupRowAt(lines, i, next, columns)
    if (rowNumber(line) === next) next++
    else if (group !== null) next = group
    else if (readLineMarker(line) !== null) break
    table.add(i)
  }
  return table
}

/**
 * The table's lines laid out (layOutRow), each line a short cell wrapped onto put back into that cell of its row:
 * `1  深化理论武装，健全第一议题制度  机关党委、组织  2024年12月` over `…(spaces)…人事科` is one row whose unit is
 * 机关党委、组织人事科. Left as a line of its own, the structure reader could only join it to the row's longest cell,
 * the task (`…制度人事科`, the unit cut short). A wrapped piece is placed by where it starts: after as many tabs as
 * its column's cells (`⇥⇥人事科`), or, in a table aligned by spaces, where its column's cells start, counted in
 * characters or in display width (CJK characters two wide), as text exports and editors align. A line of which any
 * piece starts nowhere near a column stays as it was (null in no place): the reader then keeps the row as before.
 * `raw`: the lines before trimming, index for index with `lines`. Returns the laid-out line of each table line,
 * null for a line put into its row.
 */
export function laidOutTable(raw: string[], lines: string[], table: Set<number>): Map<number, string | null> {
  const out = new Map<number, string | null>()
  let row: { index: number; cells: string[]; starts: Starts | null } | null = null
  // A row's line is written once its wrapped lines are in: rewritten at each, a row of many would be quadratic.
  const flush = () => row && out.set(row.index, row.cells.join(' '))
  let next = 1
  const indices = [...table].sort((a, b) => a - b)
  // A table without 序号 (unnumberedTableLines) knows a row by its cells, one a column; a numbered one by its number.
  const unnumbered = indices.length > 0 && tableHeadCells(lines[indices[0]]) === null ? columnNames(lines[indices[0]])?.length ?? null : null
  const headColumns = indices.length > 0 ? tableHeadCells(lines[indices[0]])?.length ?? 0 : 0
  for (const i of indices.slice(1)) {
    const line = lines[i]
    const group = unnumbered === null && rowNumber(line) !== next ? groupRowAt(lines, i, next, headColumns) : null
    if (group !== null) {
      // A group's line over its rows (table-groups.ts) is a line of its own, no piece of the row above.
      flush()
      row = null
      next = group
      out.set(i, layOutRow(line))
      continue
    }
    if (unnumbered !== null ? line.split(CELL_GAP).length === unnumbered : rowNumber(line) === next) {
      flush()
      next++
      const cells = line.split(CELL_GAP)
      row = { index: i, cells, starts: raw[i].includes(line) ? pieceStarts(raw[i]) : null }
      if (row.starts && row.starts.length !== cells.length) row.starts = null
      continue
    }
    // A sentence under the rows (a note, `各单位按季度报送进展情况。`) is text after the table, no cell's wrapped end.
    const sentence = /[。！？]$/.test(line) || NOTE_LINE.test(line)
    const pieces = row?.starts && !sentence && raw[i].includes(line) ? pieceStarts(raw[i]) : null
    const columns = row?.starts && pieces ? pieces.map((p) => columnOf(p, row!.starts!, raw[row!.index], raw[i], pieces.length === 1)) : null
    if (!row || !pieces || !columns || columns.some((c) => c === null || c === 0)) {
      out.set(i, layOutRow(line))
      continue
    }
    pieces.forEach((p, k) => (row!.cells[columns[k]!] += p.text))
    out.set(i, null)
  }
  flush()
  return out
}

/** Where each piece starts (in characters, display width and tabs) and how wide it is. */
type Starts = { text: string; chars: number; width: number; tabs: number; span: number }[]

/** Each piece of a line apart from the next by spaces or tabs, with where it starts. */
function pieceStarts(line: string): Starts {
  const pieces: Starts = []
  let [at, width, tabs] = [0, 0, 0]
  for (const m of line.matchAll(/[^ \t\u3000\u00a0]+/g)) {
    // Counted on from the piece before, so a line of many pieces is read once.
    for (const ch of line.slice(at, m.index)) {
      width += WIDE.test(ch) ? 2 : 1
      if (ch === '\t') tabs++
    }
    at = m.index
    pieces.push({ text: m[0], chars: m.index, width, tabs, span: [...m[0]].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0) })
  }
  return pieces
}

/**
 * The column a wrapped piece starts in, by its tabs or by a column's start one place away at most; a piece alone on
 * its line may also stand centred under its column, as a Word table centres its units (by display width, its
 * centre nearer that cell's centre than any other's and within half the cell). Null when unsure.
 */
function columnOf(piece: Starts[number], row: Starts, rowLine: string, line: string, alone: boolean): number | null {
  if (rowLine.includes('\t') && line.includes('\t')) {
    // Tabs count columns only where each cell of the row is one tab after the one before.
    const tabbed = row.every((cell, k) => cell.tabs === k)
    return tabbed && piece.tabs < row.length ? piece.tabs : null
  }
  const near = (measure: 'chars' | 'width') => row.findIndex((cell) => Math.abs(cell[measure] - piece[measure]) <= 1)
  const [byChars, byWidth] = [near('chars'), near('width')]
  if (byChars !== -1 && byWidth !== -1 && byChars !== byWidth) return null
  if (byChars !== -1 || byWidth !== -1) return byChars !== -1 ? byChars : byWidth
  return alone ? centredUnder(piece, row) : null
}

/**
 * The cell a piece is centred under: no wider than the cell, its centre within the cell's own span. Measured
 * against the wider of the two, a note under the table (`    注：各责任单位…`) was near enough to any cell to be
 * run into it.
 */
function centredUnder(piece: Starts[number], row: Starts): number | null {
  const centre = (p: Starts[number]) => p.width + p.span / 2
  const distances = row.map((cell) => Math.abs(centre(cell) - centre(piece)))
  const nearest = distances.indexOf(Math.min(...distances))
  const unique = distances.filter((d) => d === distances[nearest]).length === 1
  const cell = row[nearest]
  return unique && piece.span <= cell.span && distances[nearest] <= cell.span / 2 ? nearest : null
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000\u201c\u201d\u2018\u2019]/


/**
 * A task table without a 序号 column (`重点任务  牵头单位  完成时限` over `深化理论武装，健全…  机关党委  2024年12月`):
 * with no row numbers, its rows were prose to the cleaner, their cells closed up and the rows joined as one broken
 * sentence (`…制度机关党委2024年12月加强基层…`). Known by a head of three column names or more, one of them the
 * task's, over a line of as many cells; its rows end where the structure reader ends them (unnumberedTableEnd).
 */
function unnumberedTableLines(lines: string[]): Set<number> {
  const table = new Set<number>()
  const cellCount = (line: string) => line.split(CELL_GAP).length
  const head = lines.findIndex((line, i) => {
    const names = columnNames(line)
    if (names === null || !names.some((n) => TASK_HEADER.test(n))) return false
    // Looked for only under a head: looked for under every line, the text after each made the search quadratic.
    const next = nextText(lines, i + 1)
    return next !== undefined && cellCount(next) === names.length && readLineMarker(next) === null
  })
  if (head === -1) return table
  const end = unnumberedTableEnd(lines, head)
  for (let i = head; i < end; i++) if (lines[i] !== '') table.add(i)
  return table
}

/** A note under a table (注：…, 说明：…), which task-table.ts keeps a passage of its own. */
const NOTE_LINE = /^(注|备注|附注|说明|填表说明)[ \t\u3000]*[0-9０-９]?[ \t\u3000]*[：:]/

/** The next line with text from `from`, read in place: a copy of the lines after each of many heads is quadratic. */
function nextText(lines: string[], from: number): string | undefined {
  const at = nextTextAt(lines, from)
  return at === -1 ? undefined : lines[at]
}

function nextTextAt(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i] !== '') return i
  return -1
}

/**
 * A table written between pipes (`| 序号 | 重点任务 | 牵头单位 |` over `| 1 | 培育党建示范校5所 | 机关党委 |`, a Markdown
 * table pasted into a text file): its rows with their cells apart by spaces, as a PDF's one-row-a-line table gives
 * them, and the rule under its head (`|---|---|`) nothing. As it stood, each row read as a breadcrumb of short
 * pieces and left the text as furniture. A table is two framed lines or more in a row, under a rule or a 序号 head;
 * a site's framed link bar (`| 首页 | 政务公开 |`) is none and stays as it was.
 */
export function unframePipeTables(lines: string[]): string[] {
  const out = [...lines]
  for (let i = 0; i < lines.length; ) {
    let end = i
    while (end < lines.length && framedCells(lines[end]) !== null) end++
    if (end === i) {
      i++
      continue
    }
    const rows = lines.slice(i, end).map((l) => framedCells(l)!)
    const isRule = (cells: string[]) => cells.every((c) => /^:?-{2,}:?$/.test(c))
    if (rows.length >= 2 && (rows.some(isRule) || /^(序号|编号|序)$/.test(rows[0][0]))) {
      rows.forEach((cells, k) => (out[i + k] = isRule(cells) ? '' : cells.join('  ')))
    }
    i = end
  }
  return out
}

function framedCells(line: string): string[] | null {
  const framed = /^[|｜](.*)[|｜]$/.exec(line)
  const cells = framed?.[1].split(/[|｜]/).map((c) => c.trim())
  return cells && cells.length >= 2 ? cells : null
}
