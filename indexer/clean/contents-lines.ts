/**
 * A plan's own table of contents printed before its text (`目  录` over `一、全面加强党的建设……………1`): its entries
 * are the chapter headings again, each run to its page through a dotted leader. Kept, they were read as the
 * chapters, the real chapters further down no longer continued their sequence, and every clause fell under the
 * last entry, titled with its leader and page (`三、建设高素质教师队伍……3`). A reader skips the contents: the entries
 * and the 目录 heading over them leave the text. A compilation's contents, whose entries are the titles of the
 * plans it holds (`…2024年教育工作要点……1`), stay: they tell the plans apart (structure/table-of-contents.ts). Pure.
 */
import { pageStart } from '../structure/table-of-contents.js'
import { isTitleLike } from '../structure/title-line.js'

/** `目录`, `目 录`, `Contents`: the heading over a table of contents (the readers leave it out with theirs too). */
export const CONTENTS_HEAD = /^(?:目\s*录|contents|table of contents)$/i
/** A leader's dots and 省略号; spaces may stand between them. */
const LEADER_DOT = /[.．·•…⋯_]/
const SPACE = /\s/

/**
 * An entry's heading, when the line is an entry: a heading, a leader of three or more dots or 省略号 (spaced or not)
 * or of tabs, and a page of one to four digits. Read by walking back from the page: a regex of a lazy heading before
 * the leader tried every start inside a long run of dots, spaces or tabs, seconds for a line of 100 000 of them.
 */
function entryHeading(line: string): string | null {
  const page = pageStart(line)
  if (page === -1) return null
  // The heading keeps at least one character, as the leader runs as far back as it can.
  let leader = page
  let dots = 0
  while (leader > 1 && (SPACE.test(line[leader - 1]) || LEADER_DOT.test(line[leader - 1]))) if (LEADER_DOT.test(line[--leader])) dots++
  if (dots >= 3) return line.slice(0, leader)
  let tabs = page
  while (tabs > 1 && line[tabs - 1] === '\t') tabs--
  return tabs < page ? line.slice(0, tabs) : null
}

/** Indexes of the contents' lines among the trimmed lines of a text (blank lines between entries looked through). */
export function contentsLines(lines: string[]): Set<number> {
  const found = new Set<number>()
  // The last line before `i` with text, kept as `i` moves: looking back from each line was quadratic in blank lines.
  let lastWritten = -1
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue
    const entries: number[] = []
    let k = i
    for (; k < lines.length; k++) {
      if (lines[k] === '') continue
      const heading = entryHeading(lines[k])
      if (heading === null || isTitleLike(heading.trim())) break
      entries.push(k)
    }
    if (entries.length < 2) {
      lastWritten = i
      continue
    }
    if (lastWritten !== -1 && CONTENTS_HEAD.test(lines[lastWritten].replace(/\s+/g, ' ').trim())) found.add(lastWritten)
    for (const e of entries) found.add(e)
    lastWritten = entries[entries.length - 1]
    i = k - 1
  }
  for (const i of repeatedHeadingContents(lines)) found.add(i)
  return found
}

/** A contents entry printed without a page: a heading line, short and no sentence. */
const BARE_ENTRY = /^[^。；;！!？?]{2,40}$/

/**
 * A contents without pages (a web page's or a WeChat article's `目录` over `一、全面加强党的建设` `二、…`): its entries
 * are known as the lines right under the 目录 heading that the text prints again, word for word, further down,
 * where the chapters start. Kept, they were read as the chapters and the real ones as a repeat under the last
 * entry. Two entries at least; a compilation's plan titles stay, as above.
 */
function repeatedHeadingContents(lines: string[]): number[] {
  const lastAt = new Map<string, number>()
  lines.forEach((line, i) => lastAt.set(line, i))
  const found: number[] = []
  for (let head = 0; head < lines.length; head++) {
    if (!CONTENTS_HEAD.test(lines[head].replace(/\s+/g, ' ').trim())) continue
    const entries: number[] = []
    let k = head + 1
    for (; k < lines.length; k++) {
      const line = lines[k]
      if (line === '') continue
      // An entry printed for the last time here stands nowhere after the contents: the contents end above it. So
      // each entry taken stands again after the whole contents, not only after itself.
      if (!BARE_ENTRY.test(line) || isTitleLike(line) || (lastAt.get(line) ?? -1) <= k) break
      entries.push(k)
    }
    if (entries.length < 2) continue
    found.push(head, ...entries)
    head = k - 1
  }
  return found
}
