/**
 * A plan's own table of contents printed before its text (`目  录` over `一、全面加强党的建设……………1`): its entries
 * are the chapter headings again, each run to its page through a dotted leader. Kept, they were read as the
 * chapters, the real chapters further down no longer continued their sequence, and every clause fell under the
 * last entry, titled with its leader and page (`三、建设高素质教师队伍……3`). A reader skips the contents: the entries
 * and the 目录 heading over them leave the text. A compilation's contents, whose entries are the titles of the
 * plans it holds (`…2024年教育工作要点……1`), stay: they tell the plans apart (structure/table-of-contents.ts). Pure.
 */
import { isTitleLike } from '../structure/title-line.js'

/** `目录`, `目 录`, `Contents`: the heading over a table of contents (the readers leave it out with theirs too). */
export const CONTENTS_HEAD = /^(?:目\s*录|contents|table of contents)$/i
/** An entry: its heading, a leader of three or more dots or 省略号 (spaced or not) or tabs, its page. */
const ENTRY = /^(.+?)(?:\s*(?:[.．·•…⋯_]\s*){3,}|\t+)(\d{1,4})$/

/** Indexes of the contents' lines among the trimmed lines of a text (blank lines between entries looked through). */
export function contentsLines(lines: string[]): Set<number> {
  const found = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const entries: number[] = []
    let k = i
    for (; k < lines.length; k++) {
      if (lines[k] === '') continue
      const m = ENTRY.exec(lines[k])
      if (!m || isTitleLike(m[1].trim())) break
      entries.push(k)
    }
    if (entries.length < 2) continue
    const head = lines.slice(0, i).findLastIndex((l) => l !== '')
    if (head !== -1 && CONTENTS_HEAD.test(lines[head].replace(/\s+/g, ' ').trim())) found.add(head)
    for (const e of entries) found.add(e)
    i = k
  }
  return found
}
