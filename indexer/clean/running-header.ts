/**
 * A PDF's running header: the short line printed at the top of every page (the issuer, a short title), which
 * text extraction leaves right after the page number that ended the page before (`— 1 —` then `南阳市教育局`).
 * Kept, it splits a sentence the page break cut (`培育党建工作` / `南阳市教育局` / `示范校20所。`), so the two halves
 * are never joined, and it reads as a signature inside the body.
 *
 * A page template drawn after the page's text puts the header just above the page number instead
 * (`示范校20所` … `南阳市教育局` / `— 1 —` / `延伸。`): a line right before a page number counts the same.
 *
 * A line is one when the same text sits next to a page number at least twice: once may be the document's own
 * text (a signature on the last page), twice is the page template. Only the copies next to a page number go.
 * A document of two pages prints its header once: there a copy of a line of the document's head (its title, its
 * issuer) next to the page number is the header too, unless a date follows it (the head's issuer signing the
 * last page). The document's first line stays, the title of a page 1 whose number was drawn first (firstTitle). A
 * header on pages that print no number is found by its repeats instead (repeated-header.ts). Pure.
 */
import { isTitleLike } from '../structure/title-line.js'
import { isPageNumberLine } from './furniture.js'
import { repeatedHeaderLines } from './repeated-header.js'
import { numberedHeaderLines } from './numbered-headers.js'
import { HEAD_LINES, isHeaderShaped } from './header-shape.js'

const MIN_REPEATS = 2
const DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/
/** A signature's date in figures or in characters (`二〇二五年二月二十八日`). */
const SIGNED_DATE = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/

/**
 * Indexes of the running-header lines among the trimmed lines of a text (blank lines are looked through).
 * `barePageNumbers`: the lines that are page numbers printed as a number alone (bare-page-numbers.ts), which have
 * no shape of their own to be known by here.
 */
export function runningHeaderLines(lines: string[], barePageNumbers: ReadonlySet<number> = new Set()): Set<number> {
  const isPage = (i: number | undefined) => i !== undefined && (barePageNumbers.has(i) || isPageNumberLine(lines[i]))
  const text = [...lines.keys()].filter((i) => lines[i] !== '')
  const besidePageNumber = new Map<string, Set<number>>()
  text.forEach((i, k) => {
    const line = lines[i]
    if (isPage(i) || !isHeaderShaped(line)) return
    const before = k > 0 && isPage(text[k - 1])
    const after = k + 1 < text.length && isPage(text[k + 1])
    if (before || after) besidePageNumber.set(line, (besidePageNumber.get(line) ?? new Set()).add(i))
  })
  const head = new Set(text.slice(0, HEAD_LINES).map((i) => lines[i]))
  const headEnd = text[HEAD_LINES] ?? lines.length
  const signs = (i: number) => DATE.test(lines[text[text.indexOf(i) + 1]] ?? '')
  const headers = new Set([...repeatedHeaderLines(lines, barePageNumbers), ...numberedHeaderLines(lines)])
  for (const [line, at] of besidePageNumber) {
    const once = at.size < MIN_REPEATS
    const opening = openingTitle(lines, text, line, at, isPage) ?? firstTitle(lines, text, line, at, isPage)
    for (const i of at) if (i !== opening && (!once || (head.has(line) && i >= headEnd && !signs(i)))) headers.add(i)
  }
  return headers
}

/**
 * A plan whose header is its own title, issued under a cover notice (`…印发给你们` / `德阳市教育局` / `2025年2月28日`
 * / `— 1 —`): the plan starts on a new page, its title at the top, where the header copies later stand. That first
 * copy is the title, not a header: gone, the plan had no title line and the notice ran into its preamble. Only the
 * first copy, of a line that reads as a title, right after the page number that follows a dated signature.
 */
function openingTitle(lines: string[], text: number[], line: string, at: Set<number>, isPage: (i: number | undefined) => boolean): number | null {
  if (!isTitleLike(line)) return null
  const first = Math.min(...at)
  const k = text.indexOf(first)
  const signed = k >= 2 && isPage(text[k - 1]) && SIGNED_DATE.test(lines[text[k - 2]])
  return signed ? first : null
}

/**
 * A page template drawn before the page's text puts page 1's number above its first line (`- 1 -` / the title): the
 * document's first line is its title, though copies of it head the later pages beside their numbers. Only a line
 * that reads as a title, where nothing but page numbers stands before it.
 */
function firstTitle(lines: string[], text: number[], line: string, at: Set<number>, isPage: (i: number | undefined) => boolean): number | null {
  if (!isTitleLike(line)) return null
  const first = text.find((i) => !isPage(i))
  return first !== undefined && at.has(first) ? first : null
}
