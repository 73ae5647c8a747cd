/**
 * A plan's notes, printed after its last clause (`注：①“五育并举”指德育、智育…。` then `②“一生一策”指…。`, or Word's
 * footnotes `[1] “五育并举”指…`) to explain the words its clauses mark ① ② or [1]. Read as text, each note ran into the last clause as a line of it. The notes are a
 * passage of their own, the first note line and the notes numbered after it together. Pure.
 */

/**
 * `注：`, `注释：`, `注1：`, `注①`: a line opening the notes; or `[1] …`, a note as Word prints its footnotes in a page
 * it saves (below a rule, `[1]` before each), numbered so by nothing else in a plan.
 */
const NOTES_OPEN = /^(?:(?:注|注释)\s*(?:[:：]|[0-9①-⑳](?=\S))|\[1\]\s*\S)/
/** A note's own number at its line's start, ① … ⑳ or [1]: a clause of the plan is numbered otherwise. */
const NOTE_NUMBER = /^(?:[①-⑳]|\[\d{1,2}\])/

/** The lines of note blocks: the line that opens each ('title') and the numbered notes after it ('item'). */
export function noteBlockLines(lines: string[]): Map<number, 'title' | 'item'> {
  const found = new Map<number, 'title' | 'item'>()
  for (let i = 0; i < lines.length; i++) {
    if (!NOTES_OPEN.test(lines[i].trim())) continue
    found.set(i, 'title')
    for (let k = i + 1; k < lines.length && NOTE_NUMBER.test(lines[k].trim()); k++) {
      found.set(k, 'item')
      i = k
    }
  }
  return found
}

/** What heads a block opened by a bare note number (`[1] “五育并举”指…`): its words, as a clause is headed past its number. */
export function blockHeadingText(line: string): string {
  return line.replace(/^\[\d{1,2}\]\s*/, '')
}
