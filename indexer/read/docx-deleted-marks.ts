/**
 * Paragraphs a reviewer's tracked deletion joined. Word keeps a deleted paragraph mark (w:pPr/w:rPr/w:del) in the
 * file until the change is accepted, but shows the final text with the paragraph joined to the next one
 * (ECMA-376 §17.13.5.15), and mammoth reads it so. The joined paragraph shows one list number, not one for each
 * part: the number of its first part that keeps any text, since a paragraph deleted whole, mark and all, is
 * gone and the next one keeps its own number. Counting the others would print a number for a clause the
 * reader never sees (4.5.深化“双减”工作) and move every later number on by one. A paragraph a reviewer moved is such a
 * paragraph where it was (its mark and text w:moveFrom), and the rows of a table deleted in review show no number.
 */
import { child } from './docx-xml.js'

/** The paragraphs of `paragraphs` (in document order) whose list number Word does not show, as a joined paragraph shows one. */
export function joinedAway(paragraphs: Element[]): Set<Element> {
  const away = new Set<Element>()
  let group: Element[] = []
  for (const p of paragraphs) {
    // A row deleted in review is not in the table a reader sees: its list numbers (a 序号 column's) count for nothing.
    if (inDeletedRow(p)) {
      away.add(p)
      continue
    }
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

/** The paragraph mark was deleted, or moved away with its text (a moved paragraph shows where it went, w:moveTo). */
function markDeleted(p: Element): boolean {
  const rPr = child(child(p, 'pPr'), 'rPr')
  return child(rPr, 'del') !== null || child(rPr, 'moveFrom') !== null
}

function inDeletedRow(p: Element): boolean {
  for (let n = p.parentNode; n; n = n.parentNode) {
    if ((n as Element).localName === 'tr') return child(child(n as Element, 'trPr'), 'del') !== null
  }
  return false
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
