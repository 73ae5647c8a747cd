/**
 * The text of an old Word .doc file (Word 97–2003 binary, also what WPS saves as .doc) through word-extractor:
 * the main text only, without headers, footers and footnotes (page furniture), one paragraph per line with
 * a blank line between paragraphs, as readDocx gives them. Many sites serve a .docx or a web page under a
 * .doc name: those are read as what they are.
 *
 * Word's automatic list numbers (一、 （一） 1.), which the binary format keeps outside the text, are written in at
 * the start of their paragraphs' lines (doc-list-numbers.ts), as readDocx does for a .docx.
 */
import { createRequire } from 'node:module'
import WordExtractor from 'word-extractor'
import { displayName } from './decode-text.js'
import { writeDocListNumbers } from './doc-list-numbers.js'
import { readDocxWithHeadings } from './read-docx.js'
import { isRtf, readRtf } from './read-rtf.js'
import type { StyledHeading } from '../structure/styled-headings.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/**
 * word-extractor follows a sector chain of the compound file until it ends, catching only a sector that
 * points at itself: a damaged file whose chain loops over two sectors grows an array until V8 aborts the
 * whole process (measured: "Fatal JavaScript invalid size error", uncatchable, in a worker thread too). Its
 * chains are walked here instead, and a chain longer than the allocation table, which must loop, throws.
 */
const AllocationTable = createRequire(import.meta.url)('word-extractor/lib/ole-allocation-table.js') as {
  prototype: { _table: number[]; getSecIdChain(start: number): number[] }
}
AllocationTable.prototype.getSecIdChain = function getSecIdChain(start: number): number[] {
  const chain: number[] = []
  // Sector ids below 0 end a chain (−2 end of chain, −1 free and the other markers).
  for (let id = start; id >= 0; id = this._table[id]) {
    if (chain.length >= this._table.length) throw new Error('a sector chain of the file loops')
    chain.push(id)
  }
  return chain
}

/** Header fields that size what word-extractor allocates: a damaged header must not ask for gigabytes. */
function checkHeader(bytes: Uint8Array): string | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.length < 512) return 'the file is shorter than its header'
  const shift = view.readUInt16LE(0x1e)
  if (shift !== 9 && shift !== 12) return `sector size 2^${shift} is neither 512 nor 4096 bytes`
  const sectors = Math.ceil(view.length / (1 << shift))
  if (view.readUInt32LE(0x2c) > sectors || view.readUInt32LE(0x48) > sectors) return 'its allocation tables are larger than the file'
  return null
}

/** word-extractor's document, whose getBody takes the filter option its published types leave out. */
interface FilterableBody {
  getBody(options: { filterUnicode: boolean }): string
}

/**
 * The text read, or `html` for a web page saved under a .doc name (the caller reads it as one). A .docx under a
 * .doc name has the headings its styles mark, as it would under its own name; an RTF file is read as an .rtf.
 */
/** `headerDocNumber`: a .docx under a .doc name may print its 文号 only in its page header (docx-header-number.ts). */
export type DocContent = { kind: 'text'; text: string; headings?: StyledHeading[]; headerDocNumber?: string | null } | { kind: 'html' }

export async function readDoc(bytes: Uint8Array, filePath: string): Promise<DocContent> {
  const name = displayName(filePath)
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return { kind: 'text', ...(await readDocxWithHeadings(bytes, filePath)) }
  if (!OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()
    // Word's "save as web page" and many sites' exports: HTML under a .doc name.
    if (/^<(!doctype|html|\?xml|head|body|meta|div|p)\b/i.test(head)) return { kind: 'html' }
    // Word's "save as" RTF, which sites often serve under a .doc name.
    if (isRtf(bytes)) return { kind: 'text', text: readRtf(bytes) }
    throw new UnreadableDocumentError('corrupt', filePath, `${name} is not a Word .doc file (no Word 97–2003 header).`)
  }
  let body: string
  try {
    const damaged = checkHeader(bytes)
    if (damaged) throw new Error(damaged)
    // Its default filter writes the document's typographic quotes and dashes plainly (“双减” as "双减", —— as --),
    // which display and search would then show otherwise than the document prints them.
    const document = (await new WordExtractor().extract(Buffer.from(bytes))) as unknown as FilterableBody
    body = document.getBody({ filterUnicode: false })
  } catch (cause) {
    throw new UnreadableDocumentError(
      'corrupt',
      filePath,
      `${name} could not be read as a Word .doc file (${(cause as Error).message}): open it in Word, WPS or LibreOffice and save it as .docx.`,
      { cause },
    )
  }
  // A paragraph mark is a paragraph the author made: a blank line, so the cleaner does not join across it. A soft
  // line break is a line of the same paragraph.
  const { lines, softEnds } = writeDocListNumbers(bytes, body.replace(/\r\n?/g, '\n'))
  const text = lines
    .map((line, i) => line.replace(/[\t ]+$/, '') + (i === lines.length - 1 ? '' : softEnds.has(i) ? '\n' : '\n\n'))
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { kind: 'text', text }
}
