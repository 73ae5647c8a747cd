/**
 * Numbering read as sequences, not as line openings. A candidate marker (一、 （一） 1. 1、 （1） 第一条 第一章 …)
 * may stand anywhere in the text; it is accepted only when it continues its own sequence (1 → 2 → 3, 一 → 二),
 * or starts one again at 1 under a new parent (a marker of a higher level accepted since). A PDF flattened
 * to one line and the same document with one item per line then give the same markers.
 *
 * False positives are kept out by the sequence and by context: `1.5亿元`, `2022.3`, `2023年` are no candidates
 * at all; `根据《条例》第十条` stands in a sentence (no sentence end before it) and cites rather than numbers;
 * a `（1）（2）` list inside a clause forms its own, lower level. This file finds the candidates in a text;
 * accept-sequences.ts decides which continue their sequence, in the kinds marker-kinds.ts names.
 */
import { acceptSequences } from './accept-sequences.js'
import { attachmentListLines } from './appendix.js'
import { closedBracketChapters } from './closed-bracket-chapters.js'
import { insideFeatureBox } from './feature-boxes.js'
import { halfPartOrdinal, HALF_PART_LINE } from './half-parts.js'
import { insideBracket, parseChineseNumeral } from './line-markers.js'
import type { Candidate, MarkerContext, MarkerKind } from './marker-kinds.js'
import { ENCLOSED_CLASS, FINANCIAL_CHARS, foldDigits, readEnclosedNumeral, readRomanNumeral, ROMAN_CLASS, type EnclosedForm } from './numeral-glyphs.js'
import { decimalMarkers } from './decimal-outline.js'
import { markRunOnItems } from './run-on-items.js'

// One entry point for reading numbering: its importers need not know which file now holds the kinds or the sequence rule.
export { acceptSequences } from './accept-sequences.js'
export { KIND_LABEL, RANK, type Candidate, type MarkerContext, type MarkerKind } from './marker-kinds.js'

export interface TextMarker extends Candidate {
  /** Offset of the marker in the text. */
  at: number
  /** Offset just after the marker (and any space after it). */
  end: number
  /** The number as printed, for chapter and section names: `一`, `第一章`, `（一）`, `12`. */
  label: string
}

const CN = `[一二三四五六七八九十百零〇两${FINANCIAL_CHARS}]{1,5}`
/** 一 … 十 and the financial numerals 壹 … 拾 a plan may number its chapters and sections with instead (numeral-glyphs.ts). */
const CN_HEAD = `[一二三四五六七八九十${FINANCIAL_CHARS}]`
const FINANCIAL_START = new RegExp(`^[（(〔［]?\\s?[${FINANCIAL_CHARS}]`)
/**
 * The marker shapes. What may stand before a marker is checked by hand (NOT_BEFORE): lookbehinds in this
 * pattern would be tried at every character of every document.
 */
const CANDIDATE = new RegExp(
  [
    `第\\s?(${CN})\\s?(章|部分|篇|节|節|条|條)`,
    `(${CN_HEAD}{1,3})[、．.,，](?!(?!(?:19|20)\\d\\d年)[\\d０-９])`,
    // `〔一〕` `［一］` are （一） in the brackets a template sets 文号 years in.
    `[（(〔［]\\s?(${CN_HEAD}{1,3})\\s?[）)〕］]`,
    `[（(]\\s?([\\d０-９]{1,2})\\s?[）)]`,
    `([\\d０-９]{1,3})\\s?[.．、,，](?!(?!(?:19|20)\\d\\d年)[\\d０-９.．])`,
    `第\\s?([\\d０-９]{1,3})\\s?[条條]`,
    `([\\d０-９]{1,2})[)）]`,
    `(${ENCLOSED_CLASS})`,
    // `一　全面加强党的建设`: a chapter numeral set apart by a space alone, only over a title alone on its line (SPACED_TITLE_LINE).
    `([一二三四五六七八九十]{1,3})[ \\t\\u3000\\u00a0]+`,
    // `Ⅰ、` `II.` and `【一】`: chapters numbered in Roman numerals or in lenticular brackets, read as 一、. A Roman
    // numeral heads a Chinese title only, as line-markers.ts reads it (`I.x`, `V.2` are not chapters).
    `(${ROMAN_CLASS})[、．.](?=\\s*[\\u3400-\\u9fff“《])`,
    `【([一二三四五六七八九十]{1,3})】`,
    // `上篇　2023年工作回顾` / `下篇　2024年工作要点`: the halves of a plan in two (or three, with 中篇) parts, read as
    // 第一篇 / 第二篇 are, only opening a line of a short title (half-parts.ts HALF_PART_LINE).
    `([上中下])篇(?=[ \\t\\u3000\\u00a0])`,
    // `一）坚持党建引领`: a chapter numeral closed by a bracket alone, as some Word templates print it; only opening its line.
    `([一二三四五六七八九十]{1,3})[)）](?=[ \\t\\u3000\\u00a0]*[\\u3400-\\u9fff“《])`,
  ].join('|'),
  'g',
)
/** Characters that, standing just before a marker, make it part of something else (`十一、` inside `第十一、`, `2022.3`, `v1.`). */
const NOT_BEFORE: Partial<Record<MarkerKind, RegExp>> = {
  cn: new RegExp(`[一二三四五六七八九十百零〇两第${FINANCIAL_CHARS}]`),
  'arabic-paren': /[\d０-９.．]/,
  // A full-width colon ends a title run on into its first point (`一、加强党的建设：1.强化…`); `10:30` keeps its ASCII one.
  arabic: /[\d０-９.．:/\-A-Za-z]/,
  // `（1）` and `(12)` are arabic-paren; `附件1）` cites.
  'arabic-half-paren': /[\d０-９.．（(\-A-Za-z]/,
}
/**
 * Where markers of a kind may stand. An item list run into one paragraph (`①…；②…`) is part of its clause and is
 * never broken into lines, and `1)` glued to words is more often a citation (见附件1)) than an item; one inside
 * an open bracket (`（见附件 1）`) is never an item.
 */
const CONTEXTS: Partial<Record<MarkerKind, ReadonlySet<MarkerContext>>> = {
  circled: new Set(['line-start']),
  'arabic-half-paren': new Set(['line-start', 'after-break']),
}
const BREAK_BEFORE = /[。！？；;!?：:）)】」』”\s]/
/** A space or tab, full-width or no-break too, tested without a regular expression: it runs for every candidate. */
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000' || ch === '\t' || ch === '\u00a0'
/** What may follow a marker: the item's text (Chinese, an opening quote or bracket), never a number or another marker. */
const TEXT_AFTER = /^[ \t\u3000\u00a0]*[\u3400-\u9fff“《"‘【]/
/**
 * Kinds whose item may open with a year (`2024年`); a lower level's number before a year is more often a date or a
 * count. `第二条　2024年全县…` and `第一节　2023年工作回顾` are numbered by words that never count or date anything.
 */
const YEAR_OPENS: Partial<Record<MarkerKind, true>> = { arabic: true, 'chapter-word': true, 'section-word': true, article: true, cn: true, 'cn-paren': true }
// Any run of spaces: a 第二条 is often set apart from its text by two (`第二条  2024年…`).
const YEAR_AFTER = /^[ \t\u3000\u00a0]*(19|20)\d\d年/
const NUMERAL_AFTER = /^[ \t\u3000\u00a0]*[\d０-９]/
/** `一、二年级`, `一、二、三`: a Chinese numeral list, not a chapter. */
const CN_LIST_AFTER = new RegExp(`^[ \\t\\u3000\\u00a0]*${CN_HEAD}+[、，,年至到和及]`)

/** The line a spaced chapter numeral opens: the numeral, a space and a short title, nothing else. */
const SPACED_TITLE_LINE = /^[一二三四五六七八九十]{1,3}[ \t\u3000\u00a0]+[^\s。，,；;：:！？!?、]{2,30}$/
const lineFrom = (text: string, at: number) => {
  const end = text.indexOf('\n', at)
  return text.slice(at, end === -1 ? undefined : end)
}

/** Every numbering candidate in a text, in order, with its context. Pure. */
export function findCandidates(text: string): TextMarker[] {
  const found: TextMarker[] = []
  const re = new RegExp(CANDIDATE)
  const inList = attachmentListLines(text)
  // A 专栏 box's items count on their own and number nothing in the plan (feature-boxes.ts).
  const inBox = insideFeatureBox(text)
  // 下篇 is third after a 中篇, second without one.
  let middleHalf = false
  // A line opening 一） heads a chapter, or lists an item of its clause (closed-bracket-chapters.ts).
  const closedChapter = closedBracketChapters(text)
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const at = m.index
    const kind = kindOf(m)
    if (!kind || inList(at) || inBox(at)) continue
    if (at > 0 && NOT_BEFORE[kind.kind]?.test(text[at - 1])) {
      re.lastIndex = at + 1
      continue
    }
    let end = at + m[0].length
    const after = text.slice(end, end + 4)
    const context = contextAt(text, at)
    if (CONTEXTS[kind.kind] && !CONTEXTS[kind.kind]!.has(context)) continue
    if (kind.kind === 'arabic-half-paren' && insideBracket(text, at)) continue
    // `5.2024年底前完成…`, `第二部分 2024年工作要点` and `一、2023年工作总结` (a plan that reviews one year and
    // plans the next): an item, a part or a chapter may open with a year; `1.5亿元`, `3、4年级` never get here or stop here.
    const yearAfter = YEAR_OPENS[kind.kind] === true && YEAR_AFTER.test(text.slice(end, end + 12))
    if (!yearAfter && (NUMERAL_AFTER.test(after) || !(context === 'line-start' ? /\S/.test(after) : TEXT_AFTER.test(after)))) continue
    if (kind.kind === 'cn' && CN_LIST_AFTER.test(after)) continue
    // 伍 陆 拾 are words too (队伍、 陆续): a financial numeral numbers only where a line or a sentence starts.
    if (context === 'in-text' && FINANCIAL_START.test(m[0])) continue
    if (m[10] && (context !== 'line-start' || !SPACED_TITLE_LINE.test(lineFrom(text, at)))) continue
    if (m[13] && (context !== 'line-start' || !HALF_PART_LINE.test(lineFrom(text, at)))) continue
    if (m[13] === '中') middleHalf = true
    // `I.` in capitals is a chapter only opening its line: in a sentence it is more often a letter.
    if (m[11] && /^[IVX]/.test(m[11]) && (context !== 'line-start' || (at > 0 && /[A-Za-z]/.test(text[at - 1])))) continue
    const number = m[13] ? halfPartOrdinal(m[13], middleHalf) : kind.number ?? (kind.numeral ? parseChineseNumeral(kind.numeral) : Number(foldDigits(kind.digits!)))
    if (number === null || number < 1) continue
    if (m[14] && (context !== 'line-start' || !closedChapter(at, number))) continue
    while (end < text.length && isSpace(text[end])) end++
    const marker: TextMarker = { kind: kind.kind, number, context, at, end, label: labelOf(kind.kind, m, number) }
    const printed = printedForm(kind.kind, m)
    if (printed) marker.printed = printed
    found.push(marker)
  }
  // A decimal outline's `1 ` chapters, `1.1` and `1.1.1`, in text order (decimal-outline.ts).
  const outline = decimalMarkers(text, (at) => contextAt(text, at), (at) => !inList(at) && !inBox(at))
  // An item glued to the duty line closing the clause before it, in a plan flattened to one line (run-on-items.ts).
  return markRunOnItems(text, outline.length === 0 ? found : [...found, ...outline].sort((a, b) => a.at - b.at))
}

function kindOf(m: RegExpMatchArray): { kind: MarkerKind; numeral?: string; digits?: string; number?: number } | null {
  if (m[13]) return { kind: 'chapter-word' }
  if (m[1]) {
    const word = m[2]
    const kind: MarkerKind = word === '条' || word === '條' ? 'article' : word === '节' || word === '節' ? 'section-word' : 'chapter-word'
    return { kind, numeral: m[1] }
  }
  if (m[3] || m[10] || m[12] || m[14]) return { kind: 'cn', numeral: m[3] ?? m[10] ?? m[12] ?? m[14] }
  if (m[11]) {
    const number = readRomanNumeral(m[11])
    return number === null ? null : { kind: 'cn', number }
  }
  if (m[4]) return { kind: 'cn-paren', numeral: m[4] }
  if (m[5]) return { kind: 'arabic-paren', digits: m[5] }
  if (m[6]) return { kind: 'arabic', digits: m[6] }
  if (m[7]) return { kind: 'article', digits: m[7] }
  if (m[8]) return { kind: 'arabic-half-paren', digits: m[8] }
  const enclosed = readEnclosedNumeral(m[9])
  if (enclosed) return { kind: ENCLOSED_KIND[enclosed.form], number: enclosed.number }
  return null
}

/** The marker kind each enclosed numeral stands for: ① its own level, ⑴ （1）, ⒈ 1., ㈠ （一）. */
const ENCLOSED_KIND: Record<EnclosedForm, MarkerKind> = { circled: 'circled', paren: 'arabic-paren', dot: 'arabic', 'cn-paren': 'cn-paren' }

function labelOf(kind: MarkerKind, m: RegExpMatchArray, number: number): string {
  if (m[13]) return `${m[13]}篇`
  if (m[1]) return `第${m[1]}${m[2]}`
  if (m[7]) return `第${foldDigits(m[7])}条`
  if (kind === 'cn-paren') return `（${m[4] ?? '一二三四五六七八九十'[number - 1]}）`
  if (kind === 'arabic-paren') return `（${m[5] ? foldDigits(m[5]) : number}）`
  if (kind === 'circled') return m[9]
  return m[3] ?? m[10] ?? m[11] ?? m[12] ?? m[14] ?? (m[6] ? foldDigits(m[6]) : String(number))
}

/** `⑴` and `⒈` print （1） and 1. as one character; `1）` prints 1) with a full-width bracket. */
function printedForm(kind: MarkerKind, m: RegExpMatchArray): string | undefined {
  if (m[9] && kind !== 'circled') return kind === 'arabic' ? '⒈' : kind === 'cn-paren' ? '㈠' : '⑴'
  if (m[8] && m[0].endsWith('）')) return '1）'
  if (m[11]) return /^[IVX]/.test(m[11]) ? 'I.' : 'Ⅰ、'
  if (m[12]) return '【一】'
  if (m[14]) return '一）'
  if (m[4] && /^[〔［]/.test(m[0])) return m[0].startsWith('〔') ? '〔一〕' : '［一］'
  return undefined
}

function contextAt(text: string, at: number): MarkerContext {
  let i = at - 1
  while (i >= 0 && isSpace(text[i])) i--
  if (i < 0 || text[i] === '\n') return 'line-start'
  if (i < at - 1 || BREAK_BEFORE.test(text[i])) return 'after-break'
  return 'in-text'
}

/** The accepted numbering markers of a text. Pure. */
export function findNumbering(text: string): TextMarker[] {
  const candidates = findCandidates(text)
  const accepted = acceptSequences(candidates, text)
  return candidates.filter((_, i) => accepted[i])
}
