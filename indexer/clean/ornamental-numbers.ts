/**
 * Big ornamental numbers an official account (公众号) sets over its chapters: `01` on a line of its own, the chapter's
 * title on the next (`01` / `全面加强党的建设` / `1.深化理论武装。…`), as `PART 01`, `Part.02` or `Part.3` too. Kept, each is a
 * line of text between a clause and the next chapter's title: the title no longer follows an ended text and reads as
 * a line of the clause before it. They are the page's decoration of the titles, which head the chapters
 * (structure/unnumbered-headings.ts), so they leave the text, and a number set on the title's line (`01 全面加强党的建设`,
 * a heading element's two spans) leaves the title. Only zero-padded numbers that run 01, 02, 03 in order, each over
 * or before a short title: a page number or a count in a table is neither. Pure.
 */

/** `01`, `PART 02`, `Part.03`, `Part.1`: a zero-padded number alone, or a number after PART. */
const ORNAMENT = /^(?:part\s*\.?\s*0?|0)([1-9])$/i
/**
 * `01 全面加强党的建设`, `01全面加强党的建设`, `01丨全面加强党的建设`: the number on the title's own line, as a heading
 * element sets them, maybe a bar between (丨 is a character of text, and was read as the title's first).
 */
const ORNAMENT_BEFORE = /^(?:part\s*\.?\s*0?|0)([1-9])\s*(?:[丨｜|/／]\s*)?(?=[\u4e00-\u4e27\u4e29-\u9fff])(.+)$/i
/** A chapter title: short, no sentence punctuation. */
const TITLE = /^[^。；;！!？?，,：:]{2,30}$/

/**
 * The ornamental numbers among the trimmed lines of a text (blank lines are looked through), by line index: ''
 * for a number alone on its line, which leaves the text, or the title that a number stood before on its line.
 */
export function ornamentalNumberLines(lines: string[]): Map<number, string> {
  const found = new Map<number, string>()
  for (const [i, line] of lines.entries()) {
    const alone = ORNAMENT.exec(line)
    const before = alone ? null : ORNAMENT_BEFORE.exec(line)
    const next = alone ? lines.slice(i + 1).find((l) => l !== '') : undefined
    const title = alone ? (next !== undefined && TITLE.test(next) && !ORNAMENT.test(next) ? '' : null) : before && TITLE.test(before[2]) ? before[2] : null
    if (title === null) continue
    if (Number((alone ?? before)![1]) !== found.size + 1) return new Map()
    found.set(i, title)
  }
  return found.size >= 2 ? found : new Map()
}
