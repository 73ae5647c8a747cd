/**
 * A table of contents is left out of a .docx's text. Word writes one as a TOC field whose result is a
 * paragraph per heading, each ending in its page number (一、总体要求\t1), usually inside a content control of
 * the gallery "Table of Contents" that holds its 目录 heading too. Read as text, those lines are the plan's
 * chapter headings a second time, before its title: the clause splitter takes them for the chapters, and the
 * real chapters further down no longer continue their sequence (every clause fell under the last one, 三).
 * A reader skips the contents and reads the body, so the reader leaves them out.
 */
import { attr, child, val } from './docx-xml.js'

/** Removes the tables of contents of `doc`; returns how many paragraphs were removed. */
export function removeTablesOfContents(doc: Document): number {
  const ns = doc.documentElement!.namespaceURI
  let removed = 0
  for (const sdt of Array.from(doc.getElementsByTagNameNS(ns, 'sdt'))) {
    const gallery = val(child(child(child(sdt, 'sdtPr'), 'docPartObj'), 'docPartGallery'))
    if (gallery !== 'Table of Contents' || !sdt.parentNode) continue
    removed += Math.max(sdt.getElementsByTagNameNS(ns, 'p').length, 1)
    sdt.parentNode.removeChild(sdt)
  }
  // A TOC field without a content control (inserted as a field, or saved by other editors): the paragraphs
  // from the one where the field begins to the one where it ends. Fields nest (each entry's page number is a
  // PAGEREF field), so they are followed on a stack.
  const fields: boolean[] = []
  for (const p of Array.from(doc.getElementsByTagNameNS(ns, 'p'))) {
    let inToc = fields.includes(true)
    for (const el of Array.from(p.getElementsByTagNameNS(ns, '*'))) {
      if (el.localName === 'instrText' && fields.length > 0 && /^\s*TOC\b/.test(el.textContent ?? '')) fields[fields.length - 1] = inToc = true
      if (el.localName !== 'fldChar') continue
      const type = attr(el, 'fldCharType')
      if (type === 'begin') fields.push(false)
      else if (type === 'end') fields.pop()
    }
    if (!inToc || !p.parentNode) continue
    p.parentNode.removeChild(p)
    removed++
  }
  return removed
}
