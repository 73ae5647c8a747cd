/**
 * A Markdown plan written as nested ordered lists: each chapter an item of the outer list, a short title over an
 * inner list of its clauses (`1. 全面加强党的建设` over `   1. 深化理论武装。…` `   2. …`). Rendered, both levels draw
 * 1. 2., told apart by their indent alone, which text has not: read as lines, every chapter title was a clause of
 * the same level as the clauses under it, and their numbers went back (1, 1, 2, 2, 1, 2). The outer items are the
 * chapters' headings, as a `##` line would be: their titles head the chapters (structure/styled-headings.ts), and
 * the inner lists number the clauses, again in each chapter. Only when every outer item is such a title over a list.
 */
import type { Token, Tokens } from 'marked'

/** A chapter's title: short, no sentence. */
const TITLE = /^[^。；;！!？?：:]{2,30}$/

/** Whether `list` is an outline: ordered, each item a title line over an ordered list of its own. */
export function isTitledOutline(list: Tokens.List, titleOf: (token: Token) => string): boolean {
  return (
    list.ordered &&
    list.items.length >= 2 &&
    list.items.every((item) => {
      const [first, ...rest] = item.tokens
      return first !== undefined && TITLE.test(titleOf(first).trim()) && rest.some((t) => t.type === 'list' && (t as Tokens.List).ordered)
    })
  )
}
