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
