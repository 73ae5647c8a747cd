/**
 * The list each paragraph style of an old Word .doc gives its paragraphs, from the style sheet (STSH,
 * [MS-DOC] 2.9.271): a heading style numbered 一、 numbers every paragraph of that style without the paragraph
 * naming the list itself. A style keeps only what differs from its base style (istdBase), so the list and
 * level are looked up along that chain.
 */
import { readListProps, type ParagraphListProps } from './doc-sprms.js'

/** istdBase of a style based on none. */
const NO_BASE = 0x0fff
/** stk of a paragraph style. */
const PARAGRAPH_STYLE = 1

interface Style {
  base: number
  props: ParagraphListProps
}

/** The list and level each paragraph style gives, by istd (a style that gives none is left out). */
export function readStyleLists(stsh: Uint8Array): Map<number, ParagraphListProps> {
  const styles = readStyles(stsh)
  const resolved = new Map<number, ParagraphListProps>()
  for (const istd of styles.keys()) {
    const props: ParagraphListProps = {}
    const seen = new Set<number>()
    for (let at: number | undefined = istd; at !== undefined && !seen.has(at); at = styles.get(at)?.base) {
      seen.add(at)
      const own = styles.get(at)?.props
      props.ilfo ??= own?.ilfo
      props.ilvl ??= own?.ilvl
    }
    if (props.ilfo) resolved.set(istd, props)
  }
  return resolved
}

function readStyles(stsh: Uint8Array): Map<number, Style> {
  const view = new DataView(stsh.buffer, stsh.byteOffset, stsh.byteLength)
  const styles = new Map<number, Style>()
  if (view.byteLength < 6) return styles
  // Stshi (its size first): cstd, then cbSTDBaseInFile, the size of the fixed part of each STD.
  const cbStshi = view.getUint16(0, true)
  const cstd = view.getUint16(2, true)
  const cbStdBase = view.getUint16(4, true)
  let at = 2 + cbStshi
  for (let istd = 0; istd < cstd && at + 2 <= view.byteLength; istd++) {
    const cbStd = view.getUint16(at, true)
    const std = at + 2
    at = std + cbStd
    if (cbStd === 0 || at > view.byteLength || cbStd < cbStdBase) continue
    // StdfBase: stk in the low 4 bits of its second word, istdBase in the high 12.
    const word = view.getUint16(std + 2, true)
    if ((word & 0x0f) !== PARAGRAPH_STYLE) continue
    const base = word >> 4
    // The name (Xstz: a character count, the UTF-16 characters, a 0 terminator), then the UPX of paragraph
    // properties: its size, the istd (2 bytes), the grpprl.
    const name = std + cbStdBase
    if (name + 2 > at) continue
    const upx = name + 2 + 2 * view.getUint16(name, true) + 2
    if (upx + 2 > at) continue
    const cbUpx = view.getUint16(upx, true)
    const grpprl = upx + 2 + 2
    styles.set(istd, { base: base === NO_BASE ? -1 : base, props: cbUpx >= 2 ? readListProps(stsh, grpprl, Math.min(upx + 2 + cbUpx, at)) : {} })
  }
  return styles
}
