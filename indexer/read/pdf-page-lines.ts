/**
 * A PDF converted to a web page (pdf2htmlEX, as many bureaus publish their plans for preview: `#page-container` >
 * `.pf` pages > `.t` lines, or any converter that places each printed line absolutely): every line of the PDF is a
 * block element of its own, so a sentence the PDF wrapped (`…全面贯` / `彻党的二十大精神…`) came out as two
 * paragraphs, which the cleaner never joins. Inside such a layout a block ends a printed line, not a paragraph:
 * it is read as a line break, and the cleaner joins the lines as it joins a PDF's text.
 */
import type { HTMLElement } from 'node-html-parser'

/** Whether the element lays out a PDF's printed lines: its own blocks are lines, not paragraphs. */
export function laysOutPdfLines(el: HTMLElement): boolean {
  if (el.getAttribute('id') === 'page-container') return true
  const classes = (el.getAttribute('class') ?? '').split(/\s+/)
  if (classes.includes('pf') && el.hasAttribute('data-page-no')) return true
  return /position\s*:\s*absolute/i.test(el.getAttribute('style') ?? '') && /(?:^|;)\s*top\s*:/i.test(el.getAttribute('style') ?? '')
}
