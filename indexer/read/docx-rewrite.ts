/**
 * What a .docx shows that its text, as mammoth extracts it, lacks, written into the document part before
 * mammoth reads it: the numbers of Word's automatic lists (docx-list-numbers.ts), then task tables as the
 * numbered lines they stand for and other tables of values as one line a row (docx-tables.ts, which reads the
 * numbers the lists gave its cells).
 */
import { XMLSerializer } from '@xmldom/xmldom'
import JSZip from 'jszip'
import { writeListNumbers } from './docx-list-numbers.js'
import { flattenTables } from './docx-tables.js'
import { parseXml, partsOf } from './docx-xml.js'

/** The .docx `bytes` rewritten; the same bytes when nothing needed writing. */
export async function rewriteDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = await partsOf(zip)
  if (!parts) return bytes
  const [documentXml, numberingXml, stylesXml] = await Promise.all([parts.document, parts.numbering, parts.styles].map((p) => (p ? zip.file(p)?.async('string') : undefined)))
  // Parsed only when it may need writing: a list number (numPr in a paragraph or a style) or a table.
  const lists = Boolean(numberingXml) && (documentXml?.includes('numPr>') || stylesXml?.includes('numPr>'))
  if (!documentXml || !(lists || /<(?:\w+:)?tbl[\s>]/.test(documentXml))) return bytes
  const doc = parseXml(documentXml)
  const numbered = lists ? writeListNumbers(doc, numberingXml!, stylesXml ?? null) : 0
  const tables = flattenTables(doc)
  if (numbered + tables === 0) return bytes
  zip.file(parts.document, new XMLSerializer().serializeToString(doc))
  return zip.generateAsync({ type: 'uint8array' })
}
