/**
 * The lists of an old Word .doc, from its table stream: PlfLst ([MS-DOC] 2.9.183), one LSTF a list, whose
 * levels (LVL, 2.9.149) follow the PlfLst outside the size the FIB gives it, and PlfLfo (2.9.182), the list
 * instances paragraphs name (sprmPIlfo is a 1-based index into it), each an LFO naming its list by lsid plus
 * its level overrides. Levels are given list-counter.ts's shape, the .docx one, so both formats count alike:
 * a level's template (xst) marks the positions of its level numbers in rgbxchNums; they become %1…%9.
 *
 * The views throw a RangeError on a table that runs past its stream; the caller reads such a file without
 * list numbers.
 */
import type { Span } from './doc-fib.js'
import type { ListLevel, ListUse } from './list-counter.js'

/** MSONFC number formats ([MS-OSHARED] 2.2.1.3) by their .docx names; a code not listed is written in decimal. */
const NUMBER_FORMATS: Record<number, string> = {
  0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 10: 'ideographDigital',
  11: 'japaneseCounting', 14: 'decimalFullWidth', 15: 'decimalHalfWidth', 18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2', 22: 'decimalZero', 23: 'bullet', 26: 'decimalEnclosedFullstop', 27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese', 30: 'ideographTraditional', 31: 'ideographZodiac', 33: 'taiwaneseCounting',
  34: 'ideographLegalTraditional', 35: 'taiwaneseCountingThousand', 36: 'taiwaneseDigital', 37: 'chineseCounting',
  38: 'chineseLegalSimplified', 39: 'chineseCountingThousand', 255: 'none',
}
const SUFFIXES = ['tab', 'space', 'nothing']

const LSTF_SIZE = 28
const LVLF_SIZE = 28
const LFO_SIZE = 16

interface DocList {
  levels: ListLevel[]
  /** The style linked to each level (rgistdPara; 0x0FFF: none): a paragraph of that style is at that level. */
  levelStyles: number[]
}

interface Lfo {
  lsid: number
  overrides: Map<number, { start: number | null; level: ListLevel | null }>
}

export interface DocLists {
  lists: Map<number, DocList>
  lfos: Lfo[]
}

export function readLists(table: Uint8Array, plfLst: Span, plfLfo: Span): DocLists {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const lists = new Map<number, DocList>()
  const count = view.getInt16(plfLst.fc, true)
  let levelAt = plfLst.fc + plfLst.lcb
  for (let i = 0; i < count; i++) {
    const lstf = plfLst.fc + 2 + LSTF_SIZE * i
    const lsid = view.getInt32(lstf, true)
    const levelStyles = Array.from({ length: 9 }, (_, l) => view.getUint16(lstf + 8 + 2 * l, true))
    const simple = (view.getUint8(lstf + 26) & 0x01) !== 0
    const levels: ListLevel[] = []
    for (let l = 0; l < (simple ? 1 : 9); l++) {
      const read = readLevel(view, levelAt)
      levels.push(read.level)
      levelAt = read.end
    }
    if (!lists.has(lsid)) lists.set(lsid, { levels, levelStyles })
  }
  return { lists, lfos: readLfos(view, plfLfo) }
}

function readLfos(view: DataView, plfLfo: Span): Lfo[] {
  const count = view.getInt32(plfLfo.fc, true)
  const lfos: Lfo[] = []
  // rgLfo (16 bytes each), then rgLfoData: for each LFO a 4-byte cp and its clfolvl LFOLVLs.
  let at = plfLfo.fc + 4 + LFO_SIZE * count
  for (let i = 0; i < count; i++) {
    const lfo = plfLfo.fc + 4 + LFO_SIZE * i
    const overrides: Lfo['overrides'] = new Map()
    const levels = view.getUint8(lfo + 12)
    at += 4
    for (let k = 0; k < levels; k++) {
      const startAt = view.getInt32(at, true)
      const flags = view.getUint8(at + 4)
      at += 8
      const formatted = (flags & 0x20) !== 0 ? readLevel(view, at) : null
      if (formatted) at = formatted.end
      const ilvl = flags & 0x0f
      const restarts = (flags & 0x10) !== 0
      if (ilvl < 9) overrides.set(ilvl, { start: restarts ? (formatted?.level.start ?? startAt) : null, level: formatted?.level ?? null })
    }
    lfos.push({ lsid: view.getInt32(lfo, true), overrides })
  }
  return lfos
}

/** An LVL at `at`: LVLF, its grpprlPapx and grpprlChpx, then the number template (Xst: a count, UTF-16). */
function readLevel(view: DataView, at: number): { level: ListLevel; end: number } {
  const start = view.getInt32(at, true)
  const nfc = view.getUint8(at + 4)
  const flags = view.getUint8(at + 5)
  const placeholders = new Set<number>()
  for (let k = 0; k < 9; k++) {
    const position = view.getUint8(at + 6 + k)
    if (position === 0) break
    placeholders.add(position)
  }
  const follow = view.getUint8(at + 15)
  const grpprls = view.getUint8(at + 24) + view.getUint8(at + 25)
  const restartLimit = view.getUint8(at + 26)
  const xst = at + LVLF_SIZE + grpprls
  const chars = view.getUint16(xst, true)
  // Word writes a handful of characters; a longer template is damage, and would be copied into every item.
  if (chars > 255) throw new RangeError(`a number template of ${chars} characters`)
  let lvlText = ''
  for (let k = 0; k < chars; k++) {
    const code = view.getUint16(xst + 2 + 2 * k, true)
    // A placeholder's character is the level (0–8) whose number goes there.
    lvlText += placeholders.has(k + 1) && code < 9 ? `%${code + 1}` : String.fromCharCode(code)
  }
  const level: ListLevel = {
    start,
    numFmt: NUMBER_FORMATS[nfc] ?? 'decimal',
    lvlText,
    // fNoRestart: the level restarts only after a level above ilvlRestartLim (0: never), as w:lvlRestart.
    restart: flags & 0x08 ? restartLimit : null,
    isLgl: (flags & 0x04) !== 0,
    suffix: SUFFIXES[follow] ?? 'nothing',
  }
  return { level, end: xst + 2 + 2 * chars }
}

/** The list that LFO `ilfo` (1-based) names, as list-counter.ts counts it, with its level of style `istd`. */
export function listUse(lists: DocLists, ilfo: number): (ListUse & { levels: number; levelOfStyle(istd: number): number | null }) | null {
  const lfo = lists.lfos[ilfo - 1]
  const list = lfo && lists.lists.get(lfo.lsid)
  if (!list) return null
  const startOverrides = new Map<number, number>()
  for (const [l, o] of lfo.overrides) if (o.start !== null) startOverrides.set(l, o.start)
  return {
    listId: String(lfo.lsid),
    instanceId: String(ilfo),
    startOverrides,
    levelAt: (l) => lfo.overrides.get(l)?.level ?? list.levels[l] ?? null,
    levels: list.levels.length,
    levelOfStyle: (istd) => {
      const l = list.levelStyles.indexOf(istd)
      return l >= 0 && l < list.levels.length ? l : null
    },
  }
}
