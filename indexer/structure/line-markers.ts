/**
 * Recognises the numbering markers that open a line of a Chinese policy document:
 * chapters (一、 / 第一章 / 第一部分), sections ((一) / （一）), numbered items (1. / 1、 / １． / ⒈ / （1） / ⑴ /
 * 1) / 1） / ① / 第一条, and the defective `27构建…` with no separator) and ordinal introductions (一是… / 二是… /
 * 第一，…).
 */

import { withoutDutyNote } from './duty-labels.js'
import { halfPartOrdinal, HALF_PART_LINE } from './half-parts.js'
import { FINANCIAL_CHARS, foldDigits, foldFinancial, hasFullWidthDigit, readEnclosedNumeral, readRomanNumeral, ROMAN_CLASS, type EnclosedForm } from './numeral-glyphs.js'

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100 }

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零三 → 103, 壹拾贰 → 12; null when the string is not a Chinese numeral. */
export function parseChineseNumeral(printed: string): number | null {
  const text = foldFinancial(printed)
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
/** A chapter's, a section's or an article's numeral, in plain or financial numerals (`壹、` `第贰部分` `（叁）`). */
const CN_HEAD_NUM = `[零〇一二两三四五六七八九十百${FINANCIAL_CHARS}]+`

export type LineMarker =
  | { kind: 'chapter'; label: string; ordinal: number; rest: string; markerLength: number }
  | { kind: 'section'; label: string; ordinal: number; rest: string; markerLength: number }
  | { kind: 'clause'; style: ClauseStyle; number: number; rest: string; markerLength: number }
  | { kind: 'ordinal-intro'; ordinal: number; rest: string; markerLength: number }

/**
 * How a line numbers its item: `1.` `1、` `⒈` (dot), `（1）` `⑴` (paren), `1)` `1）` (half-paren), `①` (circled),
 * `第一条` (article). `bare` is a number glued to the text (`27构建`) or apart from it by a space alone (`1　深化`),
 * accepted only in sequence.
 * Whether the item is a clause of the plan or a point inside one, the plan's levels decide (plan-levels.ts).
 */
export type ClauseStyle = 'dot' | 'paren' | 'half-paren' | 'circled' | 'article' | 'bare'

const CHAPTER = new RegExp(`^(${CN_HEAD_NUM})[、.．]\\s*(.*)$`)
const CHAPTER_WORD = new RegExp(`^第(${CN_HEAD_NUM})(章|部分|篇)\\s*(.*)$`)
/** `一　全面加强党的建设`: a chapter numeral and a space, no 、, before a short title alone on its line. */
const CHAPTER_SPACED = new RegExp(`^([一二三四五六七八九十]{1,3})[ \\t\\u3000\\u00a0]+([^\\s。，,；;：:！？!?、]{2,30})$`)
const SECTION = new RegExp(`^[（(〔［](${CN_HEAD_NUM})[）)〕］]\\s*(.*)$`)
/** `Ⅰ、` `II.` and `【一】`: a chapter numbered in Roman numerals or set in lenticular brackets (numbering.ts). */
const CHAPTER_ROMAN = new RegExp(`^(${ROMAN_CLASS})[、.．]\\s*(.*)$`)
const CHAPTER_BRACKETED = /^【([一二三四五六七八九十]{1,3})】\s*(.*)$/
/**
 * `一）坚持党建引领`: a chapter numeral closed by a bracket alone before a title alone on its line. `一）骨干教师培训；`
 * ends as an item of a list does (a sentence, or a comma or colon leading on), and is no chapter
 * (closed-bracket-chapters.ts weighs the lines around it).
 */
export const CLOSED_CHAPTER_LINE = /^([一二三四五六七八九十]{1,3})[)）]\s*([\u3400-\u9fff“《](?:[^。；;！？!?]*[^。；;！？!?，,、：:\s])?\s*)$/
const ARTICLE = new RegExp(`^第(${CN_HEAD_NUM})[条條]\\s*(.*)$`)
const ORDINAL_INTRO = new RegExp(`^(${CN_NUM})是(.+)$`)
/** `第一，深化理论武装。…`: an ordinal word and a comma, wording as 一是 is. */
const ORDINAL_WORD = new RegExp(`^第(${CN_NUM})[，,](.+)$`)
const DOT_CLAUSE = /^(\d{1,3})\s*[.．、](?![\d.．])\s*(.*)$/
const PAREN_CLAUSE = /^[（(](\d{1,3})[）)]\s*(.*)$/
/** `1)` / `1）`: a closing bracket only. */
const HALF_PAREN_CLAUSE = /^(\d{1,3})[)）]\s*(.*)$/
/**
 * A number glued to Chinese text, or set apart from it by a space alone (`1　深化…`, a list number Word drew with a
 * tab or an ideographic space and no stop). Units that follow quantities (年 月 个 所 场 支 大 …) are excluded: `2024年`,
 * `3 所学校` and a wrapped `4 大行动计划` are no clause; the words a clause opens with stay (大力, 处理, 首次, 队伍).
 */
const BARE_CLAUSE =
  /^(\d{1,3})[ \t\u3000\u00a0]*(?![\d.．、%％年月日号个所名项人万亿元次届期批条类家座级岁天小周场支种轮位篇套件张块份辆]|大(?!力)|门(?!户)|节(?!约|能)|台(?!账)|处(?!理|置)|首(?!次|批|先|创)|队(?!伍)|户(?!籍))([\u4e00-\u9fff].*)$/
const LEADING_SPACE = /^\s*/
/** Characters a marker may take at most (`（１２３）`, `１２３．`, and the character after it that BARE_CLAUSE checks). */
const MARKER_REACH = 8
const ENCLOSED_STYLE: Record<Exclude<EnclosedForm, 'cn-paren'>, ClauseStyle> = { circled: 'circled', paren: 'paren', dot: 'dot' }
const CN_ONE_TO_TEN = '一二三四五六七八九十'

/**
 * Classifies the opening marker of a (trimmed) line; null for ordinary text. Full-width digits read as ASCII
 * ones (`１．` as `1.`); `rest` is always the line's own text and `markerLength` counts the line's characters.
 */
export function readLineMarker(line: string): LineMarker | null {
  const enclosed = readEnclosedNumeral(line[0])
  if (enclosed) {
    const markerLength = 1 + LEADING_SPACE.exec(line.slice(1))![0].length
    // ㈠ is （一）: a section.
    if (enclosed.form === 'cn-paren') return { kind: 'section', label: `（${CN_ONE_TO_TEN[enclosed.number - 1]}）`, ordinal: enclosed.number, rest: line.slice(markerLength), markerLength }
    return { kind: 'clause', style: ENCLOSED_STYLE[enclosed.form], number: enclosed.number, rest: line.slice(markerLength), markerLength }
  }
  // Every marker ends within its first characters; digits further on are text, kept as written.
  const folded = hasFullWidthDigit(line, MARKER_REACH) ? foldDigits(line.slice(0, MARKER_REACH)) + line.slice(MARKER_REACH) : line
  let m = CHAPTER_WORD.exec(folded)
  if (m) return chapter(`第${m[1]}${m[2]}`, m[1], m[3], line)
  m = HALF_PART_LINE.exec(folded)
  if (m) return { kind: 'chapter', label: `${m[1]}篇`, ordinal: halfPartOrdinal(m[1]), rest: m[2], markerLength: line.length - m[2].length }
  m = CHAPTER.exec(folded)
  if (m && m[2].length > 0) return chapter(m[1], m[1], m[2], line)
  m = CHAPTER_SPACED.exec(folded)
  if (m) return chapter(m[1], m[1], m[2], line)
  m = CLOSED_CHAPTER_LINE.exec(folded)
  if (m) return chapter(m[1], m[1], m[2], line)
  m = CHAPTER_BRACKETED.exec(folded)
  if (m && m[2].length > 0) return chapter(m[1], m[1], m[2], line)
  m = CHAPTER_ROMAN.exec(folded)
  if (m && m[2].length > 0 && /^[\u3400-\u9fff“《]/.test(m[2])) {
    const markerLength = line.length - m[2].length
    return { kind: 'chapter', label: m[1], ordinal: readRomanNumeral(m[1])!, rest: line.slice(markerLength), markerLength }
  }
  m = SECTION.exec(folded)
  if (m) {
    const ordinal = parseChineseNumeral(m[1])
    const markerLength = line.length - m[2].length
    if (ordinal !== null) return { kind: 'section', label: `（${m[1]}）`, ordinal, rest: line.slice(markerLength), markerLength }
  }
  m = ARTICLE.exec(folded)
  if (m) {
    const number = parseChineseNumeral(m[1])
    if (number !== null) return clause(line, 'article', number, m[2])
  }
  m = DOT_CLAUSE.exec(folded)
  if (m) return clause(line, 'dot', Number(m[1]), m[2])
  m = PAREN_CLAUSE.exec(folded)
  if (m) return clause(line, 'paren', Number(m[1]), m[2])
  m = HALF_PAREN_CLAUSE.exec(folded)
  if (m) return clause(line, 'half-paren', Number(m[1]), m[2])
  m = BARE_CLAUSE.exec(folded)
  if (m && (folded.length - m[2].length === m[1].length || !laidOutRow(m[2]))) return clause(line, 'bare', Number(m[1]), m[2])
  m = ORDINAL_INTRO.exec(folded)
  if (m) {
    const ordinal = parseChineseNumeral(m[1])
    if (ordinal !== null && ordinal <= 20) return { kind: 'ordinal-intro', ordinal, rest: line.slice(m[1].length + 1), markerLength: m[1].length + 1 }
  }
  m = ORDINAL_WORD.exec(folded)
  if (m) {
    const ordinal = parseChineseNumeral(m[1])
    if (ordinal !== null && ordinal <= 20) return { kind: 'ordinal-intro', ordinal, rest: line.slice(m[1].length + 2), markerLength: m[1].length + 2 }
  }
  return null
}

/**
 * `深化理论武装 机关党委 2024年12月` after a number and a space: a table row laid out one line, its cells apart by
 * spaces (a clause runs on in sentences, and sets apart at most its title).
 */
function laidOutRow(rest: string): boolean {
  const cells = rest.trim().split(/[ \t\u3000\u00a0]+/).length
  return cells >= 3 || (cells === 2 && !/[，,。；;]/.test(rest))
}

/** Groups matched in the folded line are as long as in the line: the rest is taken from the line itself. */
function clause(line: string, style: ClauseStyle, number: number, foldedRest: string): LineMarker {
  const markerLength = line.length - foldedRest.length
  return { kind: 'clause', style, number, rest: line.slice(markerLength), markerLength }
}

function chapter(label: string, numeral: string, foldedRest: string, line: string): LineMarker | null {
  const ordinal = parseChineseNumeral(numeral)
  if (ordinal === null) return null
  const markerLength = line.length - foldedRest.length
  return { kind: 'chapter', label, ordinal, rest: line.slice(markerLength), markerLength }
}

/**
 * `text` without the numbering that opens it (`6.`, `（一）`, `一、`, `①`, `⑴`, `１．`, `第三条`): what a
 * clause's heading or a chapter's title says, for an embedding or a comparison that numbering would only
 * disturb. An ordinal introduction (`一是…`) is wording, and stays.
 */
export function stripLeadingMarker(text: string): string {
  const trimmed = text.trim()
  const lineEnd = trimmed.indexOf('\n')
  const marker = readLineMarker(lineEnd === -1 ? trimmed : trimmed.slice(0, lineEnd))
  return marker && marker.kind !== 'ordinal-intro' ? trimmed.slice(marker.markerLength).trim() : trimmed
}

/** How far back an opening bracket is looked for. */
const BRACKET_REACH = 40

/**
 * True when `text` before `end` (on the same line, within reach) has an opening bracket not yet closed: a `1）`
 * there closes `（见附件1）` rather than opening an item.
 */
export function insideBracket(text: string, end = text.length): boolean {
  let depth = 0
  for (let i = end - 1; i >= Math.max(0, end - BRACKET_REACH); i--) {
    const ch = text[i]
    if (ch === '\n') return false
    if (ch === '）' || ch === ')') depth++
    else if (ch === '（' || ch === '(') {
      if (depth === 0) return true
      depth--
    }
  }
  return false
}

/**
 * A sentence end; a Western full stop counts after a Chinese word, before the next one (`深化理论武装.健全…`, typed
 * in half-width punctuation), before the space English typing sets after a stop (`深化理论武装. 健全…`) or at the
 * end (`…12次.`), never between digits (`1.2万个`) or letters.
 */
const SENTENCE_END = /[。！？；!?;]|(?<=[\u3400-\u9fff”"’）)])[.．](?=[ \u00a0]?[\u3400-\u9fff“"‘《（(]|\s*$)/

const WESTERN_STOP_AT_END = /(?<=[\u3400-\u9fff”"’）)])[.．]$/

/**
 * A short title without punctuation or quotes, then a space and the clause's Chinese text, which runs on in
 * sentences (a table row laid out one line, `序号 重点任务 牵头单位`, has words apart and no sentence).
 */
const SPACED_TITLE = /^([^\s。，,；;：:！？!?、“”‘’《》【】]{2,24})[ \t\u3000\u00a0]+(?=[\u3400-\u9fff“《].*[，。；,;])/

/**
 * The heading of a clause: the title it sets in brackets (【…】) before its text, else its first sentence, or
 * the whole first line when that line stands alone as a title. Trailing sentence punctuation is dropped.
 */
export function clauseHeading(firstLineRest: string, hasMoreLines: boolean): string {
  return headingWords(firstLineRest, hasMoreLines).replace(NOTE_MARK, '')
}

/** `推进“五育并举”①`, `…[1]`: a note's mark after the heading's last word points to the plan's notes and is no part of it. */
const NOTE_MARK = /(?<=[\u3400-\u9fff”’」』）)])(?:[①-⑳]+|\[\d{1,2}\])$/

function headingWords(firstLineRest: string, hasMoreLines: boolean): string {
  // `深化理论武装（牵头单位：机关党委）`: the unit in brackets is no part of the title, and its colon none of its end.
  const rest = withoutDutyNote(firstLineRest).trim()
  // `【深化理论武装】健全学习制度…`: a title set in brackets before the clause's text is its heading.
  const bracketed = /^[【〖\[]([^】〗\]]{2,40})[】〗\]]/.exec(rest)
  if (bracketed && rest.length > bracketed[0].length) return bracketed[1].trim()
  // `加强党的政治建设 坚持…`: a title set apart by a space only (a bold run-in title flattened; cleaning keeps that
  // space only where the plan's clauses print their titles so, clause-lead-space.ts) ends at the space.
  const spaced = SPACED_TITLE.exec(rest)
  // `深化理论武装. 落实…`: a Western stop typed before that space ends the title, and is no part of it.
  if (spaced) return spaced[1].replace(WESTERN_STOP_AT_END, '')
  // `深化理论武装：健全…`, `扩大学前教育资源——新建…`: a short title the clause sets before its text with a colon or a dash.
  const end = rest.search(SENTENCE_END)
  const led = TITLE_BEFORE_COLON.exec(rest)
  if (led && !LEAD_IN.test(led[1]) && (end === -1 || led[1].length < end)) return led[1]
  if (end === -1) return hasMoreLines ? rest : shorten(rest)
  return shorten(rest.slice(0, end))
}

/**
 * Whether a line's text after its marker runs on past its heading into sentences of its own
 * (`党的建设全面加强。开展主题教育，…`), rather than being a heading alone (`加强政治建设`).
 */
export function runsOnPastHeading(firstLineRest: string): boolean {
  const rest = firstLineRest.trim()
  const end = rest.search(SENTENCE_END)
  // `总体要求坚持以…为指导，…加快建设教育强市。`: a heading run into one long sentence of clauses (a flat PDF lost the
  // break after it) is text too, though nothing follows its stop.
  return end !== -1 && (/[\u3400-\u9fff]/.test(rest.slice(end + 1)) || (end === rest.length - 1 && end > LONG_SENTENCE && /[，,]/.test(rest)))
}
/** Longer than any title a plan prints: a line this long ending in its one stop is a sentence. */
const LONG_SENTENCE = 40

/** A title of a few words before a colon or a dash, the clause's text after it. */
const TITLE_BEFORE_COLON = /^([^，,；;。！？!?：:—“”]{2,20})(?:[：:]|—{1,2})(?=[\u3400-\u9fff“《（(\d])/
/** `总体要求是：`, `主要任务如下：`: words that lead into a sentence rather than title it. */
const LEAD_IN = /(?:是|为|如下|包括|有|指|即|要|对|在|将|和|与|及|的)$/

const MAX_HEADING = 60

function shorten(text: string): string {
  if (text.length <= MAX_HEADING) return text
  const comma = text.slice(0, MAX_HEADING).lastIndexOf('，')
  const ascii = text.slice(0, MAX_HEADING).lastIndexOf(',')
  const cut = Math.max(comma, ascii)
  return cut >= 8 ? text.slice(0, cut) : text.slice(0, MAX_HEADING)
}
