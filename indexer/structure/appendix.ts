/**
 * The attachments (附件) that follow a plan's body: their list (`附件：1.重点任务分工表 2.重点项目清单`) and
 * each attachment itself (`附件1` over its title and its own rows: `1.深化理论学习。牵头单位：…`). Read as
 * part of the body, all of it would run into the last clause, whose numbering the attachments' rows do not
 * continue. So the body ends at the first 附件 line, the list stays as text under no chapter, and each
 * attachment becomes a chapter of its own (`附件1 2024年重点任务分工表`) whose rows are numbered again.
 * Pure: lines in, segments out.
 */
import { parseChineseNumeral, readLineMarker } from './line-markers.js'
import { foldDigits } from './numeral-glyphs.js'

export interface AppendixHead {
  /** As printed, with its number when it has one: `附件1`, `附件`, `附表`, `附`. */
  number: string
  /** From 101 on, so the attachments' clause ids never meet the body's chapters (1, 2 …). */
  ordinal: number
  title: string
}

export interface BodySegment {
  lines: string[]
  /** The attachment the lines belong to; null for the body and the list of attachments. */
  appendix: AppendixHead | null
}

/**
 * `附件`, `附件1`, `附件 2：`, `附件一：2024年重点任务分工表`, `附件：1.重点任务分工表`; and `附表`, `附表1：…`, which a
 * plan that appends only tables prints instead (its rows are an attachment's rows all the same), or `附：2024年重点项目
 * 清单`, 附 and a colon alone.
 */
const ATTACHMENT = /^附\s*(?:([件表])\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?|(?=[:：]))\s*[:：]?\s*(.*)$/
/** After 附件 (without a number) a colon, a space or the line's end: `附件材料须于…`, `附表所列项目…` are sentences. */
const BARE_WORD = /^附\s*[件表](?![\s:：]|$)/
/** A numbered entry of the list: `2.重点项目清单`, `2.2024年重点项目清单` (which reads as no line marker: 2.2024). */
const ENTRY = /^[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]/
/** A title or a list entry: short, not a sentence. */
const TITLE_LIKE = /^[^。；;！!？?]{1,60}[。]?$/

/**
 * A line that lists attachments after `附件：` (`附件：1.开封市2024年教育工作要点 2.重点任务分工表`): its numbers
 * name attachments and number nothing of the text, wherever the list stands (a notice prints it above the plan
 * it issues, where a `2.` read as numbering would open the plan before its title).
 */
export const ATTACHMENT_LIST_LINE = /^[ \t\u3000\u00a0]*附\s*[件表]\s*[:：]/

/** The body and the attachments after it; the whole text as one segment when no 附件 line follows numbered text. */
export function splitAppendix(lines: string[]): BodySegment[] {
  const start = firstAttachmentLine(lines)
  if (start < 0) return [{ lines, appendix: null }]
  const segments: BodySegment[] = [{ lines: lines.slice(0, start), appendix: null }]
  let unnumbered = 0
  for (let i = start, end = i + 1; i < lines.length; i = end, end = i + 1) {
    while (end < lines.length && !attachmentLine(lines[end])) end++
    const [head, ...below] = lines.slice(i, end)
    const rest = below.filter((l) => l.trim() !== '')
    const [, word, printed, named] = ATTACHMENT.exec(head.trim())!
    // `附件：1.…` over `2.…`, `附件：` over `1.…` `2.…`, or a 附件 line with nothing under it: the list of
    // attachments, kept as text. `附件：重点项目清单` over `1.新建学校2所` names one attachment, and the rows under
    // it are its own: its title is no entry of a list.
    const entries = rest.length <= 10 && rest.every((l) => TITLE_LIKE.test(l.trim()) && ENTRY.test(l.trim()))
    const listHead = named === '' || ENTRY.test(named)
    if (rest.length === 0 || (!printed && entries && listHead)) {
      segments.push({ lines: [head, ...rest], appendix: null })
      continue
    }
    // The title follows 附件1 on its line, or stands alone on the next (`2024年重点任务分工表`).
    const titleBelow = !named && TITLE_LIKE.test(rest[0].trim()) && !ENTRY.test(rest[0].trim())
    const title = (named || (titleBelow ? rest[0].trim() : '')).replace(/[。；;，,]+$/, '')
    const n = printed ? attachmentNumber(printed) : ++unnumbered
    segments.push({ lines: titleBelow ? rest.slice(1) : rest, appendix: { number: `附${word ?? ''}${printed ?? ''}`, ordinal: 100 + n, title } })
  }
  return segments
}

/** The first 附件 line after a numbered line of the body, or -1. */
function firstAttachmentLine(lines: string[]): number {
  let numbered = false
  for (let i = 0; i < lines.length; i++) {
    if (numbered && attachmentLine(lines[i])) return i
    if (!numbered && readLineMarker(lines[i]) !== null) numbered = true
  }
  return -1
}

/** A line that opens an attachment or their list: 附件 with at most a number and a title after it. */
export function attachmentLine(line: string): boolean {
  const m = ATTACHMENT.exec(line.trim())
  if (m === null || (!m[2] && BARE_WORD.test(line.trim()))) return false
  return m[3] === '' || TITLE_LIKE.test(m[3])
}

function attachmentNumber(printed: string): number {
  const ascii = foldDigits(printed)
  return /^\d+$/.test(ascii) ? Number(ascii) : (parseChineseNumeral(printed) ?? 1)
}

/**
 * Whether an offset stands on a line that lists attachments (`附件：1.… 2.…`, whose numbers number nothing).
 * Asked in increasing order of offsets, it moves its line start forward once, so a PDF flattened to one long
 * line costs one pass.
 */
export function attachmentListLines(text: string): (at: number) => boolean {
  let lineStart = 0
  let nextBreak = text.indexOf('\n')
  let listed = ATTACHMENT_LIST_LINE.test(text.slice(0, 12))
  return (at) => {
    if (nextBreak !== -1 && nextBreak < at) {
      lineStart = text.lastIndexOf('\n', at - 1) + 1
      nextBreak = text.indexOf('\n', at)
      listed = ATTACHMENT_LIST_LINE.test(text.slice(lineStart, lineStart + 12))
    }
    return listed
  }
}
