/**
 * A bar of links: a block whose text is nothing but three or more short link labels (`首页 教育新闻 通知公告
 * 政策法规`). It is a site's menu even when no class name says so (a bare <table>, `class="topnav"`), and read as
 * text its labels would run into the page title printed below them (首页教育新闻通知公告政策法规新乡市教育局…).
 * Article text is never only links; a list of attachment links names its files in longer labels.
 * Pure: it reads the element, and stops at the first text that is not a label.
 */
import { HTMLElement, NodeType, type Node } from 'node-html-parser'

/** A menu label: 首页, 政务公开, 教育新闻, 互动交流 (a Latin one counts its letters). */
const MAX_LABEL = 8
const MIN_LINKS = 3
/** What may stand between the links of a bar: separators and spaces. */
const BETWEEN_LINKS = /^[\s\u00a0\u3000|｜·•/／>＞»›\-–—]*$/

export function isLinkBar(el: HTMLElement): boolean {
  let links = 0
  const visit = (node: Node): boolean => {
    if (node.nodeType === NodeType.TEXT_NODE) return BETWEEN_LINKS.test(node.text)
    if (!(node instanceof HTMLElement)) return true
    if ((node.rawTagName ?? '').toLowerCase() === 'a') {
      const label = node.text.replace(/[\s\u00a0\u3000]+/g, '')
      if (label.length > MAX_LABEL) return false
      if (label !== '') links++
      return true
    }
    return node.childNodes.every(visit)
  }
  return el.childNodes.every(visit) && links >= MIN_LINKS
}
