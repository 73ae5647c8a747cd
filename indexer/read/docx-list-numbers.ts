/**
 * Word's automatic list numbers, written into the paragraphs they number. A plan typed in Word often numbers
 * its chapters, sections and clauses with a numbered list (一、 （一） 1.) rather than typed characters; the
 * numbers then live in the numbering part, not in the text, and a text extraction (mammoth's too) drops them,
 * leaving the clause splitter no numbering to find. This counts the lists as Word does and puts each number
 * at the start of its paragraph as a text run, so the text reads as it is printed.
 *
 * What is counted (ECMA-376 §17.9): a paragraph's list comes from its own w:numPr or from its paragraph style
 * (through w:basedOn, or a level's w:pStyle); instances of one abstract list continue each other's numbering
 * unless one overrides a level's start; a level restarts after any higher level unless w:lvlRestart says
 * otherwise; w:lvlText's %1…%9 are the levels' current numbers in their own formats (decimal under w:isLgl).
 * Bullets are not numbers and are left out. The counting itself is list-counter.ts, shared with the .doc reader.
 */
import { joinedAway } from './docx-deleted-marks.js'
import { attr, child, children, insideChoice, intVal, parseXml, textRun, val } from './docx-xml.js'
import { ListCounter, type ListLevel } from './list-counter.js'

/** A level as list-counter.ts counts it, and the paragraph style it numbers (w:pStyle). */
interface Level extends ListLevel {
  pStyle: string | null
}

interface Numbering {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink: string | null }>
  nums: Map<string, { abstractId: string; overrides: Map<number, { start: number | null; level: Level | null }> }>
}

interface StyleNumbering {
  basedOn: string | null
  numId: string | null
  ilvl: number | null
}

/**
 * Writes the number of each paragraph of `doc` (a parsed document part) that a list numbers into it, as a text
 * run before its text; returns how many were numbered.
 */
export function writeListNumbers(doc: Document, numberingXml: string, stylesXml: string | null): number {
  return numberParagraphs(doc, readNumbering(parseXml(numberingXml)), stylesXml ? readStyles(parseXml(stylesXml)) : new Map())
}

/** Writes each numbered paragraph's number into it; returns how many were numbered. */
function numberParagraphs(doc: Document, numbering: Numbering, styles: Map<string, StyleNumbering>): number {
  const ns = doc.documentElement!.namespaceURI
  const counters = new ListCounters(numbering, styles)
  let numbered = 0
  const paragraphs = Array.from(doc.getElementsByTagNameNS(ns, 'p'))
  const joined = joinedAway(paragraphs)
  for (const p of paragraphs) {
    // mammoth reads an mc:AlternateContent's fallback; its w:Choice holds the same paragraphs again. A paragraph
    // a tracked deletion joined to another shows that one's number, not its own.
    if (insideChoice(p) || joined.has(p)) continue
    const pPr = child(p, 'pPr')
    const numPr = pPr && child(pPr, 'numPr')
    const label = counters.next(val(numPr && child(numPr, 'numId')), intVal(numPr && child(numPr, 'ilvl')), val(pPr && child(pPr, 'pStyle')))
    if (!label) continue
    p.insertBefore(textRun(p, label), pPr ? pPr.nextSibling : p.firstChild)
    numbered++
  }
  return numbered
}

class ListCounters {
  private readonly counter = new ListCounter()

  constructor(private readonly numbering: Numbering, private readonly styles: Map<string, StyleNumbering>) {}

  /** The printed number of the next paragraph with these properties, or null when it has none. */
  next(ownNumId: string | null, ownIlvl: number | null, styleId: string | null): string | null {
    const fromStyle = styleId ? this.styleNumbering(styleId) : null
    const numId = ownNumId ?? fromStyle?.numId ?? null
    if (!numId || numId === '0') return null
    const list = this.resolve(numId)
    if (!list) return null
    const ilvl = ownIlvl ?? fromStyle?.ilvl ?? this.levelOfStyle(list.levels, styleId) ?? 0
    const startOverrides = new Map<number, number>()
    for (const [l, o] of list.overrides) if (o.start !== null) startOverrides.set(l, o.start)
    return this.counter.next(
      { listId: list.abstractId, instanceId: numId, startOverrides, levelAt: (l) => list.overrides.get(l)?.level ?? list.levels.get(l) ?? null },
      ilvl,
    )
  }

  /** The numbering a paragraph style gives, through its w:basedOn chain. */
  private styleNumbering(styleId: string): { numId: string | null; ilvl: number | null } {
    let numId: string | null = null
    let ilvl: number | null = null
    const seen = new Set<string>()
    for (let id: string | null = styleId; id && !seen.has(id) && (numId === null || ilvl === null); ) {
      seen.add(id)
      const style = this.styles.get(id)
      if (!style) break
      numId ??= style.numId
      ilvl ??= style.ilvl
      id = style.basedOn
    }
    return { numId, ilvl }
  }

  /** The level of a list that names the paragraph's style as its own (w:pStyle in w:lvl). */
  private levelOfStyle(levels: Map<number, Level>, styleId: string | null): number | null {
    if (!styleId) return null
    for (const [l, level] of levels) if (level.pStyle === styleId) return l
    return null
  }

  /** A list instance with its abstract list's levels, following w:numStyleLink to the list a numbering style names. */
  private resolve(numId: string) {
    const { nums, abstracts } = this.numbering
    const num = nums.get(numId)
    if (!num) return null
    let abstractId = num.abstractId
    for (let hops = 0; hops < 4; hops++) {
      const link = abstracts.get(abstractId)?.styleLink
      const linked = link ? nums.get(this.styleNumbering(link).numId ?? '') : null
      if (!linked) break
      abstractId = linked.abstractId
    }
    const abstract = abstracts.get(abstractId)
    return abstract ? { abstractId, levels: abstract.levels, overrides: num.overrides } : null
  }
}

function readNumbering(doc: Document): Numbering {
  const ns = doc.documentElement!.namespaceURI
  const abstracts: Numbering['abstracts'] = new Map()
  for (const a of Array.from(doc.getElementsByTagNameNS(ns, 'abstractNum'))) {
    const levels = new Map<number, Level>()
    for (const lvl of children(a, 'lvl')) levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl))
    abstracts.set(attr(a, 'abstractNumId') ?? '', { levels, styleLink: val(child(a, 'numStyleLink')) })
  }
  const nums: Numbering['nums'] = new Map()
  for (const n of Array.from(doc.getElementsByTagNameNS(ns, 'num'))) {
    const overrides = new Map<number, { start: number | null; level: Level | null }>()
    for (const o of children(n, 'lvlOverride')) {
      const lvl = child(o, 'lvl')
      overrides.set(Number(attr(o, 'ilvl') ?? 0), { start: intVal(child(o, 'startOverride')), level: lvl ? readLevel(lvl) : null })
    }
    nums.set(attr(n, 'numId') ?? '', { abstractId: val(child(n, 'abstractNumId')) ?? '', overrides })
  }
  return { abstracts, nums }
}

function readLevel(lvl: Element): Level {
  return {
    // The standard's default is 0, but a list written without w:start is numbered from 1 by every editor that shows it.
    start: intVal(child(lvl, 'start')) ?? 1,
    numFmt: val(child(lvl, 'numFmt')) ?? 'decimal',
    lvlText: val(child(lvl, 'lvlText')) ?? '',
    restart: intVal(child(lvl, 'lvlRestart')),
    isLgl: child(lvl, 'isLgl') !== null && val(child(lvl, 'isLgl')) !== 'false' && val(child(lvl, 'isLgl')) !== '0',
    suffix: val(child(lvl, 'suff')) ?? 'tab',
    pStyle: val(child(lvl, 'pStyle')),
  }
}

function readStyles(doc: Document): Map<string, StyleNumbering> {
  const ns = doc.documentElement!.namespaceURI
  const styles = new Map<string, StyleNumbering>()
  for (const s of Array.from(doc.getElementsByTagNameNS(ns, 'style'))) {
    const numPr = child(child(s, 'pPr'), 'numPr')
    styles.set(attr(s, 'styleId') ?? '', { basedOn: val(child(s, 'basedOn')), numId: val(child(numPr, 'numId')), ilvl: intVal(child(numPr, 'ilvl')) })
  }
  return styles
}
