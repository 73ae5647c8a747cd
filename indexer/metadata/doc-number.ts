/**
 * The document's own number (文号), e.g. `江教办〔2023〕5号`, in every form it is printed or mangled in:
 * `〔〕 [] ［］ 【】 () （）`, `号`/`號`, letter-spaced or broken by a PDF wrap (`X教〔2022〕8 号`).
 *
 * A document cites other documents by number (`根据《…》（教基〔2021〕12号）`); those are not its own.
 * Its own number stands alone on a line of the head (under the letterhead, or as a line of its own on a
 * web page), or comes first in a flattened head before any sentence has started.
 */
import { asciiDigits, closeUp } from './head-text.js'

/**
 * Prefix (issuer abbreviation), year in brackets, serial number, 号. Run on closed-up text, where a space between
 * ASCII brackets and digits stays (`宜教发 [2024] 3 号` closes up to `宜教发[2024] 3号`): one is allowed there.
 */
const DOC_NUMBER = /([\u4e00-\u9fffA-Za-z]{1,16})[〔\[［【（(] ?((?:19|20)\d{2}) ?[〕\]］】）)] ?第?(\d{1,4})[号號]/g

/** 〇 as a 文号 prints it, or as a head typed by hand types it: 零, ○, a letter O or a zero (`二0二四`, `二O二四`, `二０二四`). */
const ZERO = '〇零○ＯO0０'
/**
 * A year printed in Chinese numerals in a 文号's brackets (`某教〔二〇二四〕3号`): GB/T 9704 prints it in Arabic, but a
 * head typed by hand may not, and such a number was read as none (no 文号, and no year from it for an undated title).
 */
const CHINESE_YEAR_TEXT = `(?:一九|二[${ZERO}])[${ZERO}一二三四五六七八九]{2}`
const CHINESE_YEAR = new RegExp(`(?<=[〔\\[［【（(] ?)${CHINESE_YEAR_TEXT}(?= ?[〕\\]］】）)])`, 'g')
const CHINESE_DIGITS = [ZERO, '一', '二', '三', '四', '五', '六', '七', '八', '九']
/** A 文号's year as its brackets hold it, in figures or in Chinese numerals: for a finder that cuts a 文号 off a line. */
export const BRACKETED_YEAR = `(?:\\d{4}|${CHINESE_YEAR_TEXT})`

/** A line as numbers are read in it: closed up, its digits ASCII, a bracketed year in Chinese numerals in Arabic. */
function numberText(line: string): string {
  const arabic = (year: string) => [...year].map((ch) => CHINESE_DIGITS.findIndex((set) => set.includes(ch))).join('')
  return closeUp(asciiDigits(line)).replace(CHINESE_YEAR, arabic)
}

/** Words that, before a number in the same sentence, make it a citation of another document. */
const CITING = /(根据|按照|依据|依照|参照|贯彻|落实|执行|结合|对照|遵照|转发|印发|《)/
const CITING_PREFIX = /^(根据|按照|依据|依照|参照|贯彻|落实|执行|结合|对照|遵照|转发|印发|按|据|见|依|详见)/
/** `…〔2021〕12号文件要求`, `…号文精神`: a citation, whatever comes before it. */
const CITED_AFTER = /^(文件|文|通知|精神|要求|规定|有关|等文件|的)/
/**
 * What may stand beside the document's own number on its line; the remark its title carries too, when a centred
 * head sets it on the number's line under the title (`（试行）（孟教〔2024〕5号）`).
 */
const BESIDE_OWN = /^(文件|文号|发文字号|签发人[:：]?[\u4e00-\u9fff·]{0,8}|[（(](?:试行|暂行|草案|讨论稿|征求意见稿|送审稿|修订稿?)[）)]|[（(）)【】\s:：])*$/
/** Letterhead words end before the number: `荆门市教育局文件荆教发〔2022〕8号`. */
const LETTERHEAD_END = /^.*文件/
/** An issuer's abbreviation is short: `荆教发`, `湘教通`, `国办发`, `京教基一`. */
const MAX_PREFIX = 10

export interface DocNumberMatch {
  value: string
  quote: string
}

/** `江教办[2023]5 号` → `江教办〔2023〕5号`: the GB/T 9704 form, brackets 〔〕, no spaces. */
export function formatDocNumber(prefix: string, year: string, serial: string): string {
  return `${prefix}〔${year}〕${Number(serial)}号`
}

/** Reads a 文号 field value (`江教办〔2023〕5号`, `荆教发[2022]8号`); null when it holds no number (`无`, `-`). */
export function docNumberFromField(value: string): string | null {
  const text = numberText(value)
  const m = new RegExp(DOC_NUMBER.source).exec(text)
  if (m) return formatDocNumber(trimPrefix(m[1]), m[2], m[3])
  return /\d/.test(text) && text.length <= 40 ? text : null
}

/**
 * A line that holds a 文号 and nothing else of the text (`株教发〔2024〕3号`, `文号：…`, `荆门市教育局文件 荆教发〔2022〕8号`):
 * metadata, never a clause or passage, wherever a flattened head put it.
 */
export function isDocNumberLine(line: string): boolean {
  const text = numberText(line)
  if (text.length > 60) return false
  const m = new RegExp(DOC_NUMBER.source).exec(text)
  if (!m) return false
  const prefix = trimPrefix(m[1])
  const before = text.slice(0, m.index! + m[1].length - prefix.length).replace(LETTERHEAD_END, '').replace(ISSUER_ALONE, '')
  return !CITING_PREFIX.test(prefix) && BESIDE_OWN.test(before) && BESIDE_OWN.test(text.slice(m.index! + m[0].length).replace(/签发人.*$/, ''))
}

/** The document's own number in its head lines, or null when the head only cites numbers or has none. */
export function findOwnDocNumber(headLines: string[]): DocNumberMatch | null {
  for (const [i, line] of headLines.entries()) {
    // A PDF may wrap the number itself: `荆教发〔2022〕8` + `号`.
    const next = headLines[i + 1]?.trim() ?? ''
    const wrapped = /[〕\]］】）)]\s*[\d０-９]{0,4}$/.test(line.trim()) && /^[\d０-９]{0,4}\s*[号號]/.test(next)
    const text = numberText(wrapped ? `${line.trim()}${next}` : line)
    for (const m of text.matchAll(DOC_NUMBER)) {
      const prefix = trimPrefix(m[1])
      const start = m.index! + m[1].length - prefix.length
      const before = text.slice(0, start)
      const after = text.slice(m.index! + m[0].length)
      if (isOwn(before, prefix, after)) return { value: formatDocNumber(prefix, m[2], m[3]), quote: line }
    }
  }
  return null
}

/**
 * A letterhead a flattened PDF glued to the number (`桂林市教育局市教发〔2023〕15号`): an issuer's full name, which
 * an abbreviation never is (`市教发`, `绵教体发`), so it is cut when an abbreviation of two or more characters follows.
 */
const ISSUER_BEFORE = /^[\u4e00-\u9fff]{2,}?(局|厅|委员会|人民政府|办公室|办公厅)(?=[\u4e00-\u9fffA-Za-z]{2,}$)/

/** An issuer's full name standing before its number on the line: `株洲市教育局 株教发〔2024〕3号`. */
const ISSUER_ALONE = /^[\u4e00-\u9fff]{2,24}(局|厅|委员会|人民政府|办公室|办公厅)$/

function trimPrefix(raw: string): string {
  const afterLetterhead = raw.replace(LETTERHEAD_END, '').replace(ISSUER_BEFORE, '')
  const prefix = afterLetterhead || raw
  return prefix.length > MAX_PREFIX ? prefix.slice(-MAX_PREFIX) : prefix
}

/**
 * `洛阳市孟津区教育局2024年教育工作要点（` before `孟教〔2024〕5号）`: a title's kind, then the opening bracket; a remark
 * the title carries may stand between (`…要点（试行）（`).
 */
const TITLE_BEFORE_NUMBER = /^[^。，,；;：:]{4,100}(要点|计划|方案|意见|规划|纲要|安排|细则|办法|规定|通知|决定)(\s*[（(][^（()）]{1,16}[）)])?\s*[（(]$/
const ISSUING_NOTICE = /^[^《]*关于(印发|转发|下发)《[^》]+》的通知\s*[（(]$/

function isOwn(before: string, prefix: string, after: string): boolean {
  const lead = before.replace(LETTERHEAD_END, '')
  // Alone on its line (with the letterhead, 签发人, brackets): the number of this document.
  if (CITING_PREFIX.test(prefix)) return false
  if (BESIDE_OWN.test(lead) && BESIDE_OWN.test(after.replace(/签发人.*$/, ''))) return true
  // A flattened head: the number comes before any sentence or quoted title has started.
  // Its own title, then the number in brackets closing the line: a disclosure page's heading. A title that quotes
  // (`关于印发《…》的通知（`) is its own only as a notice issuing what it quotes.
  if (TITLE_BEFORE_NUMBER.test(lead) && /^[）)]\s*$/.test(after) && (!/[《》“”"]/.test(lead) && !CITING.test(lead) || ISSUING_NOTICE.test(lead))) return true
  if (/[。，,；;：:《》“”"]/.test(lead) || CITING.test(lead)) return false
  if (/^[）)]/.test(after) || CITED_AFTER.test(after)) return false
  return lead.length <= 40
}
