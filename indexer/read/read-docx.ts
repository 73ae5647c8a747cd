/**
 * The text of a Word .docx file through mammoth, its automatic list numbers and tables of values included
 * (docx-rewrite.ts), one paragraph per line with a blank line between paragraphs (a docx paragraph is a
 * paragraph the author made, so the cleaner must not join across it), with the headings a heading style or
 * outline level makes of some of those paragraphs (docx-headings.ts), and the 文号 line its page header prints
 * (docx-header-number.ts), which stays out of the text.
 */
import JSZip from 'jszip'
import mammoth from 'mammoth'
import type { StyledHeading } from '../structure/styled-headings.js'
import { displayName } from './decode-text.js'
import { headerDocNumberLine } from './docx-header-number.js'
import { rewriteDocx } from './docx-rewrite.js'
import { partsOf } from './docx-xml.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** The text of a .docx, as readDocxWithHeadings reads it. */
export async function readDocx(bytes: Uint8Array, filePath: string): Promise<string> {
  return (await readDocxWithHeadings(bytes, filePath)).text
}

export async function readDocxWithHeadings(
  bytes: Uint8Array,
  filePath: string,
): Promise<{ text: string; headings: StyledHeading[]; headerDocNumber: string | null }> {
  const name = displayName(filePath)
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const hint = bytes[0] === 0xd0 && bytes[1] === 0xcf ? ' It looks like an old Word .doc file: open it in Word or LibreOffice and save it as .docx.' : ''
    throw new UnreadableDocumentError('corrupt', filePath, `${name} is not a valid .docx file (a .docx is a zip archive).${hint}`)
  }
  let value: string
  let headings: StyledHeading[] = []
  try {
    // Word's automatic list numbers (一、 （一） 1.) are not in the text mammoth extracts, and a table would
    // come out a cell per paragraph: both are written into the document first. A document whose lists or
    // tables cannot be read is read as it is.
    const rewritten = await rewriteDocx(bytes).catch(() => ({ bytes, headings: [] }))
    headings = rewritten.headings
    value = (await mammoth.extractRawText({ buffer: Buffer.from(rewritten.bytes) })).value
  } catch (cause) {
    throw new UnreadableDocumentError(
      'corrupt',
      filePath,
      `${name} is a zip archive but not a readable Word document (${(cause as Error).message}): open it in Word or LibreOffice and save it again as .docx.`,
      { cause },
    )
  }
  // A header that cannot be read gives no 文号; the body is read all the same.
  const headerDocNumber = await headerNumber(bytes).catch(() => null)
  return { text: value.replace(/\r\n?/g, '\n'), headings, headerDocNumber }
}

async function headerNumber(bytes: Uint8Array): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = await partsOf(zip)
  return parts ? headerDocNumberLine(zip, parts) : null
}
