/**
 * The paragraphs of an old Word .doc's main text with the list each one is in: paragraph properties (PAPX) are
 * kept in 512-byte pages (FKPs, [MS-DOC] 2.9.175) of the WordDocument stream, found through PlcBtePapx in the
 * table stream; each page maps runs of file positions, each ending just after a paragraph mark, to a style
 * (istd) and a grpprl. A paragraph whose grpprl names no list takes its style's.
 */
import type { Piece } from './doc-pieces.js'
import { readListProps, type ParagraphListProps } from './doc-sprms.js'

const PAGE = 512

export interface DocParagraph {
  /** CP of its first character and just past its mark. */
  start: number
  end: number
  istd: number
  ilfo: number
  ilvl: number | null
  /** A table row's end mark (word-extractor writes it as a line break). */
  rowEnd: boolean
}

export interface PapxRun {
  fcStart: number
  fcEnd: number
  istd: number
  props: ParagraphListProps
}

/** The PAPX runs of every FKP PlcBtePapx names, in file order. */
export function readPapxRuns(wordDocument: Uint8Array, plcBtePapx: Uint8Array): PapxRun[] {
  const plc = new DataView(plcBtePapx.buffer, plcBtePapx.byteOffset, plcBtePapx.byteLength)
  const pages = (plc.byteLength - 4) / 8
  const runs: PapxRun[] = []
  if (!Number.isInteger(pages)) return runs
  for (let i = 0; i < pages; i++) {
    const pn = plc.getUint32(4 * (pages + 1) + 4 * i, true) & 0x3fffff
    if ((pn + 1) * PAGE > wordDocument.length) continue
    const page = wordDocument.subarray(pn * PAGE, (pn + 1) * PAGE)
    const view = new DataView(page.buffer, page.byteOffset, PAGE)
    const crun = view.getUint8(PAGE - 1)
    if (4 * (crun + 1) + 13 * crun > PAGE - 1) continue
    for (let j = 0; j < crun; j++) {
      const run: PapxRun = { fcStart: view.getUint32(4 * j, true), fcEnd: view.getUint32(4 * (j + 1), true), istd: 0, props: {} }
      // BxPap: a 1-byte offset in words to the PapxInFkp (0: default properties), then 12 bytes unused here.
      const papx = 2 * view.getUint8(4 * (crun + 1) + 13 * j)
      if (papx !== 0) {
        // PapxInFkp: cb; a cb of 0 puts the true size, in words, in the next byte.
        const cb = view.getUint8(papx)
        const start = cb !== 0 ? papx + 1 : papx + 2
        const size = cb !== 0 ? 2 * cb - 1 : 2 * view.getUint8(papx + 1)
        const end = Math.min(start + size, PAGE - 1)
        if (start + 2 <= end) {
          run.istd = view.getUint16(start, true)
          run.props = readListProps(page, start + 2, end)
        }
      }
      runs.push(run)
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart)
}

/** Characters that may end a paragraph: the paragraph mark, a table cell's or row's end, a section break. */
const MARKS = new Set([0x0d, 0x07, 0x0c])

/**
 * The paragraphs of the main text (`text`, its CPs) in order, each with the list its own properties or its
 * style's give. A paragraph ends at a mark whose file position closes a PAPX run; a page break (0x0C inside a
 * paragraph) does not.
 */
export function paragraphsOf(text: string, pieces: Piece[], runs: PapxRun[], styleLists: Map<number, ParagraphListProps>): DocParagraph[] {
  const paragraphs: DocParagraph[] = []
  let start = 0
  for (const piece of pieces) {
    const end = Math.min(piece.cpEnd, text.length)
    for (let cp = piece.cpStart; cp < end; cp++) {
      const code = text.charCodeAt(cp)
      if (!MARKS.has(code)) continue
      const fc = piece.fc + (cp - piece.cpStart) * piece.bytesPerChar
      const run = runAt(runs, fc)
      if (!(code === 0x0d || run?.fcEnd === fc + piece.bytesPerChar)) continue
      const istd = run?.istd ?? 0
      const fromStyle = styleLists.get(istd)
      paragraphs.push({
        start,
        end: cp + 1,
        istd,
        ilfo: run?.props.ilfo ?? fromStyle?.ilfo ?? 0,
        // A paragraph that names its list without a level is at the level its style gives (else see listUse).
        ilvl: run?.props.ilvl ?? fromStyle?.ilvl ?? null,
        rowEnd: run?.props.rowEnd === true,
      })
      start = cp + 1
    }
  }
  return paragraphs
}

/** The run holding file position `fc` (runs sorted by start). */
function runAt(runs: PapxRun[], fc: number): PapxRun | null {
  let lo = 0
  let hi = runs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (runs[mid].fcEnd <= fc) lo = mid + 1
    else if (runs[mid].fcStart > fc) hi = mid - 1
    else return runs[mid]
  }
  return null
}
