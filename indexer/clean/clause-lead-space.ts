/**
 * Clause titles set apart from their text by a space only: a bold run-in title flattened to text
 * (`1. 加强党的政治建设 坚持“第一议题”制度，…`). Line repair (repair-line.ts) drops a space between Chinese
 * words as a PDF wrap, which glues the title to its text (`加强党的政治建设坚持…`) and leaves the clause no
 * heading of its own. One such space could be a wrap; the same layout in most of a plan's clauses is the
 * author's. So the document is asked once: when at least two clause openings, and half of all of them, print a
 * short title (2–24 characters, no punctuation, no quotes) and then a space before Chinese text, that space is
 * kept in every line, and the clause heading ends there (line-markers.ts clauseHeading). Pure.
 */

/** A clause marker at a line start or after a sentence end: `1.` `1、` `1）` `（1）` `①`, ASCII or full-width digits. */
const MARKER = '(?:[0-9０-９]{1,3}[ \\u3000]?[.．、)）]|[（(][0-9０-９]{1,3}[）)]|[\\u2460-\\u2473])'
const OPENING = new RegExp(`(?:^|[。；;！？!?])[ \\t\\u3000]*${MARKER}(?![0-9０-９])`, 'g')
/** The marker, the title, then the space that ends it before the clause's text. */
const SPACED_LEAD = new RegExp(
  `(?:^|[。；;！？!?])[ \\t\\u3000]*${MARKER}[ \\t\\u3000]*[^\\s。，,；;：:！？!?、“”‘’《》【】]{2,24}([ \\t\\u3000\\u00a0]+)(?=[\\u3400-\\u9fff“《])`,
  'g',
)

/** Whether the document sets its clause titles apart by a space (see above). `lines` are the raw lines, trimmed. */
export function spacesEndClauseTitles(lines: string[]): boolean {
  let openings = 0
  let spaced = 0
  for (const line of lines) {
    openings += line.match(OPENING)?.length ?? 0
    spaced += line.match(SPACED_LEAD)?.length ?? 0
  }
  return spaced >= 2 && spaced * 2 >= openings
}

/** Repairs a line with `repair` on each side of the spaces that end a clause title, keeping those spaces as one. */
export function repairAroundClauseTitles(line: string, repair: (part: string) => string): string {
  const cuts: { at: number; end: number }[] = []
  for (const m of line.matchAll(SPACED_LEAD)) {
    const end = m.index + m[0].length
    cuts.push({ at: end - m[1].length, end })
  }
  if (cuts.length === 0) return repair(line)
  const parts: string[] = []
  let from = 0
  for (const { at, end } of cuts) {
    parts.push(repair(line.slice(from, at)))
    from = end
  }
  parts.push(repair(line.slice(from)))
  return parts.join(' ')
}
