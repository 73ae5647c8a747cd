/**
 * A web page's table of contents: blocks whose only words are links into the page itself (`<a href="#c1">一、全面加强
 * 党的建设</a>`, a <ul> of them, a 返回顶部 link). Read as text, its entries were the chapter headings a second time
 * before the plan's text, and every clause fell under the last entry. A reader skips them, so the reader leaves
 * them out, with the 目录 line over them (clean/contents-lines.ts CONTENTS_HEAD).
 */
import { HTMLElement, NodeType, type Node } from 'node-html-parser'

/** Whether every word inside `el` stands in a link to an anchor of the page, and there is one at least. */
export function isAnchorOnly(el: HTMLElement): boolean {
  let links = 0
  const visit = (node: Node): boolean => {
    if (node.nodeType === NodeType.TEXT_NODE) return node.text.replace(/[\s\u00a0\u3000]+/g, '') === ''
    if (!(node instanceof HTMLElement)) return true
    if ((node.rawTagName ?? '').toLowerCase() === 'a') {
      // `#c1`, not `#` alone, which a page's script links (a download, a share button) often carry.
      const inPage = /^#[^\s#]/.test((node.getAttribute('href') ?? '').trim())
      if (inPage && node.text.trim() !== '') links++
      return inPage || node.text.trim() === ''
    }
    return node.childNodes.every(visit)
  }
  return el.childNodes.every(visit) && links > 0
}
