/**
 * Footnotes and endnotes of a .docx, written into the paragraph that refers to them. mammoth's text has neither
 * the note nor its mark, so what a plan explains at the foot of the page (`“五项管理”指作业、睡眠、手机、读物、体质
 * 管理。`, `数据来源：…统计公报`) was in no record and no search found it. A note explains its clause, so it goes
 * with the clause: after the paragraph's own text, `（注：…）`, where it interrupts no sentence and leaves the
 * clause's heading as it was. A note on a centred line (a title) goes on a line of its own under it, so the title
 * stays a title.
 */
import { attr, child, children, parseXml, textRun } from './docx-xml.js'

/** Writes the notes `footnotesXml` and `endnotesXml` hold into the paragraphs of `doc` that refer to them; returns how many. */
export function writeNotes(doc: Document, footnotesXml: string | null, endnotesXml: string | null): number {
  const ns = doc.documentElement!.namespaceURI
  const texts: Record<string, Map<string, string>> = { footnoteReference: noteTexts(footnotesXml, 'footnote'), endnoteReference: noteTexts(endnotesXml, 'endnote') }
  const notesOf = new Map<Element, string[]>()
  for (const ref of Array.from(doc.getElementsByTagNameNS(ns, '*'))) {
    const text = texts[ref.localName]?.get(attr(ref, 'id') ?? '')
    const p = text ? paragraphOf(ref) : null
    if (!text || !p || removedInReview(ref)) continue
    notesOf.set(p, [...(notesOf.get(p) ?? []), text])
  }
  for (const [p, notes] of notesOf) {
    const written = notes.map((t) => `（注：${t}）`).join('')
    if (attr(child(child(p, 'pPr'), 'jc'), 'val') === 'center') {
      const line = doc.createElementNS(ns, p.prefix ? `${p.prefix}:p` : 'p')
      line.appendChild(textRun(p, written))
      p.parentNode!.insertBefore(line, p.nextSibling)
    } else {
      p.appendChild(textRun(p, written))
    }
  }
  return notesOf.size
}

/** Note id → its text, the separator notes Word writes first (ids -1 and 0, w:type set) left out. */
function noteTexts(xml: string | null, kind: 'footnote' | 'endnote'): Map<string, string> {
  const out = new Map<string, string>()
  if (!xml) return out
  const root = parseXml(xml).documentElement!
  for (const note of children(root, kind)) {
    const id = attr(note, 'id')
    if (id === null || attr(note, 'type')) continue
    const text = children(note, 'p')
      .map((p) => Array.from(p.getElementsByTagNameNS(p.namespaceURI, 't')).map((t) => t.textContent ?? '').join(''))
      .join('')
      .replace(/[\s\u00a0\u3000]+/g, ' ')
      .trim()
    if (text) out.set(id, text)
  }
  return out
}

function paragraphOf(el: Element): Element | null {
  for (let n = el.parentNode; n; n = n.parentNode) if ((n as Element).localName === 'p') return n as Element
  return null
}

function removedInReview(el: Element): boolean {
  for (let n = el.parentNode; n && (n as Element).localName !== 'p'; n = n.parentNode) if (['del', 'moveFrom'].includes((n as Element).localName)) return true
  return false
}
