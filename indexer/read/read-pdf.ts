/**
 * The text layer of a PDF through unpdf (pdf.js). Lines stay as the PDF draws them, a table's rows laid out one a
 * line (pdf-table-rows.ts), pages follow each other with a plain line break, so the cleaner can join a sentence
 * broken at a line or page end. The Info dictionary's Title and CreationDate are given as fields a page's text
 * outranks (file-info.ts): a plan whose title and dated signature are images is still named and dated.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf'
import { displayName } from './decode-text.js'
import { fileInfoFields } from './file-info.js'
import { pageTextWithTableRows } from './pdf-table-rows.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

/** The document's text, and the fields its Info dictionary states. */
export async function readPdfDocument(bytes: Uint8Array, filePath: string): Promise<{ text: string; fields: Record<string, string> }> {
  const name = displayName(filePath)
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') === -1) {
    throw new UnreadableDocumentError('corrupt', filePath, `${name} is not a PDF file (no %PDF header): check the file or give it the right extension.`)
  }
  let pages: string[]
  let fields: Record<string, string> = {}
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    try {
      pages = (await extractTextItems(pdf)).items.map(pageTextWithTableRows)
      fields = await infoFields(pdf)
    } finally {
      await pdf.destroy()
    }
  } catch (cause) {
    const message = (cause as Error).message ?? String(cause)
    const reason = /password/i.test((cause as Error).name ?? '') || /password/i.test(message)
      ? 'it is password-protected: remove the password and index it again'
      : `it is damaged (${message}): open it in a PDF reader and save or print it to a new PDF`
    throw new UnreadableDocumentError('corrupt', filePath, `${name} could not be read as a PDF: ${reason}.`, { cause })
  }
  const text = pages.map((page) => page.replace(/\r\n?/g, '\n')).join('\n')
  if (text.trim() === '') {
    throw new UnreadableDocumentError(
      'no_text_layer',
      filePath,
      `${name} has no text layer (it is a scan or an image PDF): run OCR on it (for example ocrmypdf -l chi_sim) and index the result.`,
    )
  }
  return { text, fields }
}

/** A damaged Info dictionary costs the fallback only, never the text. */
async function infoFields(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<Record<string, string>> {
  try {
    const info = ((await pdf.getMetadata()).info ?? {}) as Record<string, unknown>
    const text = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : '')
    return fileInfoFields(text('Title'), text('CreationDate'))
  } catch {
    return {}
  }
}
