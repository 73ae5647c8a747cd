/**
 * A 政府信息公开 page's table of labels (索引号 | 发布机构 | 发文字号 | 发布日期 …) copied as text by a browser that
 * puts each cell on a line of its own: `索引号：` over `000014349/2024-00021`, `发布日期：` over `2024-02-28`. Each
 * label line alone holds no value, and each value alone is no field, so the page's 发布日期 was lost and the plan
 * dated by its signature; its value lines stood in the head as lines of their own.
 *
 * A label line whose labels all wait for a value, in the document's head, is read with the line under it as one
 * label/value line when that line is a value: short, no label line itself, no sentence and no numbered line.
 *
 * A browser that keeps a row on its line sets its cells apart by tabs (a PDF export, by spaces), and many sites print
 * their labels with no colon (`发布机构⇥荆门市教育局⇥成文日期⇥2024-02-26`): read as they were, the label ran into its value (issuer
 * 标题荆门市教育局, 文号 文号荆教发〔2024〕3号). A head line of tabbed cells, label and value by turns, is read as
 * its labels with colons (`发布机构：荆门市教育局 成文日期：2024-02-26`). A value holding a space of its own breaks the
 * turns, and the line is left as it was, but for a day and its time (`发布日期  2024-02-28 10:20`): a posting stamp's
 * shape, never a label's, so the space in it parts no cells.
 */
import { readLineMarker } from '../structure/line-markers.js'
import { canonicalKey, parseMetadataLine } from './metadata-fields.js'

/** The longest value a page's table gives: a 文号, a date, an issuer, a title. */
const MAX_VALUE = 60
/** What ends the head: a sentence of the body. */
const SENTENCE_STOP = /[。；;！!？?]/

/**
 * For each label line a value stands under in the head: its index → the label and value as one line, and the
 * value's index → '' (it is read with its label). Lines are trimmed, blanks kept.
 */
export function copiedLabelLines(lines: string[]): Map<number, string> {
  const joined = new Map<number, string>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (SENTENCE_STOP.test(line) || (line !== '' && readLineMarker(line) !== null)) break
    const cells = labelledCells(line)
    if (cells !== null) {
      joined.set(i, cells)
      continue
    }
    if (!awaitsValue(line)) continue
    let j = i + 1
    while (j < lines.length && lines[j] === '') j++
    if (j >= lines.length || !isValue(lines[j])) continue
    joined.set(i, line + lines[j])
    joined.set(j, '')
    i = j
  }
  return joined
}

/** A line of labels whose every value is still to come: `发布日期：`, `索 引 号：`. */
function awaitsValue(line: string): boolean {
  if (!/[:：]$/.test(line)) return false
  const parsed = parseMetadataLine(line)
  return parsed !== null && parsed.hasDocumentLabel && Object.keys(parsed.fields).length === 0
}

function isValue(line: string): boolean {
  return line.length <= MAX_VALUE && !SENTENCE_STOP.test(line) && parseMetadataLine(line) === null && readLineMarker(line) === null
}

/** What sets a copied row's cells apart: tabs, or the spaces a PDF export or a plain-text copy put for them. */
const CELL_GAP = /[\s\u3000\u00a0]+/

/** `发布机构⇥荆门市教育局⇥成文日期⇥2024-02-26` as `发布机构：荆门市教育局 成文日期：2024-02-26`; null for other lines. */
function labelledCells(line: string): string | null {
  const cells = withDayTimes(line.split(CELL_GAP))
  if (cells.length % 2 !== 0) return null
  const pairs: string[] = []
  for (let k = 0; k < cells.length; k += 2) {
    const [label, value] = [cells[k], cells[k + 1]]
    if (canonicalKey(label) === undefined || /[:：]/.test(label) || !isValue(value)) return null
    pairs.push(`${label}：${value}`)
  }
  return pairs.join(' ')
}

/** A day in figures (`2024-02-28`, `2024/2/28`, `2024年2月28日`) and a time (`10:20`, `10:20:05`). */
const DAY = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$/
const TIME = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/

/** The cells with a day and the time after it made one cell. */
function withDayTimes(cells: string[]): string[] {
  const out: string[] = []
  for (const cell of cells) {
    const last = out.length - 1
    if (last >= 0 && TIME.test(cell) && DAY.test(out[last])) out[last] += ` ${cell}`
    else out.push(cell)
  }
  return out
}
