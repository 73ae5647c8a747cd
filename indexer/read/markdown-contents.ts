/**
 * A Markdown file's table of contents: a list whose items are only links into the file itself
 * (`- [一、全面加强党的建设](#一全面加强党的建设)`, nested for sections), as editors (Typora, Obsidian, a site's
 * generator) write one, often under a `目录` line, or their `[TOC]` marker. Rendered as text, its entries were the
 * chapter headings a second time before the plan's text: the real chapters no longer continued their sequence and
 * every clause fell under the last entry. A reader skips the contents, so the reader leaves them out.
 */
import type { Token, Tokens } from 'marked'
export { CONTENTS_HEAD as CONTENTS_LINE } from '../clean/contents-lines.js'

/** `[TOC]`, `[[toc]]`: an editor's marker where it draws the contents. */
export const TOC_MARKER = /^\[\[?toc\]?\]$/i

/** Whether every item of the list (and of the lists inside it) is a link into the file, and nothing else. */
export function isContentsList(list: Tokens.List): boolean {
  return list.items.length > 0 && list.items.every((item) => item.tokens.every(anchorOnly))
}

function anchorOnly(token: Token): boolean {
  if (token.type === 'list') return isContentsList(token as Tokens.List)
  if (token.type === 'space') return true
  if (token.type !== 'text' && token.type !== 'paragraph') return false
  const words = ('tokens' in token && token.tokens ? token.tokens : []).filter((t) => !(t.type === 'text' && t.raw.trim() === ''))
  return words.length === 1 && words[0].type === 'link' && (words[0] as Tokens.Link).href.startsWith('#')
}
