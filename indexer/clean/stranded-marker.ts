/**
 * A clause's number left at the end of the line before it: `…实现乡镇中心学校全覆盖。6.` / `深化“双减”工作。…`. Text
 * copied from a PDF viewer that reflows its lines, or a page justified to its margins, breaks lines where they fill,
 * and an item's number may fill the last place of a line. Left there, it numbers nothing (a number must open its
 * item's text) and the item runs into the clause above. The number belongs at the start of the next line.
 *
 * Only a number standing after a sentence's end counts: `…共12.` or a date's digits never come after 。 or ；.
 */

const CN = '[一二三四五六七八九十]{1,3}'
/** A sentence's end (through closing quotes), then a marker and nothing else. */
const STRANDED = new RegExp(`^(.*[。；！？!?;][”’」』]?)[ \\t\\u3000]*((?:[\\d０-９]{1,3}[.．、]|[（(][\\d０-９]{1,2}[）)]|[（(]${CN}[）)]|${CN}、))$`)
/** What the next line must open with to be the item's text: words, not a number or another marker. */
const TEXT_START = /^[\u3400-\u9fff“《"‘【]/

/** `[line without the number, the number]` when `line` ends in a stranded number, else null. */
export function strandedMarker(line: string): [string, string] | null {
  const m = STRANDED.exec(line)
  return m ? [m[1], m[2]] : null
}

/** Whether `next` may take the stranded number: it opens with words. */
export function takesMarker(next: string): boolean {
  return TEXT_START.test(next)
}
