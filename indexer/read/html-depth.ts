/**
 * A page nested thousands of elements deep (an editor that wraps each paste in another <div> or <span>, a
 * generator's runaway template) overflows the stack: node-html-parser's `text`, `querySelector` and the reader's own
 * walk recurse once per level, and about 1 800 levels were enough to skip the whole file. Real pages nest a few
 * dozen levels, so the tags opened below MAX_DEPTH are left out before the page is parsed, their text kept in
 * place: a block tag among them becomes an <hr>, which nests nothing and ends a paragraph as the block did.
 *
 * One pass over the tags, linear in the page: each `<` finds its `>` once, a page without one more ends the scan,
 * and a closing tag is matched through counts of the open names rather than a search of the stack.
 */

export const MAX_DEPTH = 256

/** Elements that take no closing tag, so open nothing. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
])
/** Elements whose content is text up to their own closing tag, markup inside included. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript'])
/**
 * What an opening tag closes without a closing tag, as a browser's parser does (old CMS tables and lists print no
 * `</td></tr>`, `</li>`, `</p>`): the nearest open element of these names, and every one left open inside it, unless
 * a boundary is nearer (a cell's `<p>` closes no `<p>` outside the table). Counted as nested instead, a table of 128
 * rows without end tags passed the cap and its later rows lost their cells.
 */
const IMPLIED: Record<string, { closes: Set<string>; within: Set<string> }> = {}
const TABLE_SECTIONS = ['tbody', 'thead', 'tfoot']
/** Elements that end the search for a list item to close: HTML's special elements but address, div and p. */
const LIST_BOUNDARY = new Set([
  'ul', 'ol', 'menu', 'dl', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'body', 'html', 'blockquote',
  'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'figure', 'center', 'fieldset', 'form', 'details',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'object', 'select',
])
/** A `<p>` is closed only within its "button scope": not from inside a table cell, a button or an object. */
const P_BOUNDARY = new Set(['html', 'table', 'td', 'th', 'caption', 'button', 'object', 'applet', 'marquee', 'template'])
const rule = (names: string[], closes: string[], within: string[] | Set<string>) =>
  names.forEach((n) => (IMPLIED[n] = { closes: new Set(closes), within: new Set(within) }))
rule(['td', 'th'], ['td', 'th'], ['tr', 'table', ...TABLE_SECTIONS])
rule(['tr'], ['tr'], ['table', ...TABLE_SECTIONS])
rule(TABLE_SECTIONS, TABLE_SECTIONS, ['table'])
rule(['li'], ['li'], LIST_BOUNDARY)
rule(['dt', 'dd'], ['dt', 'dd'], LIST_BOUNDARY)
rule(['option'], ['option'], ['select', 'optgroup', 'datalist'])
// A block that opens closes a paragraph left open, as `<p>` does another.
rule(
  ['p', 'div', 'ul', 'ol', 'dl', 'table', 'blockquote', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main',
    'center', 'figure', 'figcaption', 'address', 'fieldset', 'form', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ['p'],
  P_BOUNDARY,
)

/** How far below the top an implied end is looked for: unbounded, a page of many open elements would be quadratic. */
const IMPLIED_REACH = 64

/**
 * How many open elements (from the top of `names`) the opening tag `name` closes; 0 for none. `open` counts the
 * open elements by name, so a tag whose element is open nowhere costs nothing.
 */
function impliedClosing(name: string, names: string[], open: Map<string, number>): number {
  const implied = IMPLIED[name]
  if (!implied || ![...implied.closes].some((n) => open.get(n))) return 0
  for (let k = names.length - 1; k >= Math.max(0, names.length - IMPLIED_REACH); k--) {
    if (implied.closes.has(names[k])) return names.length - k
    if (implied.within.has(names[k])) return 0
  }
  return 0
}

/** Elements that mark a line apart when the reader meets them (read-html.ts's block tags, in short). */
const BLOCK = /^(?:p|div|section|article|main|header|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|blockquote|pre|center|address|figure|figcaption|caption)$/

/** The page with the tags nested below `maxDepth` left out (block ones as <hr>), or the page itself when none is. */
export function capNesting(html: string, maxDepth = MAX_DEPTH): string {
  if (!deeperThan(html, maxDepth)) return html
  const lower = html.toLowerCase()
  const parts: string[] = []
  const stack: { name: string; kept: boolean }[] = []
  const names: string[] = []
  const open = new Map<string, number>()
  let from = 0
  const push = (name: string, kept: boolean) => {
    stack.push({ name, kept })
    names.push(name)
    open.set(name, (open.get(name) ?? 0) + 1)
  }
  const pop = () => {
    const top = stack.pop()!
    names.pop()
    open.set(top.name, open.get(top.name)! - 1)
    return top
  }
  for (const tag of tags(html, lower)) {
    if (tag.closing) {
      if (!open.get(tag.name)) continue
      // Closing an element closes the ones left open inside it, as a browser does.
      let top = pop()
      while (top.name !== tag.name) top = pop()
      if (!top.kept) {
        parts.push(html.slice(from, tag.start), BLOCK.test(tag.name) ? '<hr>' : '')
        from = tag.end
      }
      continue
    }
    for (let n = impliedClosing(tag.name, names, open); n > 0; n--) pop()
    const kept = stack.length < maxDepth
    push(tag.name, kept)
    if (!kept) {
      parts.push(html.slice(from, tag.start), BLOCK.test(tag.name) ? '<hr>' : '')
      from = tag.end
    }
  }
  parts.push(html.slice(from))
  return parts.join('')
}

interface Tag {
  name: string
  closing: boolean
  start: number
  end: number
}

/** Whether any element opens deeper than `maxDepth`, counted as capNesting counts. */
function deeperThan(html: string, maxDepth: number): boolean {
  const lower = html.toLowerCase()
  const names: string[] = []
  const open = new Map<string, number>()
  for (const tag of tags(html, lower)) {
    if (tag.closing) {
      if (!open.get(tag.name)) continue
      let top: string
      do {
        top = names.pop()!
        open.set(top, open.get(top)! - 1)
      } while (top !== tag.name)
      continue
    }
    for (let n = impliedClosing(tag.name, names, open); n > 0; n--) {
      const top = names.pop()!
      open.set(top, open.get(top)! - 1)
    }
    names.push(tag.name)
    open.set(tag.name, (open.get(tag.name) ?? 0) + 1)
    if (names.length > maxDepth) return true
  }
  return false
}

/** The page's element tags in order, void and self-closed ones left out, comments and raw text passed over. */
function* tags(html: string, lower: string): Generator<Tag> {
  let i = 0
  for (;;) {
    const start = html.indexOf('<', i)
    if (start < 0) return
    if (html.startsWith('<!--', start)) {
      const end = html.indexOf('-->', start + 4)
      if (end < 0) return
      i = end + 3
      continue
    }
    const end = html.indexOf('>', start + 1)
    if (end < 0) return
    i = end + 1
    const m = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(html.slice(start, Math.min(end, start + 40)))
    if (!m) continue
    const name = m[2].toLowerCase()
    const closing = m[1] === '/'
    if (!closing && (VOID.has(name) || html[end - 1] === '/')) continue
    if (!closing && RAW.has(name)) {
      const close = lower.indexOf(`</${name}`, i)
      if (close < 0) return
      i = close
      continue
    }
    yield { name, closing, start, end: end + 1 }
  }
}
