/**
 * The list styles a page sets in its own stylesheet (`<style>ol.chapters { list-style-type: cjk-ideographic }</style>`)
 * rather than on each list. A browser draws 一、 二、 before such a list's items; read from the inline style alone, the
 * list counted 1. 2., and a plan whose chapters are the outer items of nested lists lost its chapter numbers (the two
 * levels then drawn alike, html-list-outline.ts). Each matching list is given the style inline, as the browser would
 * apply it, so html-list-markers.ts counts it in the style it is drawn in.
 *
 * Only what decides a list's numbers is read: `list-style` and `list-style-type` in rules whose selector ends in a
 * simple element (`ol`, `.chapters`, `ol.chapters`, `#plan ol`): the ancestors before it are not checked, and a
 * later rule wins over an earlier one, as rules of equal weight do. A style on the element itself wins over both.
 */
import type { HTMLElement } from 'node-html-parser'

interface ListRule {
  tag: string | null
  id: string | null
  classes: string[]
  value: string
}

const RULE = /([^{}]+)\{([^{}]*)\}/g
const LIST_STYLE = /(?:^|;)\s*(list-style(?:-type)?\s*:\s*[^;]+)/i
/** The last compound of a selector: `ol`, `ol.chapters`, `.chapters`, `#plan`, and nothing it cannot match (`:hover`, `[type]`). */
const COMPOUND = /(?:^|[\s>+~])([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)\s*$/i

const STYLE_ELEMENT = /<style[^>]*>([\s\S]*?)<\/style>/gi

/** Sets inline the list styles the page's stylesheets (`<style>` elements of `html`) give the lists and items under `root`. */
export function applyListStyles(root: HTMLElement, html: string): void {
  const rules = [...html.matchAll(STYLE_ELEMENT)].flatMap((m) => listRules(m[1]))
  if (rules.length === 0) return
  for (const el of root.querySelectorAll('ol, ul, li')) {
    const own = el.getAttribute('style') ?? ''
    if (LIST_STYLE.test(own)) continue
    const rule = rules.findLast((r) => matches(r, el))
    if (rule) el.setAttribute('style', own ? `${rule.value};${own}` : rule.value)
  }
}

function listRules(css: string): ListRule[] {
  const rules: ListRule[] = []
  for (const [, selectors, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(RULE)) {
    const value = LIST_STYLE.exec(body)?.[1].trim()
    if (!value) continue
    for (const selector of selectors.split(',')) {
      const m = COMPOUND.exec(selector.trim())
      if (!m || (!m[1] && !m[2])) continue
      const parts = m[2].match(/[.#][\w-]+/g) ?? []
      rules.push({
        tag: m[1]?.toLowerCase() ?? null,
        id: parts.find((p) => p.startsWith('#'))?.slice(1) ?? null,
        classes: parts.filter((p) => p.startsWith('.')).map((p) => p.slice(1)),
        value,
      })
    }
  }
  return rules
}

function matches(rule: ListRule, el: HTMLElement): boolean {
  if (rule.tag && rule.tag !== el.rawTagName?.toLowerCase()) return false
  if (rule.id && rule.id !== el.getAttribute('id')) return false
  const classes = (el.getAttribute('class') ?? '').split(/\s+/)
  return rule.classes.every((c) => classes.includes(c))
}
