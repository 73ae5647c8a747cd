/**
 * Paragraphs opening 一是… 二是… 三是… that a numbered clause introduces (`2.加强基层党组织建设。重点抓好三项工作：`
 * over `一是…` `二是…` `三是…`): the clause's own items. Read as passages, the clause was left with its colon and
 * nothing after it, and the sentence that sums the items up on the last one (`三是…。通过以上措施，确保…落到实处。`)
 * was the third item's, where it speaks of the whole clause. They stay lines of the clause: 一是 only right under
 * the line that ends in the colon leading into it, or under a clause that is its numbered title alone
 * (`（二）推进义务教育优质均衡。` over `一是…` `二是…`: a title says nothing the items could be apart from), each next
 * item only right after the one before it. Any other 一是 paragraph is a passage, as before (a chapter's own
 * paragraphs, under a clause that says things of its own, or a count that does not follow on).
 * Pure: the open clause's lines and the ordinal of the line under them in, whether the line is one of its items.
 */
import { readLineMarker, runsOnPastHeading } from './line-markers.js'

/** Longer than a clause's title: a line this long after its number is a sentence of the clause's own. */
const MAX_TITLE = 30

export function continuesClauseItems(clauseLines: readonly string[], ordinal: number): boolean {
  const last = clauseLines[clauseLines.length - 1]
  if (last === undefined) return false
  if (ordinal === 1) return /[：:]$/.test(last.trim()) || (clauseLines.length === 1 && titleAlone(last))
  const before = readLineMarker(last)
  return before?.kind === 'ordinal-intro' && before.ordinal === ordinal - 1 && clauseLines.length > 1
}

/** A numbered line that holds its title alone (`（二）推进义务教育优质均衡。`), no sentence after it. */
function titleAlone(line: string): boolean {
  const marker = readLineMarker(line.trim())
  if (!marker || marker.kind === 'ordinal-intro') return false
  const rest = marker.rest.trim()
  return rest.length > 0 && rest.length <= MAX_TITLE && !/[，,；;：:]/.test(rest) && !runsOnPastHeading(rest)
}

/** Whether `line` is an item 一是/二是 … that continues the count of the clause whose lines are `clauseLines`. */
export function introducedItem(clauseLines: readonly string[], line: string): boolean {
  const intro = readLineMarker(line)
  return intro?.kind === 'ordinal-intro' && continuesClauseItems(clauseLines, intro.ordinal)
}
