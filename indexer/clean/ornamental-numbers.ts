/**
 * Big ornamental numbers an official account (公众号) sets over its chapters: `01` on a line of its own, the chapter's
 * title on the next (`01` / `全面加强党的建设` / `1.深化理论武装。…`), as `PART 01` or `Part.02` too. Kept, each is a
 * line of text between a clause and the next chapter's title: the title no longer follows an ended text and reads as
 * a line of the clause before it. They are the page's decoration of the titles, which head the chapters
 * (structure/unnumbered-headings.ts), so they leave the text. Only zero-padded numbers that run 01, 02, 03 in order,
 * each over a short title line: a page number or a count in a table is neither. Pure.
 */

/** `01`, `PART 02`, `Part.03`: a zero-padded number, alone or after PART. */
const ORNAMENT = /^(?:part\s*\.?\s*)?0([1-9])$/i
/** A chapter title: short, no sentence punctuation. */
const TITLE = /^[^。；;！!？?，,：:]{2,30}$/

/** Indexes of the ornamental number lines among the trimmed lines of a text (blank lines are looked through). */
export function ornamentalNumberLines(lines: string[]): Set<number> {
  const found: number[] = []
  for (const [i, line] of lines.entries()) {
    const m = ORNAMENT.exec(line)
    if (!m) continue
    const next = lines.slice(i + 1).find((l) => l !== '')
    if (next === undefined || !TITLE.test(next) || ORNAMENT.test(next)) continue
    if (Number(m[1]) !== found.length + 1) return new Set()
    found.push(i)
  }
  return new Set(found.length >= 2 ? found : [])
}
