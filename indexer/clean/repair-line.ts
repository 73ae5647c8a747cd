/**
 * Undoes what PDF extraction and mirror sites do inside a line of text, so that a phrase of the document
 * (高质量发展, 2022年) is one run of characters again:
 * - spaces left where the PDF wrapped a line or spaced a letterhead (`高质 量发展`, `X X 市 教 育 局`, `2022 年`, `8 号`);
 * - page markers in the middle of a sentence (`推进教育 - 3 - 高质量`, `— 12 —`);
 * - pinyin in brackets after a character, left by a simplified→traditional converter (`學(xué)校`).
 *
 * Spaces are kept where they carry meaning: between Latin words, before a numbering marker (`总则 第一条`),
 * after a short heading that follows a chapter or section marker (`一、总体要求 坚持…`), where the structure
 * reader looks for the end of the heading, after a chapter numeral that a space alone sets apart (`一　总体要求`), and between the words of a quoted slogan (`“学宪法 讲宪法”`).
 */

import { DUTY_LABEL } from '../structure/duty-labels.js'
import { withoutHiddenTextMarker } from './hidden-text-marker.js'
import { printWeekRow, readPeriodRow } from '../structure/period-rows.js'
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff'
/** CJK punctuation and full-width forms: a space next to them is never meaningful. */
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’…—·'
const SPACE = '[ \\t\\u3000\\u00a0]'

const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]/
const PINYIN = new RegExp(`(?<=[${HAN}])[（(]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7})[）)]`, 'g')

/** `- 3 -`, `— 3 —`, `－3－` standing between words: a page number the PDF put inside a sentence. */
const PAGE_MARKER = new RegExp(`(^|${SPACE}|(?<=[${HAN}${CJK_PUNCT}]))[-—–－]{1,2}${SPACE}*\\d{1,3}${SPACE}*[-—–－]{1,2}(?=${SPACE}|$|[${HAN}${CJK_PUNCT}])`, 'g')

/** Markers that open a numbered item: a space before them separates items and stays. */
const MARKER_AHEAD = new RegExp(
  `^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|第[一二三四五六七八九十百零〇两]{1,5}[章节節条條部篇]|\\d{1,3}${SPACE}?[.．、](?!\\d))`,
)
/** A chapter or section marker and a short heading with no punctuation: the space after it ends the heading. */
const HEADING_BEFORE = new RegExp(
  `(?:^|[。；;！？!?：:）)]|${SPACE})(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百零〇两]{1,5}[章节節部篇])${SPACE}*[^\\s。，,；;：:！？!?、]{2,24}$`,
)
/** A chapter numeral set apart from its short title by a space alone (no 、), as a line of its own. */
const SPACED_CHAPTER = new RegExp(`^[一二三四五六七八九十]{1,3}${SPACE}+[^\\s。，,；;：:！？!?、]{2,30}$`)

/**
 * Units and words a quantity's number comes before (`2022 年`, `12 次`, `95 后`, `300 余所`, `20 多个`, `3 倍`, `6 轮`):
 * a space between them is a PDF's, and a phrase search for 95后 must find the clause.
 */
const UNIT = '[年月日号期届次个所项名万亿千百元%％人台套间米分时节校园座家件本册篇亩周天岁级类批条后余多倍轮场位支处种户张]'
const UNIT_AFTER_NUMBER = new RegExp(`^${UNIT}`)
/**
 * Of those, the ones that also open a sentence (`2　处理好…`, `3 多措并举…`): after a number that opens the line, which
 * may be an item's number set apart by a space alone (layouts-digit-space-numbers), the space stays.
 */
const SENTENCE_OPENING_UNITS = '后余多倍轮场位支处种户张'
const SENTENCE_OPENING_UNIT = new RegExp(`^[${SENTENCE_OPENING_UNITS}]`)
const LINE_OPENING_NUMBER = /^\d{1,3}$/
const OPENING_QUANTITY = new RegExp(`^(\\d{1,3})${SPACE}+(?=[${SENTENCE_OPENING_UNITS}])`)
const QUANTITY_AHEAD = new RegExp(`^[\\d.]+${SPACE}?${UNIT}`)
/** `9 0 0个`: a PDF may space every digit of a quantity, so between two digits the ones ahead may stand apart too (a few at most). */
const SPACED_QUANTITY_AHEAD = new RegExp(`^[\\d.]+(?:${SPACE}[\\d.]+){0,6}${SPACE}?${UNIT}`)
/** Spaces, dashes and brackets: a line without any has nothing to repair. */
const MAY_NEED_REPAIR = /[ \t\u3000\u00a0\-—–－(（]/
const TITLE_END = /(要点|计划|方案|意见|办法|规定|细则|通知|规划|纲要|要點|計劃|辦法|規定|細則|規劃|綱要)$/
const SENTENCE_BEFORE = /[。，,；;：:！？!?]/
const SPACE_RUN = new RegExp(`${SPACE}+`, 'g')
const HAN_RE = new RegExp(`[${HAN}]`)
const CJK_OR_PUNCT = new RegExp(`[${HAN}${CJK_PUNCT}]`)

/**
 * A line found to continue the sentence before it (a wrap): its opening number is no item's, so the space a line's
 * opening number keeps before 场, 支, 处… (`5 场专题培训` after `组织`) is a PDF's and goes. Pure.
 */
export function repairContinuation(line: string): string {
  return line.replace(OPENING_QUANTITY, '$1')
}

/** The repaired line. Pure; applied to lines of document text only (never to metadata or furniture lines). */
export function repairLine(printed: string): string {
  // A sharing site's 此处隐藏N字 marker copied into a sentence is none of its words (hidden-text-marker.ts).
  const line = withoutHiddenTextMarker(printed)
  if (!MAY_NEED_REPAIR.test(line)) return line
  // A schedule's row written as text (`第3-4周 9月15日-9月26日 校运会筹备`, period-rows.ts): its spaces part its cells,
  // the week from its dates and the dates from what is done, and stay; the spaces inside a week or a date go.
  const row = readPeriodRow(line)
  if (row) return printWeekRow({ ...row, cells: row.cells.map(repairLine) })
  const laidOut = isLaidOut(line)
  let text = line
  if ((text.includes('(') || text.includes('（')) && TONE.test(text)) text = text.replace(PINYIN, (m, syllable: string) => (TONE.test(syllable) ? '' : m))
  if (/[-—–－]/.test(text)) text = text.replace(PAGE_MARKER, (_m, lead: string) => (lead ? ' ' : ''))
  return laidOut ? text : collapseSpaces(glueLetterSpacedRun(glueSpacedLetters(text)))
}

/**
 * A letter-spaced run (`2 0 2 3 年 衡 阳 市 … 要 点`): three or more single characters, Chinese, digits, the full
 * stop of a number or a marker (`1 . 深 化`, `2 . 5 亿`) or the punctuation of a marker or a sentence (`3 、`,
 * `（ 1 ）`, `。`), one to three spaces apart (a PDF that set its characters wide spaces them by two, a full-width
 * space by one), at least two of them Chinese. It is one phrase, closed up before the spaces between words are
 * judged, so its digits stay one number, a clause marker stays `1.`, and its last word (`要点`) is seen where a
 * title ends.
 */
const SPACED = `[${HAN}\\d.．、，。：；（）()“”《》〔〕【】]`
const LETTER_SPACED_RUN = new RegExp(`(?<![^\\s])${SPACED}(?:[ \\u3000]{1,3}${SPACED}){2,}(?![^\\s])`, 'g')
const HAN_GLOBAL = new RegExp(`[${HAN}]`, 'g')
function glueLetterSpacedRun(text: string): string {
  if (!/\S[ \u3000]{1,3}\S[ \u3000]{1,3}\S/.test(text)) return text
  return text.replace(LETTER_SPACED_RUN, (run) => ((run.match(HAN_GLOBAL)?.length ?? 0) >= 2 ? run.replace(/[ \u3000]/g, '') : run))
}

/** `X X 市`: single capital letters spaced out before Chinese text are one spaced-out name. */
function glueSpacedLetters(text: string): string {
  if (!/[A-Z] [A-Z]/.test(text)) return text
  return text.replace(/(?<![A-Za-z])[A-Z](?: [A-Z])+ ?(?=[\u4e00-\u9fff])/g, (m) => m.replace(/ /g, ''))
}

function collapseSpaces(text: string): string {
  if (!/[ \t\u3000\u00a0]/.test(text)) return text
  return text.replace(SPACE_RUN, (run, at: number, whole: string) => {
    const before = whole[at - 1]
    const after = whole[at + run.length]
    if (before === undefined || after === undefined) return run
    // `责任单位：组织人事科    完成时间：6月底前`: the spaces set the next label apart, as one space (duty-labels.ts).
    if (DUTY_LABEL.test(whole.slice(at + run.length))) return ' '
    return dropSpace(before, after, whole, at, at + run.length) ? '' : run
  })
}

function dropSpace(before: string, after: string, whole: string, at: number, next: number): boolean {
  const rest = whole.slice(next)
  const beforeCjk = CJK_OR_PUNCT.test(before)
  const afterCjk = CJK_OR_PUNCT.test(after)
  if (/\d/.test(before)) {
    // `2022 年`, `8 号`: a number and its unit. `2 022年`: digits of one number split by a wrap.
    if (UNIT_AFTER_NUMBER.test(rest) && !MARKER_AHEAD.test(rest)) return !(SENTENCE_OPENING_UNIT.test(rest) && LINE_OPENING_NUMBER.test(whole.slice(0, at)))
    if (/\d/.test(after)) return SPACED_QUANTITY_AHEAD.test(rest) && /(^|[^\d.])\d{1,3}$/.test(whole.slice(Math.max(0, at - 5), at))
    return false
  }
  if (!beforeCjk) return false
  if (MARKER_AHEAD.test(rest)) return false
  // `一　全面加强党的建设`: a chapter numbered by its numeral and a space, the space its 、.
  if (at <= 3 && SPACED_CHAPTER.test(whole)) return false
  // `不少于 12 次`: a quantity after Chinese text joins it; a bare number (a page number) keeps its space,
  // and so does the space after a document title (`…工作要点 2023年是…`), where the title ends.
  if (/\d/.test(after)) return QUANTITY_AHEAD.test(rest) && !TITLE_END.test(whole.slice(Math.max(0, at - 4), at))
  if (afterCjk) {
    // `…的实施意见 各县（市、区）教育局：` in a flattened head: the space after a title, before any sentence has begun, ends it.
    if (at >= 6 && TITLE_END.test(whole.slice(at - 4, at)) && !SENTENCE_BEFORE.test(whole.slice(0, at))) return false
    if (HAN_RE.test(before) && HAN_RE.test(after) && HEADING_BEFORE.test(at > 40 ? `x${whole.slice(at - 40, at)}` : whole.slice(0, at))) return false
    if (HAN_RE.test(before) && HAN_RE.test(after) && isSloganSpace(whole, at, next)) return false
    return true
  }
  return false
}

const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '‘': '’' }
const HAN_OR_SPACE = new RegExp(`[${HAN} \\t\\u3000\\u00a0]`)
const SLOGAN_PART = new RegExp(`^[${HAN}]{2,}$`)
const HAN_GAP = new RegExp(`(?<=[${HAN}])${SPACE}+(?=[${HAN}])`, 'g')
/** The longest quoted phrase read as a slogan; past it a space inside quotes is more likely a wrap. */
const MAX_SLOGAN = 20

/**
 * A space the author put between the words of a short quoted phrase (`“学宪法 讲宪法”`, `“平安校园 健康成长”`):
 * every part between the quotes is a word of two or more Chinese characters, and the line is not a flattened
 * page whose wraps left spaces between Chinese text all along it (there a space inside quotes is a wrap too,
 * like `“高质量 发展”`). A wrap falling in a short quote of an ordinary line is rare; a slogan's space is not.
 */
function isSloganSpace(whole: string, at: number, next: number): boolean {
  let open = -1
  for (let i = at - 1; i >= Math.max(0, at - MAX_SLOGAN); i--) {
    if (QUOTES[whole[i]]) {
      open = i
      break
    }
    if (!HAN_OR_SPACE.test(whole[i])) return false
  }
  if (open < 0) return false
  const close = whole.indexOf(QUOTES[whole[open]], next)
  if (close < 0 || close - open - 1 > MAX_SLOGAN) return false
  const parts = whole.slice(open + 1, close).split(SPACE_RUN)
  if (!parts.every((p) => SLOGAN_PART.test(p))) return false
  const gapsInLine = whole.match(HAN_GAP)?.length ?? 0
  return gapsInLine - (parts.length - 1) < 2
}

/** A short line of words of two or more characters with no punctuation: a table row or a spaced title, kept as laid out. */
function isLaidOut(text: string): boolean {
  if (text.length > 40 || /[。，,；;：:！？!?]/.test(text)) return false
  return text.split(SPACE_RUN).every((token) => [...token].length >= 2)
}
