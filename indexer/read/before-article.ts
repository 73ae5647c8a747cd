/**
 * What a government page prints before its article: the site's header, a column of the site's sections, a list of
 * its headlines (热点新闻 1. 2. 3.), all in blocks of their own beside or above the block that holds the article. Read
 * as text it came first, as the plan's preamble, and the headlines' numbers as its first clauses, which the page's
 * title and opening paragraph then ran into. The article's block is found from the page's own title: the title's
 * element and, climbing from it, the first block that holds at least half of the page's words. The blocks before
 * that one, at every level above it, are furniture; within it, what stands before the title (a letterhead, a 文号)
 * is kept. A page whose title is found nowhere outside a link, or in no block of the article, keeps everything.
 * Pure: the elements to pass over are returned, the page is not changed.
 */
import { HTMLElement } from 'node-html-parser'

/** The share of a page's words the article's block holds at least. */
const ARTICLE_SHARE = 0.5
/** A title element shorter than this is no proof of the title (a menu label that happens to match its start). */
const MIN_TITLE_CHARS = 8

const wordsOf = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '')

/** The elements before the article's block, at every level from the body down to it. */
export function blocksBeforeArticle(body: HTMLElement, titles: string[], skipped: (el: HTMLElement) => boolean): Set<HTMLElement> {
  const before = new Set<HTMLElement>()
  const title = titleElement(body, titles.map(wordsOf).filter((t) => t.length >= MIN_TITLE_CHARS), skipped)
  if (!title) return before
  const total = wordsOf(body.text).length
  let article: HTMLElement = title
  while (article.parentNode && article.parentNode !== body && wordsOf(article.text).length < total * ARTICLE_SHARE) article = article.parentNode
  if (wordsOf(article.text).length < total * ARTICLE_SHARE) return before
  for (let el: HTMLElement = article; el !== body && el.parentNode; el = el.parentNode) {
    for (const sibling of el.parentNode.childNodes) {
      if (sibling === el) break
      if (sibling instanceof HTMLElement) before.add(sibling)
    }
  }
  return before
}

/** The deepest first element whose words are the page's title (or open it), outside links and skipped furniture. */
function titleElement(body: HTMLElement, titles: string[], skipped: (el: HTMLElement) => boolean): HTMLElement | null {
  if (titles.length === 0) return null
  const isTitle = (el: HTMLElement) => {
    const words = wordsOf(el.text)
    return words.length >= MIN_TITLE_CHARS && titles.some((t) => t === words || (t.startsWith(words) && words.length * 5 >= t.length * 3))
  }
  const visit = (el: HTMLElement): HTMLElement | null => {
    const tag = (el.rawTagName ?? '').toLowerCase()
    if (tag === 'a' || tag === 'title' || tag === 'head' || skipped(el)) return null
    for (const child of el.childNodes) {
      if (!(child instanceof HTMLElement)) continue
      const found = visit(child)
      if (found) return found
    }
    return el !== body && isTitle(el) ? el : null
  }
  return visit(body)
}
