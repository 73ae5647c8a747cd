/**
 * A long article that a site splits over several pages (`…/t20240301_123.html`, `…_1.html`, `…_2.html`): the
 * plan is only whole when its pages are read together. Page 1 of such an article names its later pages in
 * one of two ways, both read here:
 *
 * - the TRS content system's pager script, `createPageHTML(3, 0, "t20240301_123", "html")`: three pages,
 *   this is the first, the others are `t20240301_123_1.html` and `t20240301_123_2.html`;
 * - a 下一页 link, followed page by page.
 *
 * The later pages' article text is written into page 1 where its pager stands (the end of its article), so
 * the stored copy reads, offline and like any corpus file, as the whole plan. A later page repeats the site's
 * furniture and the article's title around its own text: lines it shares with page 1 are left out.
 */
import { parse, type HTMLElement } from 'node-html-parser'
import { extractHtml } from '../read/read-html.js'
import { safeUrl } from './attachments.js'

/** Pages of one article that are fetched at most (the longest 工作要点 seen runs to 5 pages). */
export const MAX_ARTICLE_PAGES = 20

/** The pager call; its four arguments are literals or the template's variables (`countPage, currentPage, prewName, fileExt`). */
const PAGER_CALL = /createPageHTML\s*\(([^()]{1,300})\)/
const NEXT_TEXT = /^\s*(下一页|下页|后一页|下一頁|下頁)\s*[>›»]*\s*$/

/**
 * The later pages page 1 names: every page of a pager script, or the page its 下一页 link leads to (whose own
 * link the caller follows). Only addresses on page 1's own site count; an empty list when it names none.
 */
export function laterPages(html: string, pageUrl: string): { urls: string[]; complete: boolean } {
  const pager = pagerArguments(html)
  if (pager) {
    const [total, current, name, extension] = pager
    if (Number(current) !== 0 || !(Number(total) >= 2) || !/^[A-Za-z]{1,8}$/.test(extension)) return { urls: [], complete: true }
    const urls = Array.from({ length: Math.min(Number(total), MAX_ARTICLE_PAGES) - 1 }, (_, i) => sameSite(`${name}_${i + 1}.${extension}`, pageUrl))
    return { urls: urls.filter((u): u is string => u !== null), complete: true }
  }
  const next = nextPageLink(html, pageUrl)
  return { urls: next ? [next] : [], complete: false }
}

/**
 * The four arguments of a page's pager call as text, each variable replaced by the value its `var` gives it
 * in the page; null when the page has no such call or an argument has no value.
 */
function pagerArguments(html: string): [string, string, string, string] | null {
  const call = PAGER_CALL.exec(html)
  const args = call?.[1].split(',').map((a) => a.trim())
  if (!args || args.length !== 4) return null
  const values = args.map((arg) => {
    const literal = /^(['"]?)([^'"]*)\1$/.exec(arg)
    if (!/^[A-Za-z_$][\w$]*$/.test(arg)) return literal ? literal[2] : null
    const declared = new RegExp(`(?:^|[^\\w$])${arg.replace(/\$/g, '\\$')}\\s*=\\s*(['"]?)([^'";\\s/]+)\\1`).exec(html)
    return declared ? declared[2] : null
  })
  return values.every((v): v is string => v !== null && v !== '') ? (values as [string, string, string, string]) : null
}

/** The address of the page a 下一页 link leads to, on the same site and not the page itself; null when none. */
export function nextPageLink(html: string, pageUrl: string): string | null {
  const root = parse(html, { comment: false })
  for (const a of root.querySelectorAll('a')) {
    if (!NEXT_TEXT.test(a.text)) continue
    const href = a.getAttribute('href')?.trim()
    if (!href || /^(javascript:|#)/i.test(href)) continue
    const url = sameSite(href, pageUrl)
    if (url && url !== withoutHash(pageUrl)) return url
  }
  return null
}

export interface FetchedPage {
  html: string
  /** The address that answered, after redirects: a 下一页 link on the page is read against it. */
  url: string
}

export interface LaterPages {
  /** The later pages' HTML, in order. */
  pages: string[]
  /** Their addresses. */
  urls: string[]
  /** The page that could not be fetched (2 is the first later page); the pages before it are kept. */
  failure: { page: number; url: string; error: unknown } | null
}

/** Fetches the later pages `firstHtml` names, following a 下一页 chain, at most MAX_ARTICLE_PAGES in all. */
export async function fetchLaterPages(firstHtml: string, firstUrl: string, fetchPage: (url: string) => Promise<FetchedPage>): Promise<LaterPages> {
  const named = laterPages(firstHtml, firstUrl)
  const queue = [...named.urls]
  const visited = new Set([withoutHash(firstUrl)])
  const out: LaterPages = { pages: [], urls: [], failure: null }
  while (queue.length > 0 && out.pages.length < MAX_ARTICLE_PAGES - 1) {
    const next = queue.shift()!
    // A chain that leads back to a page already read has ended.
    if (visited.has(next)) break
    visited.add(next)
    try {
      const page = await fetchPage(next)
      out.pages.push(page.html)
      out.urls.push(next)
      // A pager script named every page; a 下一页 chain names one at a time.
      if (!named.complete) {
        const after = nextPageLink(page.html, page.url)
        if (after) queue.push(after)
      }
    } catch (error) {
      out.failure = { page: out.pages.length + 2, url: next, error }
      break
    }
  }
  return out
}

/**
 * Page 1's HTML with the text of each later page written in where page 1's pager stands (before </body> when
 * it has none), one <p> a paragraph, <br> where the page broke a line. `firstText` is page 1's main text, when
 * the caller has read it already.
 */
export function mergeArticlePages(firstHtml: string, laterHtmls: string[], firstText = extractHtml(firstHtml).text): string {
  const seen = new Set(lines(firstText))
  const paragraphs: string[][] = []
  for (const html of laterHtmls) {
    for (const paragraph of extractHtml(html).text.split(/\n{2,}/)) {
      const own = paragraph.split('\n').filter((line) => line.trim() !== '' && !seen.has(line.trim()))
      if (own.length > 0) paragraphs.push(own)
    }
  }
  if (paragraphs.length === 0) return firstHtml
  const inserted = `<div class="continued-pages">${paragraphs.map((p) => `<p>${p.map(escapeHtml).join('<br>')}</p>`).join('')}</div>`
  const at = pagerOffset(firstHtml)
  return `${firstHtml.slice(0, at)}${inserted}${firstHtml.slice(at)}`
}

/**
 * The merged page as stored: decoded text written back as UTF-8 bytes, so its charset declarations (a GBK
 * page's `<meta charset=gb2312>`) give way to one that says so.
 */
export function utf8Html(html: string): Uint8Array {
  const undeclared = html.replace(/<meta\b[^>]*charset\s*=[^>]*>/gi, '')
  const head = /<head\b[^>]*>/i.exec(undeclared)
  const at = head ? head.index + head[0].length : 0
  return new Uint8Array(Buffer.from(`${undeclared.slice(0, at)}<meta charset="utf-8">${undeclared.slice(at)}`, 'utf8'))
}

/** Where page 1's pager starts in its source (the pager script, or the element around its 下一页 link), else </body>. */
function pagerOffset(html: string): number {
  const script = /<script\b[^>]*>[^<]*createPageHTML/i.exec(html)
  if (script) return script.index
  const root = parse(html, { comment: false })
  const link = root.querySelectorAll('a').find((a) => NEXT_TEXT.test(a.text))
  const pager = link ? pagerElement(link) : null
  if (pager) {
    const [start] = pager.range
    if (start >= 0 && start < html.length) return start
  }
  const body = html.search(/<\/body\s*>/i)
  return body >= 0 ? body : html.length
}

/** The smallest element around a 下一页 link that holds only pager text (页码, 上一页, 首页, 尾页, numbers). */
function pagerElement(link: HTMLElement): HTMLElement {
  let pager = link
  for (let el = link.parentNode; el && el.rawTagName && !/^(body|html)$/i.test(el.rawTagName); el = el.parentNode) {
    if (!/^[\s\d上下一页頁首尾末共第跳转到>›»<‹«…|/]*$/.test(el.text)) break
    pager = el
  }
  return pager
}

function sameSite(href: string, pageUrl: string): string | null {
  const url = safeUrl(href, pageUrl)
  return url !== null && /^https?:/.test(url) && new URL(url).origin === new URL(pageUrl).origin ? url : null
}

function withoutHash(url: string): string {
  return url.replace(/#.*$/, '')
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
