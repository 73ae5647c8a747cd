/**
 * What a government page prints before its article: the site's header, a column of the site's sections, a list of
 * its headlines (热点新闻 1. 2. 3.), all in blocks of their own beside or above the block that holds the article. Read
 * as text it came first, as the plan's preamble, and the headlines' numbers as its first clauses, which the page's
 * title and opening paragraph then ran into. The article's block is found from the page's own title: the title's
 * element and, climbing from it, the first block that holds at least half of the page's words. The blocks before
 * that one, at every level above it, are passed over when they read as furniture (furnitureLike): mostly links'
 * words, or short lines (section labels, headlines, label: value lines) none of which is a sentence. A block of prose
 * before the article is the document's own, never furniture: a Word page saved as HTML puts the 印发 notice in
 * WordSection1 and the plan in WordSection2, a CMS may wrap the notice in a div of its own, and the notice holds the
 * issuer, 文号 and dates. Within the article's block, what stands before the title (a letterhead, a 文号) is kept.
 * A page whose title is found nowhere outside a link, or in no block of the article, keeps everything.
 * Pure: the elements to pass over are returned, the page is not changed.
 */
import { HTMLElement } from 'node-html-parser'
import { parseMetadataLine } from '../clean/metadata-fields.js'
import { isDocNumberLine } from '../metadata/doc-number.js'

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
      if (sibling instanceof HTMLElement && furnitureLike(sibling)) before.add(sibling)
    }
  }
  return before
}

/** A sentence of a document: it ends (。！？；) or opens a letter (各县（区）教育局，局属各学校：). */
const SENTENCE = /[。！？；!?;]|[:：]$/

/**
 * A block a site prints beside or above its articles: at least half its words are links' (a column of sections, a
 * 热点新闻 list, a breadcrumb), or none of its lines is a sentence or the document's own number (a column's label,
 * headlines set as text, a 发布时间：… 来源：… line, whose fields are read all the same).
 */
export function furnitureLike(block: HTMLElement): boolean {
  const words = wordsOf(block.text).length
  if (words === 0) return true
  const linked = block.querySelectorAll('a').reduce((sum, a) => sum + wordsOf(a.text).length, 0)
  if (linked * 2 >= words) return true
  return !block.structuredText
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .some((line) => line !== '' && !parseMetadataLine(line) && (SENTENCE.test(line) || isDocNumberLine(line)))
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
