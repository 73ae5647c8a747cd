/**
 * The main text of a government web page: the body without scripts, navigation (marked, or a bar of links:
 * link-bar.ts), headers, footers, sidebars, breadcrumbs, share bars and QR codes, with block elements as lines and the
 * label/value metadata table (索引号, 发布机构, 文号 …) moved into fields.
 *
 * Block boundaries (p, div, h1, li, tr …) become a blank line, <br> a plain line break, so the cleaner
 * knows where the author ended a paragraph and joins only lines broken inside one. The items of an ordered
 * list get the numbers a browser draws before them (html-list-markers.ts); a task table (序号 | 重点任务 | 牵头单位)
 * reads as one numbered line per task (task-table.ts), a plan set out as `number | clause` rows as its clauses
 * (numbered-rows.ts). A line wholly inside a heading element or wholly bold is a
 * heading, given with its level beside the text (html-headings.ts), the page's own title left out (title-heading.ts).
 */
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser'
import { canonicalKey, mergeFields, parseMetadataLine } from '../clean/metadata-fields.js'
import { joinAttachmentLinks } from './attachment-links.js'
import type { StyledHeading } from '../structure/styled-headings.js'
import { applyStylesheet } from './html-stylesheet.js'
import { lookHeadings, lookWithin, PLAIN_LOOK, rankBoldLooks } from './html-bold-looks.js'
import { BOLD, levelWithin, PLAIN } from './html-headings.js'
import { TextCollector } from './html-text-collector.js'
import { listMarkers } from './html-list-markers.js'
import { markListOutlines } from './html-list-outline.js'
import { isAnchorOnly } from './anchor-contents.js'
import { CONTENTS_HEAD } from '../clean/contents-lines.js'
import { laysOutPdfLines } from './pdf-page-lines.js'
import { numberedRowLines } from './numbered-rows.js'
import { isLinkBar } from './link-bar.js'
import { hiddenBody } from './revealed-body.js'
import { blocksBeforeArticle } from './before-article.js'
import { taskTableLines } from './task-table.js'
import { capNesting } from './html-depth.js'
import { withoutUnclosedComments } from './unclosed-comment.js'
import { withoutDownlevelConditionals } from './downlevel-conditional.js'
import { withFramesInline } from './inline-frames.js'
import { unnumberedTaskRows } from './unnumbered-task-table.js'
import { pageTitleOf, withoutTitle } from './title-heading.js'

export interface HtmlContent {
  text: string
  fields: Record<string, string>
  url: string | null
  /** The lines that are headings (h1–h6, or bold from end to end), with their levels, the page's title left out; only when it has any. */
  headings?: StyledHeading[]
}

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'iframe', 'svg', 'button', 'select',
  'option', 'input', 'textarea', 'form', 'object', 'embed', 'canvas', 'map', 'head', 'title', 'meta', 'link',
])
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl',
  'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'pre', 'center', 'hr', 'address', 'figure',
  'figcaption', 'caption', 'body', 'html',
])
/** class / id values of page furniture containers (exact tokens). */
const FURNITURE_TOKENS = new Set([
  'nav', 'navbar', 'menu', 'footer', 'foot', 'sidebar', 'aside', 'position', 'location', 'weizhi', 'dqwz',
  'curpos', 'share', 'bread', 'ewm', 'pager', 'related', 'topbar', 'toolbar', 'tools', 'login', 'search',
  // An older site's foot cell, named for its copyright (版权): its address and telephone line carries no footer word.
  'copy', 'banquan',
])
/** class / id fragments of page furniture containers. */
const FURNITURE_FRAGMENT = /breadcrumb|crumbs?\b|bdshare|share[-_]?bar|sharebox|qrcode|erweima|copyright|pagination/i
/**
 * A site's foot named as one part of a longer name (`wzy_foot`, `g-footer`, `site-footer-inner`): its lines (`某县人民政府
 * 办公室主办`) carry no footer words to know them by, and would run into the last clause.
 */
const FOOT_PARTS = new Set(['foot', 'footer'])

export function extractHtml(html: string): HtmlContent {
  const root = parse(capNesting(withoutUnclosedComments(withoutDownlevelConditionals(withFramesInline(html)))), {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  })
  const fields: Record<string, string> = {}
  const out = new TextCollector()
  const body = root.querySelector('body') ?? root
  revealed = hiddenBody(body)
  applyStylesheet(body, html)
  markListOutlines(body)
  // The site's blocks before the article's (before-article.ts) are passed over; their metadata tables are still read.
  const ownTitles = [pageTitleOf(root.querySelector('title')?.text ?? ''), governmentMeta(root)['标题'] ?? '']
  passedOver = blocksBeforeArticle(body, ownTitles, (el) => isFurnitureContainer(el) || isHidden(el))
  try {
    walk(body, out, fields, 'blocks')
  } finally {
    revealed = null
    passedOver = null
  }
  mergeFields(fields, governmentMeta(root))
  mergeFields(fields, accountPublishTime(root))
  const titles = [pageTitleOf(root.querySelector('title')?.text ?? ''), ...(fields['标题'] ? [fields['标题']] : [])]
  const text = joinAttachmentLinks(out.finish())
  // Ranked without the title, whose look (centred, larger) ranks no chapter; a page whose only heading element or
  // bold line is its title may still head its chapters by their looks.
  const marked = withoutTitle(out.headings, titles)
  const headings = rankBoldLooks(marked.length > 0 ? marked : withoutTitle(lookHeadings(out.plainLines), titles))
  return { text, fields, url: canonicalUrl(root), ...(headings.length > 0 ? { headings } : {}) }
}

/** The meta tags government sites carry by the national site guideline, as fields (the page's own table wins). */
const GOVERNMENT_META: Record<string, string> = { articletitle: '标题', pubdate: '发布日期', contentsource: '来源' }

function governmentMeta(root: HTMLElement): Record<string, string> {
  const found: Record<string, string> = {}
  for (const meta of root.querySelectorAll('meta')) {
    const key = GOVERNMENT_META[(meta.getAttribute('name') ?? '').toLowerCase()]
    const content = meta.getAttribute('content')?.trim()
    if (key && content && !(key in found)) found[key] = content
  }
  return found
}

/**
 * The time an official account (公众号) published its article: WeChat writes it in `<em id="publish_time">` on the
 * line under the title beside the account's name, with no label a metadata line could be read by.
 */
function accountPublishTime(root: HTMLElement): Record<string, string> {
  const time = root.querySelector('#publish_time')?.text.trim() ?? ''
  return /^\d{4}[-年.\/]\d{1,2}[-月.\/]\d{1,2}/.test(time) ? { 发布日期: time } : {}
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return m ? m[1] : null
}

/**
 * `marker`: the number a browser draws before this element (an <ol> item's), which its text lacks; `level`: the
 * heading level of the text around it (html-headings.ts).
 */
/** How the text flows: as a page's blocks, as preformatted lines, or as a PDF's printed lines (pdf-page-lines.ts). */
type Flow = 'blocks' | 'pre' | 'pdf-lines'

/** A paragraph's first line indented by hand: two no-break or ideographic spaces or more before its words. */
const INDENT = /^[ \t\r\n\f]*[\u00a0\u3000\u2002\u2003]{2,}/
/** Zero-width space, word joiner and zero-width no-break space: marks no reader sees (joiners in emoji stay). */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g

function walk(node: Node, out: TextCollector, fields: Record<string, string>, flow: Flow, marker?: string, level = PLAIN, look = PLAIN_LOOK): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = node.text
    if (flow === 'pre') {
      const parts = text.split(/\r\n|\r|\n/)
      parts.forEach((part, i) => {
        if (i > 0) out.lineBreak()
        out.add(part, level, look)
      })
    } else {
      // &nbsp; is a space the browser may not break at: pages indent with runs of it and Word puts one after a list
      // number (`2.&nbsp;加强…`). As U+00A0 it would stay in the clause text, where no search typing a space finds it.
      // So with an online editor's &ensp; &emsp; &thinsp; (`1.&ensp;深化…`), and the zero-width spaces a copy from an
      // official account leaves between words, which no one types at all.
      out.add(text.replace(ZERO_WIDTH, '').replace(/[ \t\r\n\f\u00a0\u2000-\u200a\u202f\u205f]+/g, ' '), level, look, INDENT.test(text))
    }
    return
  }
  if (!(node instanceof HTMLElement)) return
  const tag = node.rawTagName?.toLowerCase() ?? ''
  if (SKIPPED_TAGS.has(tag) || isHidden(node) || isFurnitureContainer(node)) return
  if (passedOver?.has(node)) {
    readPassedOverFields(node, tag, fields)
    return
  }
  if (tag === 'header' && !node.closest('article') && !node.closest('main')) return
  if (tag === 'br') {
    out.lineBreak()
    return
  }
  if ((tag === 'table' || tag === 'dl') && readMetadataTable(node, fields)) return
  const grid = tag === 'table' ? tableGrid(node) : null
  const numbered = grid ? (taskTableLines(grid) ?? numberedRowLines(grid)) : null
  const unnumbered = grid && !numbered ? unnumberedTaskRows(grid) : null
  const tasks = numbered ?? unnumbered?.lines ?? null
  if (tasks) {
    tasks.forEach((line, k) => {
      out.paragraphBreak()
      // A board of an unnumbered task table heads its tasks (unnumbered-task-table.ts).
      out.add(line, unnumbered?.boards.has(k) ? BOLD : PLAIN)
    })
    out.paragraphBreak()
    return
  }
  const block = BLOCK_TAGS.has(tag)
  if (block && isLinkBar(node)) return
  if (block && isAnchorOnly(node)) return out.dropLastLine(CONTENTS_HEAD)
  const endBlock = () => (flow === 'pdf-lines' ? out.lineBreak() : out.paragraphBreak())
  if (block) endBlock()
  if (marker) out.add(marker)
  const cellGap = tag === 'td' || tag === 'th'
  const markers = tag === 'ol' ? listMarkers(node) : null
  const within = levelWithin(node, tag, level)
  const looks = lookWithin(node, tag, look)
  const inner: Flow = tag === 'pre' ? 'pre' : flow === 'blocks' && laysOutPdfLines(node) ? 'pdf-lines' : flow
  for (const child of node.childNodes) walk(child, out, fields, inner, markers?.get(child as HTMLElement), within, looks)
  if (cellGap) out.add(' ')
  if (block) endBlock()
}

/** The cell texts of a table's own rows, a merged cell (rowspan, colspan) repeated in every place it covers. */
function tableGrid(table: HTMLElement): string[][] {
  const grid: string[][] = []
  const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table)
  rows.forEach((tr, r) => {
    grid[r] ??= []
    let c = 0
    for (const cell of tr.childNodes) {
      if (!(cell instanceof HTMLElement) || !/^t[dh]$/i.test(cell.rawTagName ?? '')) continue
      while (grid[r][c] !== undefined) c++
      const text = cell.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
      const rowspan = Math.min(Math.max(Number(cell.getAttribute('rowspan')) || 1, 1), rows.length - r)
      const colspan = Math.min(Math.max(Number(cell.getAttribute('colspan')) || 1, 1), 50)
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= []
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = text
      }
      c += colspan
    }
  })
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''))
}

/** The page's body that a script reveals (revealed-body.ts): hidden by its style, read all the same. */
let revealed: HTMLElement | null = null
/** The site's blocks before the article's (before-article.ts), read for their metadata tables only. */
let passedOver: Set<HTMLElement> | null = null

function isHidden(el: HTMLElement): boolean {
  if (el === revealed) return false
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase()
  return style.includes('display:none') || style.includes('visibility:hidden')
}

function isFurnitureContainer(el: HTMLElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase()
  if (FURNITURE_FRAGMENT.test(names)) return true
  return names.split(/\s+/).some((token) => FURNITURE_TOKENS.has(token) || token.split(/[-_]/).some((part) => FOOT_PARTS.has(part)))
}

/**
 * The metadata a block before the article gives (before-article.ts): its label/value tables, and its lines with a
 * specific label (索引号：…, 文号：…, 发布时间：… 来源：…) as a 政务公开 list or an info line prints them. A generic
 * `日期：` there more often dates a sidebar's headline than the document.
 */
function readPassedOverFields(node: HTMLElement, tag: string, fields: Record<string, string>): void {
  const tables = tag === 'table' || tag === 'dl' ? [node] : node.querySelectorAll('table, dl')
  for (const table of tables) readMetadataTable(table, fields)
  if (tables.length > 0) return
  for (const line of node.structuredText.split('\n')) {
    const parsed = parseMetadataLine(line.replace(/[\s\u00a0]+/g, ' '))
    if (parsed?.hasSpecificLabel) mergeFields(fields, parsed.fields)
  }
}

/**
 * A table (or dl) whose cells are label/value pairs: `<td>索引号：</td><td>1142…</td>` or
 * `<td>发布机构：市教育局</td>`. Its fields are taken and true is returned so the table leaves the text.
 */
function readMetadataTable(table: HTMLElement, fields: Record<string, string>): boolean {
  // A page laid out in a table (a column of links beside the article's cell) holds its metadata table inside a
  // cell: counted with the outer cells, its labels made the whole page a metadata table, and its text left.
  if (table.querySelector('table, dl')) return false
  const cells = table
    .querySelectorAll(table.rawTagName.toLowerCase() === 'dl' ? 'dt, dd' : 'td, th')
    .map((cell) => cell.text.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((text) => text !== '')
  if (cells.length === 0) return false
  const found: Record<string, string> = {}
  let labelled = 0
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]
    const key = /[:：]$/.test(cell) || cell.length <= 6 ? canonicalKey(cell) : undefined
    if (key !== undefined) {
      const value = cells[i + 1] !== undefined && canonicalKey(cells[i + 1]) === undefined ? cells[i + 1] : ''
      if (key !== '' && value !== '' && !(key in found)) found[key] = value
      labelled += value === '' ? 1 : 2
      if (value !== '') i++
      continue
    }
    const line = parseMetadataLine(cell)
    if (line) {
      mergeFields(found, line.fields)
      labelled++
    }
  }
  if (Object.keys(found).length === 0 || labelled < cells.length * 0.75) return false
  mergeFields(fields, found)
  return true
}

function canonicalUrl(root: HTMLElement): string | null {
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    const href = link.getAttribute('href')?.trim()
    if (rel.includes('canonical') && href) return href
  }
  for (const meta of root.querySelectorAll('meta')) {
    const property = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase()
    const content = meta.getAttribute('content')?.trim()
    if (property === 'og:url' && content) return content
  }
  return null
}
