/**
 * Paragraphs a reviewer's tracked deletion joined. Word keeps a deleted paragraph mark (w:pPr/w:rPr/w:del) in the
 * file until the change is accepted, but shows the final text with the paragraph joined to the next one
 * (ECMA-376 §17.13.5.15), and mammoth reads it so. The joined paragraph shows one list number, not one for each
 * part: the number of its first part that keeps any text, since a paragraph deleted whole, mark and all, is
 * gone and the next one keeps its own number. Counting the others would print a number for a clause the
 * reader never sees (4.5.深化“双减”工作) and move every later number on by one.
 */
import { child } from './docx-xml.js'

/** The paragraphs of `paragraphs` (in document order) whose list number Word does not show, as a joined paragraph shows one. */
export function joinedAway(paragraphs: Element[]): Set<Element> {
  const away = new Set<Element>()
  let group: Element[] = []
  for (const p of paragraphs) {
    group.push(p)
    // A deleted mark joins the paragraph to the one that follows it in the same container.
    const next = nextParagraph(p)
    if (markDeleted(p) && next !== null) continue
    const shown = group.find(hasText) ?? group[group.length - 1]
    for (const q of group) if (q !== shown) away.add(q)
    group = []
  }
  return away
}

function markDeleted(p: Element): boolean {
  return child(child(child(p, 'pPr'), 'rPr'), 'del') !== null
}

function nextParagraph(p: Element): Element | null {
  for (let n = p.nextSibling; n; n = n.nextSibling) if (n.nodeType === 1) return (n as Element).localName === 'p' ? (n as Element) : null
  return null
}

/** Whether any text of the paragraph survives its tracked deletions (w:delText is deleted text; w:t inside w:del or w:moveFrom too). */
function hasText(p: Element): boolean {
  for (const t of Array.from(p.getElementsByTagNameNS(p.namespaceURI, 't'))) {
    if (!t.textContent?.trim()) continue
    let removed = false
    for (let n = t.parentNode; n && n !== p; n = n.parentNode) if ((n as Element).localName === 'del' || (n as Element).localName === 'moveFrom') removed = true
    if (!removed) return true
  }
  return false
}
