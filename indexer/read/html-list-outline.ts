/**
 * A web page's plan written as nested ordered lists: each chapter an item of the outer <ol>, a short title over an
 * inner <ol> of its clauses. A browser draws 1. 2. at both levels, told apart by their indent alone: read as text,
 * every chapter title was a clause of the clause level (1, 1, 2, 2, 1, 2). The outer items are the chapters'
 * headings: their titles are set bold, which heads them (html-headings.ts), and the inner lists number the clauses.
 * Where the inner lists start again at 1, each title keeps the number the browser draws for it, set bold with it
 * (`1.全面加强党的建设`), and its chapter keeps that number (structure/styled-headings.ts); where an inner list counts
 * on (start="3"), the outer list draws no number. The nesting is the page's own, so neither a 一、 or （一） line
 * elsewhere in the plan nor an opening paragraph between a title and its list unmakes the outline (as it would the
 * outline read from plain text, structure/repeated-number-titles.ts). Only when every outer item is such a title
 * over a list drawn in the same numbers (a list of clauses with points under some is no outline, and a 一、 list
 * over 1. lists numbers its chapters itself).
 */
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser'
import { formatOf, listMarkers } from './html-list-markers.js'

/** A chapter's title: short, no sentence. */
const TITLE = /^[^。；;！!？?：:]{2,30}$/

const isList = (node: Node) => node instanceof HTMLElement && /^(?:ol|ul)$/i.test(node.rawTagName ?? '')
const itemsOf = (ol: HTMLElement) => ol.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement && n.rawTagName?.toLowerCase() === 'li')

/** Marks the outline lists under `root` as read above: their titles bold, their own numbers not drawn. */
export function markListOutlines(root: HTMLElement): void {
  for (const ol of outlineLists(root)) {
    const items = itemsOf(ol)
    // Over inner lists that start again at 1 under each title, the title keeps the number drawn for it (1. 2., the
    // clauses' form, which the structure reader keeps for the chapter; a. or 一、 titles draw none, as before).
    const restart = items.every((li) => li.childNodes.filter((n) => sameNumbers(ol, n)).every((inner) => restartsAtOne(inner as HTMLElement)))
    const drawn = restart && formatOf(ol) === 'decimal' ? listMarkers(ol) : new Map<HTMLElement, string>()
    ol.setAttribute('style', `list-style-type:none;${ol.getAttribute('style') ?? ''}`)
    for (const li of items) {
      const nodes = titleNodes(li)
      const strong = parse('<strong></strong>').firstChild as HTMLElement
      const number = drawn.get(li)
      if (number) strong.appendChild(new TextNode(number, strong))
      li.exchangeChild(nodes[0], strong)
      for (const n of nodes) {
        if (n !== nodes[0]) li.removeChild(n)
        strong.appendChild(n)
      }
    }
  }
}

/** Drawn alike: an outer list drawn 一、 over inner 1. tells its levels apart, and numbers its chapters itself. */
const sameNumbers = (ol: HTMLElement, inner: Node) => inner instanceof HTMLElement && inner.rawTagName?.toLowerCase() === 'ol' && formatOf(inner) === formatOf(ol)

/**
 * The lists of titles over inner lists. A web editor splits the outer list where a picture or paragraph stands
 * between two chapters, the part after it counting on (<ol start="4">): a part of one title is an outline when
 * it continues, or is continued by, another part drawn in the same numbers; alone, one title over a list is none.
 */
function outlineLists(root: HTMLElement): HTMLElement[] {
  const titled = root.querySelectorAll('ol').filter((ol) => {
    const items = itemsOf(ol)
    return items.length >= 1 && items.every((li) => TITLE.test(titleNodes(li).map((n) => n.text).join('').trim()) && li.childNodes.some((n) => sameNumbers(ol, n)))
  })
  const chains: HTMLElement[][] = []
  // The chains by the number their next part would start at, in its format, earliest chain first (as `chains` holds
  // them): looking through every chain for each list was quadratic, a page of 10 000 one-title lists read in 14 s.
  const waiting = new Map<string, { order: number; chain: HTMLElement[] }[]>()
  const keyOf = (ol: HTMLElement, first: number) => `${formatOf(ol)} ${first}`
  for (const ol of titled) {
    const first = firstNumber(ol)
    const candidates = first > 1 ? (waiting.get(keyOf(ol, first)) ?? []) : []
    const at = candidates.findIndex(({ chain }) => !chain[chain.length - 1].querySelectorAll('ol').includes(ol))
    const entry = at === -1 ? { order: chains.length, chain: [] } : candidates.splice(at, 1)[0]
    if (at === -1) chains.push(entry.chain)
    entry.chain.push(ol)
    const next = keyOf(ol, first + itemsOf(ol).length)
    const queue = waiting.get(next) ?? []
    let place = queue.length
    while (place > 0 && queue[place - 1].order > entry.order) place--
    queue.splice(place, 0, entry)
    waiting.set(next, queue)
  }
  return chains.filter((c) => c.reduce((n, ol) => n + itemsOf(ol).length, 0) >= 2).flat()
}

/** The number a list's first item is drawn with (reversed lists count down and take no part in a chain). */
function firstNumber(ol: HTMLElement): number {
  const start = Number(ol.getAttribute('start'))
  return ol.hasAttribute('reversed') ? Number.NaN : Number.isInteger(start) && ol.hasAttribute('start') ? start : 1
}

/** Whether a list's items count from 1: no other start, no reversed count, no item given another value. */
function restartsAtOne(ol: HTMLElement): boolean {
  const start = ol.getAttribute('start')
  return (start === undefined || Number(start) === 1) && !ol.hasAttribute('reversed') && itemsOf(ol).every((li) => !li.hasAttribute('value'))
}

/** The item's nodes before its first nested list: its title. */
function titleNodes(li: HTMLElement): Node[] {
  const at = li.childNodes.findIndex(isList)
  return li.childNodes.slice(0, at === -1 ? li.childNodes.length : at)
}
