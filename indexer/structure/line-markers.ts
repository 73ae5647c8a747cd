/**
 * Recognises the numbering markers that open a line of a Chinese policy document:
 * chapters (一、 / 第一章 / 第一部分), sections ((一) / （一）), clauses (1. / 1、 / 1． / （1） / 第一条, and the
 * defective `27构建…` with no separator) and ordinal introductions (一是… / 二是…).
 */

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100 }

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零三 → 103; null when the string is not a Chinese numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null
  let total = 0
  let digit = 0
  for (const ch of text) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]
    else {
      total += (digit || 1) * CN_UNITS[ch]
      digit = 0
    }
  }
  return total + digit
}

const CN_NUM = '[零〇一二两三四五六七八九十百]+'

export type LineMarker =
  | { kind: 'chapter'; label: string; ordinal: number; rest: string; markerLength: number }
  | { kind: 'section'; label: string; ordinal: number; rest: string; markerLength: number }
  | { kind: 'clause'; style: ClauseStyle; number: number; rest: string; markerLength: number }
  | { kind: 'ordinal-intro'; ordinal: number; rest: string; markerLength: number }

/** How a plan numbers its clauses. `bare` is a number glued to the text (`27构建`), accepted only in sequence. */
export type ClauseStyle = 'dot' | 'paren' | 'article' | 'bare'

const CHAPTER = new RegExp(`^(${CN_NUM})[、.．]\\s*(.*)$`)
const CHAPTER_WORD = new RegExp(`^第(${CN_NUM})(章|部分|篇)\\s*(.*)$`)
const SECTION = new RegExp(`^[（(](${CN_NUM})[）)]\\s*(.*)$`)
const ARTICLE = new RegExp(`^第(${CN_NUM})[条條]\\s*(.*)$`)
const ORDINAL_INTRO = new RegExp(`^(${CN_NUM})是(.+)$`)
const DOT_CLAUSE = /^(\d{1,3})\s*[.．、](?![\d.．])\s*(.*)$/
const PAREN_CLAUSE = /^[（(](\d{1,3})[）)]\s*(.*)$/
/** A number glued to Chinese text. Units that follow quantities (年 月 个 所 …) are excluded: `2024年` is no clause. */
const BARE_CLAUSE = /^(\d{1,3})(?![\d.．、%％年月日号个所名项人万亿元次届期批条类家座级岁天小周])([\u4e00-\u9fff].*)$/

/** Classifies the opening marker of a (trimmed) line; null for ordinary text. */
export function readLineMarker(line: string): LineMarker | null {
  let m = CHAPTER_WORD.exec(line)
  if (m) return chapter(`第${m[1]}${m[2]}`, m[1], m[3], line)
  m = CHAPTER.exec(line)
  if (m && m[2].length > 0) return chapter(m[1], m[1], m[2], line)
  m = SECTION.exec(line)
  if (m) {
    const ordinal = parseChineseNumeral(m[1])
    if (ordinal !== null) return { kind: 'section', label: `（${m[1]}）`, ordinal, rest: m[2], markerLength: line.length - m[2].length }
  }
  m = ARTICLE.exec(line)
  if (m) {
    const number = parseChineseNumeral(m[1])
    if (number !== null) return { kind: 'clause', style: 'article', number, rest: m[2], markerLength: line.length - m[2].length }
  }
  m = DOT_CLAUSE.exec(line)
  if (m) return { kind: 'clause', style: 'dot', number: Number(m[1]), rest: m[2], markerLength: line.length - m[2].length }
  m = PAREN_CLAUSE.exec(line)
  if (m) return { kind: 'clause', style: 'paren', number: Number(m[1]), rest: m[2], markerLength: line.length - m[2].length }
  m = BARE_CLAUSE.exec(line)
  if (m) return { kind: 'clause', style: 'bare', number: Number(m[1]), rest: m[2], markerLength: line.length - m[2].length }
  m = ORDINAL_INTRO.exec(line)
  if (m) {
    const ordinal = parseChineseNumeral(m[1])
    if (ordinal !== null && ordinal <= 20) return { kind: 'ordinal-intro', ordinal, rest: m[2], markerLength: m[1].length + 1 }
  }
  return null
}

function chapter(label: string, numeral: string, rest: string, line: string): LineMarker | null {
  const ordinal = parseChineseNumeral(numeral)
  if (ordinal === null) return null
  return { kind: 'chapter', label, ordinal, rest, markerLength: line.length - rest.length }
}

const SENTENCE_END = /[。！？；!?;]/

/**
 * The heading of a clause: its first sentence, or the whole first line when that line stands alone
 * as a title. Trailing sentence punctuation is dropped.
 */
export function clauseHeading(firstLineRest: string, hasMoreLines: boolean): string {
  const rest = firstLineRest.trim()
  const end = rest.search(SENTENCE_END)
  if (end === -1) return hasMoreLines ? rest : shorten(rest)
  return shorten(rest.slice(0, end))
}

const MAX_HEADING = 60

function shorten(text: string): string {
  if (text.length <= MAX_HEADING) return text
  const comma = text.slice(0, MAX_HEADING).lastIndexOf('，')
  const ascii = text.slice(0, MAX_HEADING).lastIndexOf(',')
  const cut = Math.max(comma, ascii)
  return cut >= 8 ? text.slice(0, cut) : text.slice(0, MAX_HEADING)
}
