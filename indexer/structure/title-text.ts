/**
 * A chapter's or a section's title as printed on its heading line, without what only sets it off: the 【】 round a
 * title alone on its line, the stop or colon after it. Pure.
 */

/** `【全面加强党的建设】`: a title set in brackets alone on its line is the title inside them. */
export function unbracket(title: string): string {
  return /^【[^【】]+】$/.test(title) ? title.slice(1, -1) : title
}

/** A title without the stop or the colon it ends in (`一、全面加强党的建设：` over its clauses): the colon only leads into them. */
export function trimTitle(text: string): string {
  return text.trim().replace(/[。；;，,：:]+$/, '')
}
