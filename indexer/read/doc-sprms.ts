/**
 * The paragraph properties of an old Word .doc that its list numbers depend on, read from a grpprl: a run of
 * Sprms ([MS-DOC] 2.2.5.1), each a 2-byte code whose top three bits (spra) give its operand's size. Only a
 * few properties matter here, but every Sprm must be stepped over to reach the next, so the sizes of all are
 * known; a run that cannot be stepped through is read up to where it stops making sense.
 */

/** sprmPIlfo: the paragraph's list, a 1-based index into the LFO table (0: none). */
const SPRM_P_ILFO = 0x460b
/** sprmPIlvl: the paragraph's level in its list (0–8). */
const SPRM_P_ILVL = 0x260a
/** sprmPFTtp: the paragraph is a table row's end mark, which word-extractor writes as a line break. */
const SPRM_P_FTTP = 0x2417
/** Sprms whose operand starts with a 2-byte size (sprmTDefTable and its Word 95 form). */
const LONG_OPERANDS = new Set([0xd608, 0xd606])
/** sprmPChgTabs: a 1-byte size of 255 means its two tab lists follow, sized by their own counts. */
const SPRM_P_CHG_TABS = 0xc615

export interface ParagraphListProps {
  ilfo?: number
  ilvl?: number
  rowEnd?: boolean
}

/** The list properties a grpprl sets (`bytes` from `start` to `end`); what it does not set stays undefined. */
export function readListProps(bytes: Uint8Array, start: number, end: number): ParagraphListProps {
  const props: ParagraphListProps = {}
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  end = Math.min(end, bytes.length)
  for (let at = start; at + 2 <= end; ) {
    const sprm = view.getUint16(at, true)
    const operand = at + 2
    const size = operandSize(view, sprm, operand, end)
    if (size === null || operand + size > end) break
    if (sprm === SPRM_P_ILFO && size === 2) props.ilfo = view.getInt16(operand, true)
    else if (sprm === SPRM_P_ILVL) props.ilvl = view.getUint8(operand)
    else if (sprm === SPRM_P_FTTP) props.rowEnd = view.getUint8(operand) !== 0
    at = operand + size
  }
  return props
}

function operandSize(view: DataView, sprm: number, at: number, end: number): number | null {
  const spra = sprm >> 13
  if (spra === 0 || spra === 1) return 1
  if (spra === 2 || spra === 4 || spra === 5) return 2
  if (spra === 3) return 4
  if (spra === 7) return 3
  // spra 6: variable, its size first.
  if (LONG_OPERANDS.has(sprm)) return at + 2 <= end ? view.getUint16(at, true) + 1 : null
  if (at >= end) return null
  const cb = view.getUint8(at)
  if (sprm === SPRM_P_CHG_TABS && cb === 255) {
    // PChgTabsDelClose (count, 4 bytes a tab) then PChgTabsAdd (count, 3 bytes a tab).
    if (at + 2 > end) return null
    const deleted = view.getUint8(at + 1)
    const addedAt = at + 2 + 4 * deleted
    if (addedAt >= end) return null
    return 1 + 1 + 4 * deleted + 1 + 3 * view.getUint8(addedAt)
  }
  return 1 + cb
}
