/**
 * A Markdown plan written as nested ordered lists: each chapter an item of the outer list, a short title over an
 * inner list of its clauses (`1. 全面加强党的建设` over `   1. 深化理论武装。…` `   2. …`). Rendered, both levels draw
 * 1. 2., told apart by their indent alone, which text has not: read as lines, every chapter title was a clause of
 * the same level as the clauses under it, and their numbers went back (1, 1, 2, 2, 1, 2). The outer items are the
 * chapters' headings, as a `##` line would be: their titles head the chapters (structure/styled-headings.ts). Over
 * inner lists that start again at 1 a title keeps the number drawn for it (`1.全面加强党的建设`), which its chapter
 * keeps; over inner lists that count on (`3.`) it draws none. The nesting is the file's own, so neither a 一、 or
 * （一） line elsewhere in the plan nor an opening paragraph between a title and its list unmakes the outline (as
 * it would the outline read from plain text, structure/repeated-number-titles.ts). Only when every outer item is
 * such a title over a list.
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

/** Whether every ordered list nested in `list`'s items counts from 1 (the outline's numbers read as drawn). */
export function innerListsRestart(list: Tokens.List): boolean {
  return list.items.every((item) =>
    item.tokens.every((t) => t.type !== 'list' || !(t as Tokens.List).ordered || (t as Tokens.List).start === 1 || (t as Tokens.List).start === ''),
  )
}
