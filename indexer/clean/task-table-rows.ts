/**
 * A task table (重点任务分工表) that PDF extraction gives one row a line, its cells apart by spaces or tabs:
 * `序号  重点任务  牵头单位  完成时限` / `1  培育党建示范校10所  机关党委  2024年12月`. The spaces are the table's
 * structure: repaired as prose, those between Chinese cells would go (`培育党建示范校10所机关党委2024年12月`), and
 * a row could be joined to its neighbour as a broken sentence. So the table's lines are kept as laid out, their
 * cells one space apart, and never joined; the structure reader (structure/task-table.ts) then cuts the table
 * off the last clause, one passage a row.
 *
 * Known by its head line: 序号 and at least two other column names, nothing else, right before row 1. The
 * table runs from there to the end of the text or to the first line that opens with a numbering marker (the
 * plan's text again): rows 1, 2, 3 … in order, and between them the lines a long cell wrapped onto.
 * Pure: trimmed lines in, the indexes of the table's lines out.
 */
import { readLineMarker } from '../structure/line-markers.js'
import { CELL_GAP, rowNumber, tableHeadCells } from '../structure/task-table.js'

/** A line of the table with its cells one space apart. */
export function layOutRow(line: string): string {
  return (tableHeadCells(line) ?? line.split(CELL_GAP)).join(' ')
}

export function taskTableRowLines(lines: string[]): Set<number> {
  const table = new Set<number>()
  const head = lines.findIndex((line, i) => tableHeadCells(line) !== null && rowNumber(nextText(lines, i + 1) ?? '') === 1)
  if (head === -1) return table
  table.add(head)
  let next = 1
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    if (rowNumber(line) === next) next++
    else if (readLineMarker(line) !== null) break
    table.add(i)
  }
  return table
}

function nextText(lines: string[], from: number): string | undefined {
  return lines.slice(from).find((l) => l !== '')
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
