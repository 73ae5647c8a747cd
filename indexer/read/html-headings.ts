/**
 * The headings of a web page, as a reader sees them: a line wholly inside <h1>–<h6>, or wholly bold — a government
 * CMS heads its chapters `<p><strong>全面加强党的建设</strong></p>` or `<p style="font-weight:bold">`, with no
 * heading element and often no 一、. The text alone gives a short line over prose, which says nothing of being a
 * chapter; its level goes beside the text (SourceDocument.headings), and structure/styled-headings.ts makes
 * chapters of the body's top level and sections of the next, as for a Word plan's heading styles.
 *
 * A heading element's level is its number; a bold line ranks below every heading element (BOLD), so a page that
 * heads its chapters <h2> and its sections in bold reads as it looks. Bold lines that look different (黑体 chapters
 * over 楷体 sections) take levels below BOLD by their looks (html-bold-looks.ts). Only a line bold from end to end counts:
 * a bold lead phrase opening a paragraph (`<strong>加强党建。</strong>健全…`) is a clause's own head, not a chapter.
 * Nothing in a table cell heads the document (a table's head row is bold too), as docx-headings.ts reads Word,
 * unless the cell lays out the page: an old CMS sets the whole article in one cell of a layout table.
 */
import type { HTMLElement } from 'node-html-parser'

/** A bold line's level: below <h6>. */
export const BOLD = 7
/** The level of text that heads nothing: plain text, or any text in a table cell. */
export const PLAIN = 0
const IN_CELL = -1
/** A cell holding more text than this lays out the page (the article in it), not a value of a table. */
const LAYOUT_CELL_CHARS = 300

/** `font-weight` set in the style attribute (not `mso-bidi-font-weight`, which Word writes for other scripts). */
const FONT_WEIGHT = /(?:^|;)\s*font-weight\s*:\s*([\w-]+)/i

/** The heading level of the text inside `el`, given the level of the text around it (`outer`). */
export function levelWithin(el: HTMLElement, tag: string, outer: number): number {
  if (tag === 'td' || tag === 'th') return outer !== IN_CELL && el.text.length > LAYOUT_CELL_CHARS ? outer : IN_CELL
  if (outer === IN_CELL || tag === 'caption') return IN_CELL
  const heading = /^h([1-6])$/.exec(tag)
  if (heading) return Number(heading[1])
  // Inside a heading element, bold or not, the text keeps the element's level.
  if (outer !== PLAIN && outer < BOLD) return outer
  if (tag === 'strong' || tag === 'b') return BOLD
  const weight = FONT_WEIGHT.exec(el.getAttribute('style') ?? '')?.[1]
  if (weight) return /^(?:bold|bolder|[6-9]00)$/i.test(weight) ? BOLD : PLAIN
  return outer
}

/** The level of a line from the levels of its pieces of text: a heading only when every piece with words is one. */
export function lineLevel(sofar: number | null, piece: number): number {
  if (sofar === null) return piece
  if (sofar <= PLAIN || piece <= PLAIN) return PLAIN
  return Math.max(sofar, piece)
}
