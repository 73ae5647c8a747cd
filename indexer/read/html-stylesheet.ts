/**
 * The styles a page sets in its own stylesheet (`<style>`) rather than on each element: the look a reader sees and
 * the walk reads from inline styles alone. Two kinds of page depend on it:
 * - nested lists numbered by a rule (`ol.chapters { list-style-type: cjk-ideographic }`): a browser draws 一、 二、
 *   before the items; read from the inline style alone, the list counted 1. 2., and a plan whose chapters are the
 *   outer items lost their numbers (the two levels then drawn alike, html-list-outline.ts);
 * - headings set by a class (`p.bt1 { font-weight: bold; font-family: 黑体 }`), which html-headings.ts and
 *   html-bold-looks.ts read as they read a bold or 黑体 line styled inline.
 * Each element a rule matches is given the rule's properties inline, as the browser would apply them, unless its own
 * style sets them: a style on the element wins over the sheet, and of two rules the more specific, then the later.
 *
 * Selectors are read as far as they name elements: compounds of a tag, classes and an id, joined by descendant
 * (space) or child (`>`) combinators. A rule with anything else (`:hover`, `[type]`, `+`) is left out.
 */
import type { HTMLElement } from 'node-html-parser'

/** The properties that decide numbers, headings and their looks. */
const PROPERTIES = ['list-style', 'list-style-type', 'font-weight', 'font-family', 'font-size', 'text-align', 'color']
const STYLE_ELEMENT = /<style[^>]*>([\s\S]*?)<\/style>/gi
const COMPOUND = /^([a-z][a-z0-9]*|\*)?((?:[.#][\w-]+)*)$/i

interface Compound {
  tag: string | null
  id: string | null
  classes: string[]
}

interface Rule {
  /** Compounds from the element outwards, each with how it joins the one before it (`>` a parent, ' ' any ancestor). */
  path: { compound: Compound; join: '>' | ' ' }[]
  specificity: number
  order: number
  declarations: [string, string][]
}

/** Sets inline the properties the page's stylesheets (the `<style>` elements of `html`) give the elements under `root`. */
export function applyStylesheet(root: HTMLElement, html: string): void {
  const rules = [...html.matchAll(STYLE_ELEMENT)].flatMap((m) => rulesOf(m[1]))
  if (rules.length === 0) return
  rules.forEach((r, i) => (r.order = i))
  for (const el of root.querySelectorAll('*')) {
    const matching = rules.filter((r) => matches(r, el)).sort((a, b) => a.specificity - b.specificity || a.order - b.order)
    if (matching.length === 0) continue
    const own = el.getAttribute('style') ?? ''
    const set = new Map<string, string>()
    for (const rule of matching) for (const [name, value] of rule.declarations) set.set(name, value)
    const added = [...set].filter(([name]) => !new RegExp(`(?:^|;)\\s*${name}\\s*:`, 'i').test(own)).map(([name, value]) => `${name}:${value}`)
    if (added.length > 0) el.setAttribute('style', [...added, own].filter(Boolean).join(';'))
  }
}

/**
 * Each rule's selector text and body, as `selectors { body }` with neither holding a brace (a rule nested in
 * `@media … { }` is read as it stands). Without its comments, and without the `<!-- -->` older pages wrap their
 * style text in, which would otherwise join the first selector. Split by hand: a regular expression over text
 * with no closing brace goes back over it from every start, quadratic in a long style block.
 */
function ruleTexts(css: string): [string, string][] {
  const out: [string, string][] = []
  const text = withoutPrintRules(css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, ' '))
  for (const chunk of text.split('}')) {
    const open = chunk.lastIndexOf('{')
    if (open <= 0) continue
    const selectors = chunk.slice(chunk.lastIndexOf('{', open - 1) + 1, open)
    if (selectors.length > 0) out.push([selectors, chunk.slice(open + 1)])
  }
  return out
}

/**
 * The style text without its `@media print { … }` blocks: how the page prints (headings made bold or set apart for
 * paper, navigation hidden) is not how it reads on screen, which is what the reader takes headings from.
 */
/** A media query list that only paper matches: every query in it names print, none as `not print`, screen or all. */
function printOnly(queries: string): boolean {
  return queries.split(',').every((q) => /\bprint\b/iu.test(q) && !/\bnot\s+print\b/iu.test(q) && !/\b(?:screen|all)\b/iu.test(q))
}

function withoutPrintRules(css: string): string {
  let out = ''
  let from = 0
  const media = /@media\s+([^{]{0,300})\{/giu
  for (let m = media.exec(css); m; m = media.exec(css)) {
    if (m.index < from || !printOnly(m[1])) continue
    let depth = 1
    let at = m.index + m[0].length
    for (; at < css.length && depth > 0; at++) depth += css[at] === '{' ? 1 : css[at] === '}' ? -1 : 0
    out += css.slice(from, m.index)
    from = at
    media.lastIndex = at
  }
  return out + css.slice(from)
}

function rulesOf(css: string): Rule[] {
  const rules: Rule[] = []
  for (const [selectors, body] of ruleTexts(css)) {
    const declarations = body
      .split(';')
      .map((d) => /^\s*([\w-]+)\s*:\s*(.+?)\s*(?:!important)?\s*$/i.exec(d))
      .filter((m): m is RegExpExecArray => m !== null && PROPERTIES.includes(m[1].toLowerCase()))
      .map((m): [string, string] => [m[1].toLowerCase(), m[2]])
    if (declarations.length === 0) continue
    for (const selector of selectors.split(',')) {
      const path = pathOf(selector.trim())
      if (path) rules.push({ path, specificity: specificityOf(path), order: 0, declarations })
    }
  }
  return rules
}

/** `.article ol.chapters > li` → li (child of) ol.chapters (inside) .article; null for what is not read. */
function pathOf(selector: string): Rule['path'] | null {
  const tokens = selector.replace(/\s*>\s*/g, ' > ').split(/\s+/).filter(Boolean)
  const path: Rule['path'] = []
  let join: '>' | ' ' = ' '
  for (const token of tokens.reverse()) {
    if (token === '>') {
      join = '>'
      continue
    }
    const m = COMPOUND.exec(token)
    if (!m || (!m[1] && !m[2])) return null
    const parts = m[2].match(/[.#][\w-]+/g) ?? []
    const compound = { tag: m[1] && m[1] !== '*' ? m[1].toLowerCase() : null, id: parts.find((p) => p.startsWith('#'))?.slice(1) ?? null, classes: parts.filter((p) => p.startsWith('.')).map((p) => p.slice(1)) }
    // The join read before a compound (from the right) is how the compound to its right joins it.
    if (path.length > 0) path[path.length - 1].join = join
    path.push({ compound, join: ' ' })
    join = ' '
  }
  return path.length > 0 ? path : null
}

function specificityOf(path: Rule['path']): number {
  return path.reduce((s, { compound: c }) => s + (c.id ? 10000 : 0) + c.classes.length * 100 + (c.tag ? 1 : 0), 0)
}

function matches(rule: Rule, el: HTMLElement): boolean {
  if (!matchesCompound(rule.path[0].compound, el)) return false
  let node: HTMLElement | null = el
  for (let k = 1; k < rule.path.length; k++) {
    const viaParent = rule.path[k - 1].join === '>'
    node = node.parentNode as HTMLElement | null
    if (viaParent) {
      if (!node || !matchesCompound(rule.path[k].compound, node)) return false
      continue
    }
    while (node && !matchesCompound(rule.path[k].compound, node)) node = node.parentNode as HTMLElement | null
    if (!node) return false
  }
  return true
}

function matchesCompound(c: Compound, el: HTMLElement): boolean {
  if (!el.rawTagName) return false
  if (c.tag && c.tag !== el.rawTagName.toLowerCase()) return false
  if (c.id && c.id !== el.getAttribute('id')) return false
  if (c.classes.length === 0) return true
  const classes = (el.getAttribute('class') ?? '').split(/\s+/)
  return c.classes.every((name) => classes.includes(name))
}
