/**
 * What a .docx shows that its text, as mammoth extracts it, lacks, written into the document part before
 * mammoth reads it: the numbers of Word's automatic lists (docx-list-numbers.ts), then task tables as the
 * numbered lines they stand for and other tables of values as one line a row (docx-tables.ts, which reads the
 * numbers the lists gave its cells), and footnotes and endnotes after the text that refers to them
 * (docx-notes.ts), and soft line breaks as the line breaks they show (docx-soft-breaks.ts). A table of contents,
 * which repeats the headings, is taken out first (docx-contents.ts).
 * The headings' outline levels, which no text shows, are read from the rewritten document (docx-headings.ts).
 */
import { XMLSerializer } from '@xmldom/xmldom'
import JSZip from 'jszip'
import type { StyledHeading } from '../structure/styled-headings.js'
import { removeTablesOfContents } from './docx-contents.js'
import { readHeadings } from './docx-headings.js'
import { writeListNumbers } from './docx-list-numbers.js'
import { writeNotes } from './docx-notes.js'
import { writeSoftBreaks } from './docx-soft-breaks.js'
import { flattenTables } from './docx-tables.js'
import { parseXml, partsOf } from './docx-xml.js'

/** A heading style or outline level, in the document or its styles: the document has headings to read. */
const HEADINGS = /outlineLvl|w:val="(?:(?:heading|标题)\s*[1-9一二三四五六七八九]|[1-9一二三四五六七八九]\s*级标题)"/i

/** The .docx `bytes` rewritten (the same bytes when nothing needed writing), and its headings. */
export async function rewriteDocx(bytes: Uint8Array): Promise<{ bytes: Uint8Array; headings: StyledHeading[] }> {
  const same = { bytes, headings: [] }
  const zip = await JSZip.loadAsync(bytes)
  const parts = await partsOf(zip)
  if (!parts) return same
  const [documentXml, numberingXml, stylesXml, footnotesXml, endnotesXml] = await Promise.all(
    [parts.document, parts.numbering, parts.styles, parts.footnotes, parts.endnotes].map((p) => (p ? zip.file(p)?.async('string') : undefined)),
  )
  // Parsed only when it may need writing: a list number (numPr in a paragraph or a style), a table, a table of contents or a note.
  const lists = Boolean(numberingXml) && (documentXml?.includes('numPr>') || stylesXml?.includes('numPr>'))
  const contents = /Table of Contents|instrText[^>]*>\s*TOC\b/.test(documentXml ?? '')
  const notes = /(?:footnote|endnote)Reference/.test(documentXml ?? '')
  // Or a paragraph set bold by hand, which heads too (docx-headings.ts).
  const styled = HEADINGS.test(documentXml ?? '') || HEADINGS.test(stylesXml ?? '') || /<(?:\w+:)?b[\s/>]/.test(documentXml ?? '')
  const softBreaks = /<(?:\w+:)?(?:br|cr)[\s/>]/.test(documentXml ?? '')
  if (!documentXml || !(lists || contents || notes || styled || softBreaks || /<(?:\w+:)?tbl[\s>]/.test(documentXml))) return same
  const doc = parseXml(documentXml)
  // First, so that a list numbering a contents entry (they copy their headings' numbers) counts only the body.
  const removed = contents ? removeTablesOfContents(doc) : 0
  const numbered = lists ? writeListNumbers(doc, numberingXml!, stylesXml ?? null) : 0
  // Before the tables are flattened, so that a note on a cell's text stays in its row.
  const noted = notes ? writeNotes(doc, footnotesXml ?? null, endnotesXml ?? null) : 0
  const tables = flattenTables(doc)
  // After the tables, which read a break in a cell as a space: a row stays one line.
  const breaks = softBreaks ? writeSoftBreaks(doc) : 0
  // Last, so that a heading's text is read as mammoth will read it: with its list number, without the contents.
  const headings = styled ? readHeadings(doc, stylesXml ?? null) : []
  if (removed + numbered + tables + noted + breaks === 0) return { bytes, headings }
  zip.file(parts.document, new XMLSerializer().serializeToString(doc))
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), headings }
}
