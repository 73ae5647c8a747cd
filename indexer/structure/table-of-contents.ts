/**
 * The table of contents of a compilation (汇编): runs of entries naming its plans with their pages (or under its
 * 目录 heading, the titles printed again over the plans, without), numbered
 * (`2.2024年全市教育和体育工作要点15`) or not, the title run to its page through spaces or Word's dotted leader
 * (`甲县教育局2024年教育工作要点……………………1`).
 */
import type { LineRange } from './plan-splitter.js'
import { foldDigits } from './numeral-glyphs.js'
import { isTitleLike } from './title-line.js'

export interface TocEntry {
  index: number
  title: string
}

export interface TocBlock extends LineRange {
  entries: TocEntry[]
}

const TOC_HEAD = /^(\d{1,2})\s*[.、．]\s*/

/**
 * `2.2024年全市教育和体育工作要点15` → number 2, title, page 15 (what `^(\d{1,2})\s*[.、．]\s*(.*?)\s*(\d{1,4})?$`
 * reads), without the regular expression: its lazy title retried the end at every character of every
 * numbered line of a body, a measurable part of indexing time.
 */
function readTocEntry(line: string, position: number): { number: number; title: string; page: string | undefined } | null {
  // Full-width digits (１．… １５) read as ASCII ones; they fold one for one, so the title is cut from the line itself.
  const folded = foldDigits(line)
  const head = TOC_HEAD.exec(folded)
  if (!head) return unnumberedTocEntry(folded, position)
  const rest = folded.slice(head[0].length)
  let end = rest.length
  let digits = 0
  while (digits < end && rest.charCodeAt(end - 1 - digits) >= 48 && rest.charCodeAt(end - 1 - digits) <= 57) digits++
  // Only the last four digits can be the page; a longer run of digits belongs to the title.
  const page = digits > 0 ? rest.slice(end - Math.min(digits, 4)) : undefined
  end -= Math.min(digits, 4)
  if (digits <= 4) while (end > 0 && LEADER.test(rest[end - 1])) end--
  return { number: Number(head[1]), title: line.slice(head[0].length, head[0].length + end), page }
}

/** What a table of contents runs between a title and its page: spaces, dots, 省略号 (Word's tab leader). */
const LEADER = /[\s.．·•…⋯\-—_]/
/**
 * An entry a table of contents does not number (`甲县教育局2024年教育工作要点……………………1`), taken as the
 * `position`-th: a title, a leader of two or more (or one space), a page of one to four digits. Read by walking back from the page,
 * the leader as long as it can be with one character left for the title: the regex of a lazy title before the leader
 * tried every start inside a long run of dots or dashes, seconds for a line of 100 000 of them.
 */
function unnumberedTocEntry(folded: string, position: number): { number: number; title: string; page: string } | null {
  const page = pageStart(folded)
  if (page === -1) return null
  let leader = page
  while (leader > 1 && LEADER.test(folded[leader - 1])) leader--
  // One space is a leader too: Word sets the page after a tab, and a copy as text makes the tab a space.
  if (page - leader < 2 && !/\s/.test(folded[leader])) return null
  const title = folded.slice(0, leader)
  return isTitleLike(title) ? { number: position, title, page: folded.slice(page) } : null
}

/** Where the page a contents entry ends in starts: one to four ASCII digits closing the line; -1 for none or more. */
export function pageStart(line: string): number {
  let page = line.length
  while (page > 0 && line.charCodeAt(page - 1) >= 48 && line.charCodeAt(page - 1) <= 57) page--
  const digits = line.length - page
  return digits >= 1 && digits <= 4 ? page : -1
}

const PAGE_SUFFIX = /^(.*?)\s*(\d{1,4})$/

/** Finds runs of consecutively numbered table-of-contents entries (`2.2024年全市教育和体育工作要点15`). */
export function findTocBlocks(lines: string[]): TocBlock[] {
  const blocks: TocBlock[] = []
  let i = 0
  while (i < lines.length) {
    const block = readTocBlock(lines, i)
    if (block) {
      blocks.push(block)
      i = block.to
    } else i++
  }
  return blocks
}

function readTocBlock(lines: string[], start: number): TocBlock | null {
  const entries: TocEntry[] = []
  let withPage = 0
  let i = start
  while (i < lines.length) {
    const m = readTocEntry(lines[i], entries.length + 1)
    if (!m || m.number !== entries.length + 1) break
    let title = m.title
    let page = m.page
    i++
    if (!title && !page && i < lines.length && !readTocEntry(lines[i], entries.length + 2)) {
      // `1.` alone, its title on the next line (`2024年全区教育工作要点 2`).
      const next = PAGE_SUFFIX.exec(lines[i])
      if (next && isTitleLike(next[1])) {
        title = next[1]
        page = next[2]
        i++
      }
    }
    if (title && !isTitleLike(title)) break
    if (page) withPage++
    entries.push({ index: entries.length + 1, title })
  }
  const titled = entries.filter((e) => e.title).length
  if (entries.length < 2 || titled < 2) return null
  if (withPage < Math.ceil(titled / 2) && !listsPrintedTitles(lines, start, i, entries)) return null
  return { from: start, to: i, entries }
}

/**
 * A contents list with no pages (a web page's, or one typed by hand: `目录` / `1.甲县…要点` / `2.乙县…要点`) is one
 * still when it stands under its heading and each title it lists is printed below it as a line of its own, over its plan.
 */
function listsPrintedTitles(lines: string[], from: number, to: number, entries: TocEntry[]): boolean {
  if (from === 0 || !/^目\s*录$/.test(lines[from - 1].trim())) return false
  const below = new Set(lines.slice(to).map((l) => l.trim()))
  return entries.every((e) => below.has(e.title.trim()))
}

export function mergeTocTitles(blocks: TocBlock[]): string[] {
  const count = Math.max(...blocks.map((b) => b.entries.length))
  const titles: string[] = Array.from({ length: count }, () => '')
  for (const block of blocks) {
    for (const entry of block.entries) {
      if (entry.title.length > titles[entry.index - 1].length) titles[entry.index - 1] = entry.title
    }
  }
  return titles
}
