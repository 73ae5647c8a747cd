/**
 * A `<!--` that no later `-->` closes. node-html-parser's tokenizer tries `<!--[\s\S]*?-->` at every `<`, and an
 * opener without a close sends that search to the end of the page from each one: 100 000 of them in a page took
 * over 100 s. A browser would hide everything after such an opener; a reader that lost the plan's body to a stray
 * `<!--` (a CMS that cut a comment short, a pasted fragment) would help no one, so the text after it is kept and only
 * the opener is dropped, found in one pass.
 */

/** `html` without the comment openers that nothing after them closes. */
export function withoutUnclosedComments(html: string): string {
  // An opener is closed only by a `-->` starting four or more characters after it, so those left open all stand
  // after the last close but three.
  const from = Math.max(0, html.lastIndexOf('-->') - 3)
  if (html.indexOf('<!--', from) < 0) return html
  // Dropping `<!<!----`'s inner opener would leave another: what the first pass leaves is kept as text instead.
  const tail = html.slice(from).replaceAll('<!--', '').replaceAll('<!--', '&lt;!--')
  return html.slice(0, from) + tail
}
