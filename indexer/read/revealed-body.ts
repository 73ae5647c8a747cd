/**
 * The article body a page hides until its script has run. A WeChat article (公众号) is served with its whole text
 * in `<div id="js_content" style="visibility: hidden;">`, which the page's script makes visible after loading; saved
 * as HTML, the copy keeps the style. Read by that style, the page would have no text at all.
 *
 * `visibility: hidden` keeps the element's place on the page, as a body waiting to fade in does; `display: none` (a
 * dialog, a toast, a menu) takes none and is never revealed here. Only an element that holds most of the page's text
 * counts, so a small hidden block (link spam, a tip) stays out.
 */
import type { HTMLElement } from 'node-html-parser'

/** Share of the page's text the hidden element must hold to be its body. */
const BODY_SHARE = 0.5

export function hiddenBody(body: HTMLElement): HTMLElement | null {
  const total = visibleLength(body)
  if (total === 0) return null
  for (const el of body.querySelectorAll('[style]')) {
    const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase()
    if (!style.includes('visibility:hidden') || style.includes('display:none')) continue
    if (visibleLength(el) >= total * BODY_SHARE) return el
  }
  return null
}

function visibleLength(el: HTMLElement): number {
  return el.text.replace(/\s+/g, '').length
}
