/**
 * A document's own title among its headings: a web page prints its title in <h1> (or as the first bold line of
 * the article, again), a Markdown file as its first `#` line. The plan splitter takes the title off the body, but
 * a title left in it would head the top level and push the chapters down to sections: the headings passed on
 * leave out a heading that repeats the page's own title (its <title> before the site's name, or ArticleTitle), and
 * one that reads as a document's or a notice's title (`…工作要点`, `关于印发…的通知`) where it stands first or
 * alone at its level (a chapter named `重点工作安排` has chapters beside it at its level).
 */
import type { StyledHeading } from '../structure/styled-headings.js'
import { isNoticeTitle, isTitleLike } from '../structure/title-line.js'

const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '')

/** `headings` without the document's title; `titles` are the titles the document states apart from its text. */
export function withoutTitle<H extends StyledHeading>(headings: H[], titles: string[] = []): H[] {
  const known = new Set(titles.map(wordsOf).filter((t) => t !== ''))
  // Counted once: counting a level's headings again for each heading was quadratic in a file of many headings.
  const atLevel = new Map<number, number>()
  for (const h of headings) atLevel.set(h.level, (atLevel.get(h.level) ?? 0) + 1)
  const alone = (h: StyledHeading) => atLevel.get(h.level) === 1
  const readsAsTitle = (h: StyledHeading) => isTitleLike(h.text.trim()) || isNoticeTitle(h.text)
  return headings.filter((h, i) => !known.has(wordsOf(h.text)) && !((i === 0 || alone(h)) && readsAsTitle(h)))
}

/** A page's <title> without the site's name after it (`荆门市2024年教育工作要点_规划计划_荆门市教育局`). */
export function pageTitleOf(title: string): string {
  return title.split(/\s*[_|｜]\s*|\s+[-–—]\s+/)[0].trim()
}
