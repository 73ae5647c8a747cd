/**
 * Word's automatic list numbers for an old .doc, written into the text word-extractor read from it. A plan
 * numbered by Word's lists (一、 （一） 1.) keeps its numbers outside the text, so without them the clause
 * splitter finds no numbered clause. This reads what the numbers depend on — the FIB (doc-fib.ts), the piece
 * table (doc-pieces.ts), each paragraph's list and level and its style's (doc-paragraphs.ts, doc-styles.ts),
 * the lists themselves (doc-list-tables.ts) — counts them as Word does (list-counter.ts, shared with the .docx
 * reader) and puts each number at the start of its paragraph's line (doc-number-lines.ts).
 *
 * Not read: lists of Word 6/95 (ANLD), paragraph properties a fast save left in the piece table (Prm) or moved
 * to the Data stream (sprmPHugePapx). A file whose tables cannot be read is read without numbers, as before.
 */
import CFB from 'cfb'
import { readFib, spanOf } from './doc-fib.js'
import { listUse, readLists } from './doc-list-tables.js'
import { numberLines, type DocLines, type NumberedParagraph } from './doc-number-lines.js'
import { paragraphsOf, readPapxRuns } from './doc-paragraphs.js'
import { readPieces, readText } from './doc-pieces.js'
import { readStyleLists } from './doc-styles.js'
import { ListCounter } from './list-counter.js'

/**
 * The lines of `body`, the main text word-extractor read from the .doc `bytes`, with its list numbers written in,
 * and those of them a soft line break ended (doc-number-lines.ts).
 */
export function writeDocListNumbers(bytes: Uint8Array, body: string): DocLines {
  try {
    const numbered = numberedParagraphs(bytes)
    if (numbered) return numberLines(body, numbered.text, numbered.paragraphs)
  } catch {
    // Tables that run past their stream or contradict each other: the text as word-extractor read it.
  }
  return { lines: body.split('\n'), softEnds: new Set() }
}

/** The main text and its paragraphs with their numbers (none in a document without lists), or null when unreadable. */
export function numberedParagraphs(bytes: Uint8Array): { text: string; paragraphs: NumberedParagraph[] } | null {
  const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' })
  const stream = (name: string) => {
    const content = CFB.find(container, name)?.content
    if (!content) return null
    return content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>)
  }
  const wordDocument = stream('WordDocument')
  const fib = wordDocument && readFib(wordDocument)
  if (!fib) return null
  const listed = fib.plfLst.lcb > 0 && fib.plfLfo.lcb > 0
  const table = stream(fib.tableStream)
  const clx = table && spanOf(table, fib.clx)
  const pieces = clx && readPieces(clx)
  const text = pieces && readText(wordDocument, pieces, fib.ccpText)
  const plcBtePapx = table && spanOf(table, fib.plcfBtePapx)
  if (!table || !pieces || text === null || (listed && !plcBtePapx)) return null
  const stsh = spanOf(table, fib.stshf)
  const lists = listed ? readLists(table, fib.plfLst, fib.plfLfo) : null
  const paragraphs = paragraphsOf(text, pieces, plcBtePapx ? readPapxRuns(wordDocument, plcBtePapx) : [], stsh ? readStyleLists(stsh) : new Map())
  const counter = new ListCounter()
  const numbered: NumberedParagraph[] = paragraphs.map((p) => {
    const paragraph = { start: p.start, end: p.end, rowEnd: p.rowEnd, label: null }
    const list = lists && p.ilfo > 0 ? listUse(lists, p.ilfo) : null
    if (!list) return paragraph
    // A paragraph that names no level is at the level its list links to its style, else the first.
    const ilvl = list.levels === 1 ? 0 : Math.min(Math.max(p.ilvl ?? list.levelOfStyle(p.istd) ?? 0, 0), 8)
    return { ...paragraph, label: counter.next(list, ilvl) }
  })
  // Text after the last paragraph mark (a file cut short) is laid out too, so the lines still match.
  const last = numbered.at(-1)?.end ?? 0
  if (last < text.length) numbered.push({ start: last, end: text.length, rowEnd: false, label: null })
  return { text, paragraphs: numbered }
}
