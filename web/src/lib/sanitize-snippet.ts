/**
 * Defence in depth for snippets. The server sends HTML in which only `<mark>` is markup and all text
 * is escaped; before anything reaches v-html we rebuild that HTML ourselves: exact `<mark>`/`</mark>`
 * tags survive, any other tag is dropped, and the text is decoded then re-escaped, so a snippet can
 * never carry an element, an attribute or an event handler, and no entity shows up double-escaped.
 */

const MARK_TAG = /<(\/?)mark>/gi
/** Raw tags cannot occur in a well-formed snippet (text `<` arrives as `&lt;`): they are dropped. */
const RAW_TAG = /<\/?[a-z!?][^>]*>?/gi

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ''
    }
    return NAMED[name.toLowerCase()] ?? whole
  })
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/** One piece of a snippet: plain text, marked or not. */
export interface SnippetPart {
  text: string
  mark: boolean
}

/** Splits server snippet HTML into text parts; nested or unbalanced marks are flattened. */
export function parseSnippet(html: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let depth = 0
  let last = 0
  const push = (raw: string) => {
    const text = decodeEntities(raw.replace(RAW_TAG, ''))
    if (!text) return
    const mark = depth > 0
    const prev = parts[parts.length - 1]
    if (prev && prev.mark === mark) prev.text += text
    else parts.push({ text, mark })
  }
  for (const match of html.matchAll(MARK_TAG)) {
    push(html.slice(last, match.index))
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1
    last = match.index + match[0].length
  }
  push(html.slice(last))
  return parts
}

/** Safe HTML for v-html: escaped text and bare `<mark>` elements, nothing else. */
export function sanitizeSnippet(html: string): string {
  return parseSnippet(html)
    .map((part) => (part.mark ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text)))
    .join('')
}

/** The distinct strings the server marked, to mark the same terms in a clause's full text. */
export function markedTerms(html: string): string[] {
  const terms: string[] = []
  for (const part of parseSnippet(html)) {
    const term = part.text.trim()
    if (part.mark && term && !terms.includes(term)) terms.push(term)
  }
  return terms
}
