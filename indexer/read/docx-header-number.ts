/**
 * The 文号 a red-head Word file (红头文件) prints in its page header (word/header1.xml …) and nowhere in its body.
 * A header repeats on every page and is furniture, so its text never joins the body; only a line of it that is a
 * document number and nothing else (isDocNumberLine) is read, which leaves out the bureau's name, a running title
 * and page numbers. A header lays its pieces out with tabs or line breaks on one paragraph (`某市教育局⇥某教发〔2024〕3号`),
 * so each piece is a line.
 */
import type JSZip from 'jszip'
import { docNumberFromField, isDocNumberLine } from '../metadata/doc-number.js'
import { parseXml, type DocxParts } from './docx-xml.js'

/** The first header line that is a 文号, as printed; null when no header prints one. */
export async function headerDocNumberLine(zip: JSZip, parts: DocxParts): Promise<string | null> {
  for (const part of parts.headers) {
    const xml = await zip.file(part)?.async('string')
    if (!xml) continue
    const line = headerLines(parseXml(xml)).find((l) => isDocNumberLine(l) && docNumberFromField(l) !== null)
    if (line) return line
  }
  return null
}

/** A header part's text, a line for each paragraph and each piece a tab or a break sets apart. */
function headerLines(doc: Document): string[] {
  const lines: string[] = []
  // The part's own namespace: transitional and strict WordprocessingML name it differently.
  const ns = doc.documentElement.namespaceURI
  for (const p of Array.from(doc.getElementsByTagNameNS(ns, 'p'))) {
    let line = ''
    for (const el of Array.from(p.getElementsByTagNameNS(ns, '*'))) {
      // Deleted text (w:delText) and field codes (w:instrText) are not what the page shows.
      if (el.localName === 't') line += el.textContent ?? ''
      else if (el.localName === 'tab' || el.localName === 'br' || el.localName === 'cr') {
        lines.push(line)
        line = ''
      }
    }
    lines.push(line)
  }
  return lines.map((l) => l.trim()).filter(Boolean)
}
