/**
 * Normalisation for matching. The display text is never changed; matching runs on a copy where
 * full-width ASCII becomes half-width, Latin is lower-cased, traditional characters become simplified,
 * Chinese quotation marks become ASCII ones and line breaks, tabs and wide spaces become spaces.
 *
 * The mapping is one UTF-16 unit in, one unit out, so an offset in the normalised text is the same
 * offset in the original: highlighting can find a match in the normalised copy and mark the original.
 * It is a single table lookup per unit (the table is built once from OpenCC's character mappings), because
 * every clause, query, keyword and highlight goes through it.
 */
import * as OpenCC from 'opencc-js'

const QUOTE_MAP: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'",
  '\u300c': '"', '\u300d': '"', '\u300e': '"', '\u300f': '"',
  '\u3000': ' ', '\u00a0': ' ', '\u3001': ',', '\uff64': ',',
  // A query turns line breaks and tabs into spaces, so a phrase copied across a clause's line break must find it.
  '\n': ' ', '\r': ' ', '\t': ' ',
}

/** Ranges of the BMP that hold traditional characters OpenCC maps to simplified ones. */
const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
]

let table: Uint16Array | null = null

function buildTable(): Uint16Array {
  const map = new Uint16Array(0x10000)
  for (let i = 0; i < map.length; i++) map[i] = i
  // One converter call over all characters, one per line, so that no phrase rule spans two characters.
  const convert = OpenCC.Converter({ from: 't', to: 'cn' })
  const units: number[] = []
  for (const [from, to] of CJK_RANGES) for (let c = from; c <= to; c++) units.push(c)
  const converted = convert(units.map((c) => String.fromCharCode(c)).join('\n')).split('\n')
  units.forEach((c, i) => {
    const out = converted[i]
    if (out && out.length === 1) map[c] = out.charCodeAt(0)
  })
  for (let c = 0xff01; c <= 0xff5e; c++) map[c] = c - 0xfee0
  for (const [from, to] of Object.entries(QUOTE_MAP)) map[from.charCodeAt(0)] = to.charCodeAt(0)
  for (let c = 0x41; c <= 0x5a; c++) map[c] = c + 0x20
  // Full-width capitals fold to half-width capitals above; send them on to lower case.
  for (let c = 0xff21; c <= 0xff3a; c++) map[c] = c - 0xfee0 + 0x20
  return map
}

function mapUnits(text: string, map: Uint16Array): string {
  let changed = false
  const out = new Array<number>(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const m = map[c]
    if (m !== c) changed = true
    out[i] = m
  }
  if (!changed) return text
  let result = ''
  const CHUNK = 8192
  for (let i = 0; i < out.length; i += CHUNK) result += String.fromCharCode(...out.slice(i, i + CHUNK))
  return result
}

/**
 * Builds the table of matching forms now, if no text was normalised yet (≈ 40 ms: the traditional-to-simplified
 * converter over every character), so that a server thread's first search does not; true when it built it.
 */
export function loadMatchTable(): boolean {
  if (table) return false
  table = buildTable()
  return true
}

/** The matching form of a text: same length as the input, see the module comment. */
export function normalizeForMatch(text: string): string {
  table ??= buildTable()
  return mapUnits(text, table)
}

let simplifyTable: Uint16Array | null = null

/** Traditional → simplified only, preserving length. */
export function toSimplified(text: string): string {
  if (!simplifyTable) {
    const full = (table ??= buildTable())
    simplifyTable = new Uint16Array(0x10000)
    for (let i = 0; i < simplifyTable.length; i++) simplifyTable[i] = i
    for (const [from, to] of CJK_RANGES) for (let c = from; c <= to; c++) simplifyTable[c] = full[c]
  }
  return mapUnits(text, simplifyTable)
}

const PUNCT_OR_SPACE = /[\p{P}\p{S}\p{Z}\s]/u

/** True for characters a phrase query ignores at its edges (quotes, brackets, spaces). */
export function isPunctuationOrSpace(ch: string): boolean {
  return PUNCT_OR_SPACE.test(ch)
}
