/**
 * OFD (GB/T 33190-2016), the fixed-layout format Chinese government bodies publish and sign documents in, as
 * PDF is elsewhere: a zip package of XML, OFD.xml → each document's Document.xml → its pages' Content.xml, where
 * text is drawn as TextObjects placed in millimetres from the page's top-left corner. A producer may draw a line as
 * one object, one per run, or one per character, in any order; so the text is read by position: pieces on one
 * baseline make a printed line (left to right), lines run top to bottom, and pages follow each other with a plain
 * line break as a PDF's do, so the cleaner joins a sentence broken at a line or page end.
 *
 * Only the page's own content is read: templates (a running head or page number drawn once for every page) and
 * annotations (seals, signatures, stamps) are the document's furniture, not its text.
 */
import { DOMParser } from '@xmldom/xmldom'
import JSZip from 'jszip'
import { displayName } from './decode-text.js'
import { docInfoFields } from './ofd-doc-info.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

/** A run of text where it is drawn: its baseline's height on the page and the left edge of its first glyph. */
interface Piece {
  x: number
  y: number
  /** Where its last glyph ends (its advances summed, plus one glyph). */
  end: number
  size: number
  text: string
}

/** What the parts of a package may unpack to: a long plan's pages are a few MB of XML, its images more. */
const MAX_INFLATED_BYTES = 512 * 2 ** 20

export async function readOfd(bytes: Uint8Array, filePath: string, maxInflatedBytes = MAX_INFLATED_BYTES): Promise<string> {
  return (await readOfdDocument(bytes, filePath, maxInflatedBytes)).text
}

/** The document's text, and the fields its DocInfo states (ofd-doc-info.ts). */
export async function readOfdDocument(bytes: Uint8Array, filePath: string, maxInflatedBytes = MAX_INFLATED_BYTES): Promise<{ text: string; fields: Record<string, string> }> {
  const name = displayName(filePath)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (cause) {
    throw new UnreadableDocumentError('corrupt', filePath, `${name} is not an OFD file (not a zip package): check the file or give it the right extension.`, { cause })
  }
  // A package whose parts inflate to far more than any document's text (a zip bomb) is refused before it is read.
  const inflated = Object.values(zip.files).reduce((sum, f) => sum + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0)
  if (inflated > maxInflatedBytes) throw tooLarge(name, filePath, inflated)
  const root = zip.file(/^\/?OFD\.xml$/i)[0]
  if (!root) throw new UnreadableDocumentError('corrupt', filePath, `${name} is not an OFD file (no OFD.xml in the package): open it in an OFD reader and save it again.`)
  const pages: string[] = []
  let fields: Record<string, string> = {}
  // The zip's headers may understate what a part inflates to: the bytes are counted as they are inflated.
  const budget = { left: maxInflatedBytes }
  const read = (file: JSZip.JSZipObject) => partText(file, budget, () => tooLarge(name, filePath, maxInflatedBytes))
  try {
    const ofd = parse(await read(root))
    fields = docInfoFields(ofd)
    for (const docRoot of elements(ofd, 'DocRoot')) {
      const documentPath = resolve('', textOf(docRoot))
      const document = zip.file(documentPath)
      if (!document) continue
      const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1)
      // The pages in order: Page elements of the Pages list (a template page or an action's target is no page).
      const pageList = elements(parse(await read(document)), 'Pages')[0]
      for (const page of pageList ? elements(pageList, 'Page') : []) {
        const content = zip.file(resolve(folder, page.getAttribute('BaseLoc') ?? ''))
        if (content) pages.push(pageText(parse(await read(content))))
      }
    }
  } catch (cause) {
    if (cause instanceof UnreadableDocumentError) throw cause
    throw new UnreadableDocumentError('corrupt', filePath, `${name} could not be read as an OFD (${(cause as Error).message}): open it in an OFD reader and save it again.`, { cause })
  }
  const text = pages.join('\n')
  if (text.trim() === '') {
    throw new UnreadableDocumentError(
      'no_text_layer',
      filePath,
      `${name} has no text (its pages are images, a scan): export it to PDF, run OCR on it (for example ocrmypdf -l chi_sim) and index the result.`,
    )
  }
  return { text, fields }
}

function tooLarge(name: string, filePath: string, bytes: number): UnreadableDocumentError {
  return new UnreadableDocumentError('too_large', filePath, `${name} unpacks to ${Math.round(bytes / 2 ** 20)} MB or more, more than an OFD document of text holds: check the file.`)
}

interface PartStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): PartStream
  on(event: 'error', listener: (error: Error) => void): PartStream
  on(event: 'end', listener: () => void): PartStream
  pause(): PartStream
  resume(): PartStream
}

/** A part's text, inflated chunk by chunk and abandoned once the package's budget is spent. */
function partText(file: JSZip.JSZipObject, budget: { left: number }, refuse: () => Error): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    // JSZip's internal stream (typed out of its declarations, present in 3.x): the part inflated chunk by chunk.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream('uint8array')
    stream
      .on('data', (chunk: Uint8Array) => {
        budget.left -= chunk.length
        if (budget.left < 0) {
          stream.pause()
          reject(refuse())
          return
        }
        chunks.push(chunk)
      })
      .on('error', reject)
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      .resume()
  })
}

/** The printed lines of one page, top to bottom. */
export function pageText(page: Document): string {
  const pieces: Piece[] = []
  for (const object of elements(page, 'TextObject')) pieces.push(...piecesOf(object))
  pieces.sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: Piece[][] = []
  for (const piece of pieces) {
    const line = lines.at(-1)
    // One baseline, allowing for a glyph drawn a little off it (a superscript, a full-width mark).
    if (line && Math.abs(piece.y - line[0].y) <= 0.3 * Math.max(piece.size, line[0].size)) line.push(piece)
    else lines.push([piece])
  }
  return lines.map(lineText).join('\n')
}

function lineText(line: Piece[]): string {
  line.sort((a, b) => a.x - b.x)
  let out = ''
  let end = -Infinity
  for (const piece of line) {
    // A wide gap on one line parts two cells of a table or a label from its value: a space, as a PDF's text has it.
    if (out !== '' && piece.x - end > 2 * piece.size) out += ' '
    out += piece.text
    end = Math.max(end, piece.end)
  }
  return out
}

function piecesOf(object: Element): Piece[] {
  const [bx, by] = numbers(object.getAttribute('Boundary'))
  const size = Number(object.getAttribute('Size')) || 3.5
  // A CTM maps the object's own coordinates onto its boundary box; most producers leave it out or only scale.
  const [a, b, c, d, e, f] = numbers(object.getAttribute('CTM') ?? '1 0 0 1 0 0')
  const place = (x: number, y: number) => [bx + (a ?? 1) * x + (c ?? 0) * y + (e ?? 0), by + (b ?? 0) * x + (d ?? 1) * y + (f ?? 0)]
  const scale = Math.abs(d ?? 1) || 1
  const out: Piece[] = []
  let x = 0
  let y = 0
  for (const code of elements(object, 'TextCode')) {
    const text = textOf(code).replace(/[\r\n\t]+/gu, '')
    if (code.hasAttribute('X')) x = Number(code.getAttribute('X')) || 0
    if (code.hasAttribute('Y')) y = Number(code.getAttribute('Y')) || 0
    const chars = [...text].length
    const advances = deltas(code.getAttribute('DeltaX'), chars - 1)
    let width = 0
    for (let k = 0; k < chars - 1; k++) width += advances[k] ?? size
    if (text !== '') {
      const [px, py] = place(x, y)
      out.push({ x: px, y: py, end: px + (width + size) * (Math.abs(a ?? 1) || 1), size: size * scale, text })
    }
    // A TextCode without X continues where the one before it ended.
    x += width + size
  }
  return out
}

/**
 * DeltaX as the advances between glyphs, `g 3 5.6` being 5.6 three times; only the `needed` first, whatever the
 * attribute claims (`g 100000 1` repeated thousands of times would otherwise fill the memory).
 */
function deltas(value: string | null, needed: number): number[] {
  if (!value || needed <= 0) return []
  const tokens = value.trim().split(/\s+/u)
  const out: number[] = []
  for (let k = 0; k < tokens.length && out.length < needed; k++) {
    if (tokens[k] === 'g') {
      const count = Number(tokens[k + 1])
      const step = Number(tokens[k + 2])
      for (let n = 0; n < count && out.length < needed; n++) out.push(step)
      k += 2
    } else out.push(Number(tokens[k]))
  }
  return out
}

function numbers(value: string | null): number[] {
  return (value ?? '').trim().split(/[\s,]+/u).map(Number).filter((n) => Number.isFinite(n))
}

function parse(xml: string): Document {
  // Producers' small slips (an undeclared entity) are passed over; a part that is not XML at all makes the file corrupt.
  const fatal = (message: string) => {
    throw new Error(message)
  }
  return new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: fatal } }).parseFromString(xml, 'text/xml') as unknown as Document
}

/** Elements by local name, whatever namespace prefix the producer used (ofd:Page, Page). */
function elements(node: Document | Element, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS('*', localName) as unknown as ArrayLike<Element>)
}

function textOf(el: Element): string {
  return (el.textContent ?? '').trim()
}

/** A location in the package: absolute (/Doc_0/Document.xml) or relative to the part that names it. */
function resolve(folder: string, location: string): string {
  const parts = (location.startsWith('/') ? location.slice(1) : folder + location).split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}
