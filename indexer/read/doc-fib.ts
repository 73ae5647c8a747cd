/**
 * Where an old Word .doc keeps what its list numbers need, read from the FIB at the start of its WordDocument
 * stream ([MS-DOC] 2.5.1): which table stream holds the tables, how long the main text is, and the place of
 * each table in it (fc/lcb pairs of FibRgFcLcb97, found by index past the FIB's variable-length parts).
 */

export interface Fib {
  /** The table stream's name: 1Table or 0Table. */
  tableStream: string
  /** Characters of the main text (ccpText); the other stories follow it. */
  ccpText: number
  stshf: Span
  plcfBtePapx: Span
  clx: Span
  plfLst: Span
  plfLfo: Span
}

/** A range of the table stream (fc, lcb). */
export interface Span {
  fc: number
  lcb: number
}

/** Index of each pair in FibRgFcLcb97. */
const STSHF = 1
const PLCF_BTE_PAPX = 13
const CLX = 33
const PLF_LST = 73
const PLF_LFO = 74

/** The FIB of a Word 97 or later file, or null for an earlier or an encrypted one (its tables are not these). */
export function readFib(wordDocument: Uint8Array): Fib | null {
  const view = new DataView(wordDocument.buffer, wordDocument.byteOffset, wordDocument.byteLength)
  if (view.byteLength < 0x22 || view.getUint16(0, true) !== 0xa5ec) return null
  const flags = view.getUint16(0x0a, true)
  if (flags & 0x0100) return null // fEncrypted
  // FibBase (32 bytes), then csw and fibRgW, cslw and fibRgLw, cbRgFcLcb and fibRgFcLcb.
  const csw = view.getUint16(0x20, true)
  const rgLw = 0x22 + 2 * csw + 2
  if (rgLw + 2 > view.byteLength) return null
  const cslw = view.getUint16(rgLw - 2, true)
  const cbRgFcLcbAt = rgLw + 4 * cslw
  if (cslw < 4 || cbRgFcLcbAt + 2 > view.byteLength) return null
  const pairs = view.getUint16(cbRgFcLcbAt, true)
  const rgFcLcb = cbRgFcLcbAt + 2
  if (pairs <= PLF_LFO || rgFcLcb + 8 * (PLF_LFO + 1) > view.byteLength) return null
  const span = (index: number): Span => ({ fc: view.getUint32(rgFcLcb + 8 * index, true), lcb: view.getUint32(rgFcLcb + 8 * index + 4, true) })
  return {
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    ccpText: view.getUint32(rgLw + 12, true),
    stshf: span(STSHF),
    plcfBtePapx: span(PLCF_BTE_PAPX),
    clx: span(CLX),
    plfLst: span(PLF_LST),
    plfLfo: span(PLF_LFO),
  }
}

/** The bytes of `span` in `table`, or null when they are not all there. */
export function spanOf(table: Uint8Array, span: Span): Uint8Array | null {
  if (span.lcb === 0 || span.fc + span.lcb > table.length) return null
  return table.subarray(span.fc, span.fc + span.lcb)
}
