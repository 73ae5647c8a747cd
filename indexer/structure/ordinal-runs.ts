/**
 * A plan with no numbered clauses whose tasks are one paragraph of 一是…。二是…。三是…: a county's short plan, or a
 * plan pasted from a news report, where the paragraph breaks between items were lost. Read as it stands, the whole
 * paragraph was one passage and the plan warned no_numbered_clauses. Each item opens a line of its own here, so
 * ordinal-clauses.ts reads them as the clauses they number, as it reads 一是 paragraphs.
 *
 * Only a complete count: 一是 at the paragraph's start or after a sentence or a colon, then 二是, 三是 … in order each
 * after a closed sentence (。！？), three items at least, and no other N是 in the paragraph. A sentence's own
 * enumeration (`重点抓好两项工作：一是…；二是…`, items after semicolons) stays in it, and so does every run in a plan
 * whose clauses another level numbers (the caller checks: readNumbering on the lines split).
 * Once one paragraph holds such a run, a paragraph that opens with 一是 and runs to 二是 after a closed sentence is
 * the plan's same form with two items (a chapter of two tasks), and is cut as well.
 * Pure: lines in, lines out (the same array when no paragraph holds such a run).
 */
const ORDINAL = /(^|[。！？!?：:])([一二三四五六七八九十]{1,2})是/g
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const MIN_ITEMS = 3
/** A run the plan's form has shown elsewhere: the paragraph opens with 一是. */
const MIN_ITEMS_IN_FORM = 2

function ordinalValue(numeral: string): number {
  if (numeral.length === 1) return DIGITS[numeral] ?? 0
  return numeral.startsWith('十') ? 10 + (DIGITS[numeral[1]] ?? 0) : 0
}

/** Where each item of the line's run starts, or null when the line holds no complete run. */
function itemStarts(line: string, minItems = MIN_ITEMS): number[] | null {
  if (!line.includes('二是')) return null
  const starts: number[] = []
  for (const m of line.matchAll(ORDINAL)) {
    const value = ordinalValue(m[2])
    const after = m[1]
    if (value !== starts.length + 1 || (starts.length > 0 && !/[。！？!?]/.test(after))) return null
    starts.push(m.index + after.length)
  }
  if (starts.length >= MIN_ITEMS) return starts
  return starts.length >= minItems && starts[0] === 0 ? starts : null
}

/** The lines with each paragraph's run of 一是…二是…三是 items one a line, the words before the first kept on theirs. */
export function splitOrdinalRuns(lines: string[]): string[] {
  if (!lines.some((line) => itemStarts(line) !== null)) return lines
  return lines.flatMap((line) => {
    const starts = itemStarts(line, MIN_ITEMS_IN_FORM)
    if (!starts) return [line]
    const cuts = starts[0] === 0 ? starts : [0, ...starts]
    return cuts.map((at, k) => line.slice(at, cuts[k + 1] ?? line.length))
  })
}
