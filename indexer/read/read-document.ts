/**
 * Reads one policy file into raw text: .txt/.md (encoding detected; Markdown read as rendered), .html/.htm
 * (main text only, metadata table as fields), .docx (mammoth), .doc (word-extractor), .rtf, .pdf (text layer) and .ofd
 * (text by position).
 * The text is not cleaned yet: indexer/clean/clean-text.ts does that.
 *
 * A file that cannot be read throws UnreadableDocumentError with a code and a message naming the file
 * and what to do; the indexer logs it, skips the file and goes on.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { decodeAs, decodeText, displayName, type DecodedText } from './decode-text.js'
import { declaredCharset, extractHtml } from './read-html.js'
import { readDoc } from './read-doc.js'
import { readDocxWithHeadings } from './read-docx.js'
import type { StyledHeading } from '../structure/styled-headings.js'
import { readMarkdown } from './read-markdown.js'
import { readOfdDocument } from './read-ofd.js'
import { readPdfDocument } from './read-pdf.js'
import { readRtf } from './read-rtf.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

export { UnreadableDocumentError } from './unreadable-document-error.js'
export type { UnreadableReason } from './unreadable-document-error.js'

export interface SourceDocument {
  path: string
  format: 'text' | 'html' | 'docx' | 'doc' | 'rtf' | 'pdf' | 'ofd'
  /** The text encoding the file was read in (text and html); null for docx and pdf. */
  encoding: string | null
  /** Raw text, lines separated by `\n`; a blank line marks a paragraph break (html, docx). */
  text: string
  /**
   * Label/value metadata the file states outside its text (html metadata tables); canonical keys as in
   * clean/metadata-fields.ts, and 页眉文号 for the 文号 line a .docx prints only in its page header, which the body's
   * own 文号 outranks.
   */
  fields: Record<string, string>
  /** The page's own address (<link rel=canonical> or og:url) for html; null otherwise. */
  url: string | null
  /**
   * The lines the document marks as headings, with their levels, only when it has any: a .docx's heading styles or
   * outline levels, a page's h1–h6 or bold lines, a Markdown file's `#` lines.
   */
  headings?: StyledHeading[]
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

const FORMATS: Record<string, SourceDocument['format']> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.doc': 'doc',
  // WPS Office's own .wps: read as a Word 97 binary, which recent versions write; an older format is refused with the reason.
  '.wps': 'doc',
  '.rtf': 'rtf',
  '.pdf': 'pdf',
  // The national fixed-layout format (GB/T 33190) that bureaus publish signed documents in.
  '.ofd': 'ofd',
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS)

export interface ReadOptions {
  maxBytes?: number
  /** The encoding of a text or html file when it is known beforehand (a web page's, decided when it was fetched); detection otherwise. */
  encoding?: string | null
}

export async function readDocument(filePath: string, opts: ReadOptions = {}): Promise<SourceDocument> {
  const name = displayName(filePath)
  const format = FORMATS[extname(filePath).toLowerCase()]
  if (!format) {
    throw new UnreadableDocumentError(
      'unsupported_format',
      filePath,
      `${name} has an unsupported format: convert it to one of ${SUPPORTED_EXTENSIONS.join(' ')} (an .odt file can be saved as .docx in WPS, Word or LibreOffice).`,
    )
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const { size } = await stat(filePath)
  if (size > maxBytes) {
    throw new UnreadableDocumentError(
      'too_large',
      filePath,
      `${name} is ${megabytes(size)} MB, more than the ${megabytes(maxBytes)} MB limit: split it into smaller files or raise the limit.`,
    )
  }
  if (size === 0) throw empty(name, filePath)
  const bytes = new Uint8Array(await readFile(filePath))

  const doc: SourceDocument = { path: filePath, format, encoding: null, text: '', fields: {}, url: null }
  const known = opts.encoding ? decodeAs(bytes, opts.encoding) : null
  const decode = (declared?: string | null): DecodedText => (known !== null ? { text: known, encoding: opts.encoding! } : decodeText(bytes, filePath, declared))
  if (format === 'text') {
    const decoded = decode()
    doc.encoding = decoded.encoding
    const markdown = extname(filePath).toLowerCase() === '.md' ? readMarkdown(decoded.text) : null
    doc.text = markdown ? markdown.text : decoded.text.replace(/\r\n?/g, '\n')
    if (markdown && markdown.headings.length > 0) doc.headings = markdown.headings
    if (markdown) doc.fields = markdown.fields
  } else if (format === 'html') {
    readHtmlInto(doc, decode(declaredCharset(bytes)))
  } else if (format === 'docx') {
    const docx = await readDocxWithHeadings(bytes, filePath)
    doc.text = docx.text
    if (docx.headings.length > 0) doc.headings = docx.headings
    if (docx.headerDocNumber) doc.fields = { 页眉文号: docx.headerDocNumber }
  } else if (format === 'doc') {
    const content = await readDoc(bytes, filePath)
    if (content.kind === 'html') readHtmlInto(doc, decode(declaredCharset(bytes)))
    else {
      doc.text = content.text
      if (content.headings && content.headings.length > 0) doc.headings = content.headings
      if (content.headerDocNumber) doc.fields = { 页眉文号: content.headerDocNumber }
    }
  } else if (format === 'rtf') {
    doc.text = readRtf(bytes)
  } else if (format === 'ofd') {
    Object.assign(doc, await readOfdDocument(bytes, filePath))
  } else {
    Object.assign(doc, await readPdfDocument(bytes, filePath))
  }
  if (doc.text.trim() === '') throw empty(name, filePath)
  return doc
}

function readHtmlInto(doc: SourceDocument, decoded: DecodedText): void {
  doc.encoding = decoded.encoding
  const html = extractHtml(decoded.text)
  Object.assign(doc, { text: html.text, fields: html.fields, url: html.url })
  if (html.headings) doc.headings = html.headings
}

function empty(name: string, filePath: string): UnreadableDocumentError {
  return new UnreadableDocumentError('empty', filePath, `${name} contains no text: check that the right file was saved.`)
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1)
}
