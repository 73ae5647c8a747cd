/**
 * The text layer of a PDF through unpdf (pdf.js). Lines stay as the PDF draws them, pages follow each
 * other with a plain line break, so the cleaner can join a sentence broken at a line or page end.
 */
import { extractText, getDocumentProxy } from 'unpdf'
import { displayName } from './decode-text.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

export async function readPdf(bytes: Uint8Array, filePath: string): Promise<string> {
  const name = displayName(filePath)
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') === -1) {
    throw new UnreadableDocumentError('corrupt', filePath, `${name} is not a PDF file (no %PDF header): check the file or give it the right extension.`)
  }
  let pages: string[]
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    try {
      pages = (await extractText(pdf, { mergePages: false })).text
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
  return text
}
