/**
 * Word tables as the lines they stand for. A task table (序号 | 重点任务 | 牵头单位 | 完成时限) becomes its
 * numbered lines (task-table.ts), as does a plan set out as `number | clause` rows (numbered-rows.ts), any other table of values one line a row (table-rows.ts), as a web page's
 * table reads: extracted cell by cell, each cell would be a paragraph of its own and the numbers lines of
 * their own, with no clause to find. A table that lays out the page keeps its paragraphs.
 */
import { child, children, insideChoice, intVal, textRun, val } from './docx-xml.js'
import { numberedRowLines } from './numbered-rows.js'
import { tableRowLines } from './table-rows.js'
import { taskTableLines } from './task-table.js'
import { unnumberedTaskLines } from './unnumbered-task-table.js'

/** Replaces each top-level table of `doc` that holds values by one paragraph per line; returns how many were replaced. */
export function flattenTables(doc: Document): number {
  const ns = doc.documentElement!.namespaceURI
  let replaced = 0
  for (const table of Array.from(doc.getElementsByTagNameNS(ns, 'tbl'))) {
    // A table inside a table, or with one inside it, keeps its layout: its rows are no plain list of values.
    if (insideTable(table) || insideChoice(table) || table.getElementsByTagNameNS(ns, 'tbl').length > 0) continue
    const grid = tableGrid(table)
    const lines = taskTableLines(grid) ?? numberedRowLines(grid) ?? unnumberedTaskLines(grid) ?? tableRowLines(grid)
    if (!lines) continue
    const prefix = table.prefix ? `${table.prefix}:` : ''
    for (const line of lines) {
      const p = doc.createElementNS(ns, `${prefix}p`)
      p.appendChild(textRun(table, line))
      table.parentNode!.insertBefore(p, table)
    }
    table.parentNode!.removeChild(table)
    replaced++
  }
  return replaced
}

/** The cell texts of a table's rows, a merged cell (w:gridSpan, w:vMerge) repeated in every place it covers, rows deleted in review left out. */
function tableGrid(table: Element): string[][] {
  const grid: string[][] = []
  for (const tr of children(table, 'tr')) {
    // A row deleted in review (w:trPr/w:del) is not in the table a reader sees, nor in mammoth's text.
    if (child(child(tr, 'trPr'), 'del')) continue
    const row: string[] = []
    let c = intVal(child(child(tr, 'trPr'), 'gridBefore')) ?? 0
    for (let i = 0; i < c; i++) row.push('')
    for (const tc of children(tr, 'tc')) {
      const tcPr = child(tc, 'tcPr')
      const span = Math.min(Math.max(intVal(child(tcPr, 'gridSpan')) ?? 1, 1), 50)
      const vMerge = child(tcPr, 'vMerge')
      // A cell that continues a vertical merge shows the text of the cell that starts it, above.
      const continues = vMerge !== null && (val(vMerge) ?? 'continue') === 'continue'
      const text = continues ? (grid[grid.length - 1]?.[c] ?? '') : cellText(tc)
      for (let k = 0; k < span; k++) row.push(text)
      c += span
    }
    grid.push(row)
  }
  return grid
}

/** A cell's text: its paragraphs' runs (text, tabs, breaks and paragraph ends as spaces), tracked deletions and moves away left out. */
function cellText(tc: Element): string {
  const ns = tc.namespaceURI
  let out = ''
  for (const node of Array.from(tc.getElementsByTagNameNS(ns, '*'))) {
    if (node.localName === 't' && !insideDeletion(node)) out += node.textContent ?? ''
    else if (node.localName === 'tab' || node.localName === 'br' || (node.localName === 'p' && out !== '')) out += ' '
  }
  return out.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
}

function insideTable(el: Element): boolean {
  for (let n = el.parentNode; n; n = n.parentNode) if (n.nodeType === 1 && (n as Element).localName === 'tbl') return true
  return false
}

/** Deleted in review, or moved away from here (the text shows once, where it was moved to: w:moveTo). */
function insideDeletion(el: Element): boolean {
  for (let n = el.parentNode; n && (n as Element).localName !== 'p'; n = n.parentNode) if (['del', 'moveFrom'].includes((n as Element).localName)) return true
  return false
}
