/**
 * The main text of an old Word .doc by character position (CP), through its piece table ([MS-DOC] 2.8.35 Clx):
 * the text is stored in pieces, each at a file position (FC) of the WordDocument stream, in UTF-16 or one
 * byte a character (Windows-1252), and in an order of its own after an edit saved fast. Paragraph properties
 * are kept by FC, so a paragraph's list is found through the FC of its paragraph mark.
 */
import iconv from 'iconv-lite'

export interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number
  /** One byte a character (the piece is "compressed"), else two. */
  bytesPerChar: 1 | 2
}

/** The pieces of the document's text, in CP order, or null when the Clx cannot be read. */
export function readPieces(clx: Uint8Array): Piece[] | null {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength)
  let at = 0
  // Prc entries (0x01, a 2-byte size, property modifiers) come first; the Pcdt (0x02) follows them.
  while (at < view.byteLength && view.getUint8(at) === 0x01) {
    if (at + 3 > view.byteLength) return null
    at += 3 + view.getInt16(at + 1, true)
  }
  if (at + 5 > view.byteLength || view.getUint8(at) !== 0x02) return null
  const lcb = view.getUint32(at + 1, true)
  const plc = at + 5
  const count = (lcb - 4) / 12
  if (!Number.isInteger(count) || count < 1 || plc + lcb > view.byteLength) return null
  const pieces: Piece[] = []
  for (let i = 0; i < count; i++) {
    const cpStart = view.getUint32(plc + 4 * i, true)
    const cpEnd = view.getUint32(plc + 4 * (i + 1), true)
    if (cpEnd < cpStart) return null
    // A PCD: 2 bytes of flags, the 4-byte FcCompressed, a 2-byte Prm.
    const fcCompressed = view.getUint32(plc + 4 * (count + 1) + 8 * i + 2, true)
    const compressed = (fcCompressed & 0x40000000) !== 0
    const fc = fcCompressed & 0x3fffffff
    pieces.push({ cpStart, cpEnd, fc: compressed ? fc / 2 : fc, bytesPerChar: compressed ? 1 : 2 })
  }
  return pieces
}

/** The characters from CP 0 to `ccp`, one string index per CP, or null when a piece lies outside the stream. */
export function readText(wordDocument: Uint8Array, pieces: Piece[], ccp: number): string | null {
  const parts: string[] = []
  for (const piece of pieces) {
    if (piece.cpStart >= ccp) break
    const chars = Math.min(piece.cpEnd, ccp) - piece.cpStart
    const end = piece.fc + chars * piece.bytesPerChar
    if (end > wordDocument.length) return null
    const bytes = Buffer.from(wordDocument.buffer, wordDocument.byteOffset + piece.fc, chars * piece.bytesPerChar)
    parts.push(piece.bytesPerChar === 2 ? bytes.toString('utf16le') : iconv.decode(bytes, 'win1252'))
  }
  const text = parts.join('')
  return text.length === ccp ? text : null
}
