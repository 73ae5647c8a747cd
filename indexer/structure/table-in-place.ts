/**
 * A task table without 序号 in the middle of a plan's body (`各单位对照下表抓好落实。` over 主要任务 | 责任单位 |
 * 完成时间, then chapter 三、): read apart from the body, so that its rows open no clause and its head joins no clause
 * (task-table.ts), its passages came after the whole body, under no chapter, where the plan prints them under
 * chapter 二. Once read, they are put back where the table stood: in the plan text, and in the records, under the
 * chapter and section in force there. The body's records after it move down by the table's length.
 * Pure: the records and lines as read (body, then the table), the table's place in the body and its extent in the lines.
 */
import type { DraftRecord } from './clause-splitter.js'
import { offsetOf } from './line-offsets.js'

export interface TablePlace {
  /** Body lines before the table. */
  at: number
  /** The table's lines within the lines read: from `from` to `to` (exclusive), after the body. */
  from: number
  to: number
  /**
   * The chapter and section in force where the table stood, as the splitter read them. Not the last record's above it:
   * a table right under `二、推进重点任务落实` stands in 二, which has no record of its own before it.
   */
  chapter: DraftRecord['chapter']
  section: DraftRecord['section']
}

/** The records and lines with the table's moved from after the body to where it stood. */
export function tableInPlace(records: DraftRecord[], lines: string[], place: TablePlace): { records: DraftRecord[]; lines: string[] } {
  const { at, from, to, chapter, section } = place
  // An outline without text has no offsets to place the table by.
  if (at >= from || records.some((r) => r.outlineOnly)) return { records, lines }
  const [atOffset, fromOffset, toOffset] = [offsetOf(lines, at), offsetOf(lines, from), offsetOf(lines, to)]
  const tableLength = toOffset - fromOffset
  const isTable = (r: DraftRecord) => r.start >= fromOffset && r.start < toOffset
  const table = records.filter(isTable)
  const rest = records.filter((r) => !isTable(r))
  const before = rest.filter((r) => r.start < atOffset)
  const placed = table.map((r) => ({
    ...r,
    chapter,
    section,
    start: r.start - fromOffset + atOffset,
    end: r.end - fromOffset + atOffset,
  }))
  const moved = (r: DraftRecord) => (r.start >= atOffset && r.start < fromOffset ? { ...r, start: r.start + tableLength, end: r.end + tableLength } : r)
  return {
    records: [...before, ...placed, ...rest.slice(before.length).map(moved)],
    lines: [...lines.slice(0, at), ...lines.slice(from, to), ...lines.slice(at, from), ...lines.slice(to)],
  }
}
