/**
 * Numbers written with other characters than ASCII digits, read as the markers they stand for. Word exports
 * and government templates number with full-width digits (１． （１）) and with one-character numerals from
 * Unicode's enclosed forms: ① (circled), ⑴ (parenthesized, as （1）), ⒈ (digit full stop, as 1.), and ㈠ (a
 * parenthesized ideograph, as （一）, which GB 2312 holds and old WPS documents type).
 *
 * Reading folds, it never rewrites: a full-width digit folds to one ASCII digit and an enclosed numeral is one
 * character, so a marker's length in the folded text is its length in the original, and offsets map 1:1.
 */

/** What an enclosed numeral stands for: its own circled level, `（1）`, `1.`, or `（一）`. */
export type EnclosedForm = 'circled' | 'paren' | 'dot' | 'cn-paren'

/** Unicode blocks of enclosed numerals: first code point, the number it stands for, how many follow. */
const ENCLOSED: { from: number; first: number; count: number; form: EnclosedForm }[] = [
  { from: 0x2460, first: 1, count: 20, form: 'circled' }, // ①–⑳
  { from: 0x3251, first: 21, count: 15, form: 'circled' }, // ㉑–㉟
  { from: 0x32b1, first: 36, count: 15, form: 'circled' }, // ㊱–㊿
  { from: 0x2776, first: 1, count: 10, form: 'circled' }, // ❶–❿
  { from: 0x24eb, first: 11, count: 10, form: 'circled' }, // ⓫–⓴
  { from: 0x2474, first: 1, count: 20, form: 'paren' }, // ⑴–⒇
  { from: 0x2488, first: 1, count: 20, form: 'dot' }, // ⒈–⒛
  { from: 0x3220, first: 1, count: 10, form: 'cn-paren' }, // ㈠–㈩
]

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`

/** A regular-expression character class source matching any enclosed numeral: `[\u2460-\u2473…]`. */
export const ENCLOSED_CLASS = `[${ENCLOSED.map((b) => `${hex(b.from)}-${hex(b.from + b.count - 1)}`).join('')}]`

/** ① → { number: 1, form: 'circled' }, ⑿ → { number: 12, form: 'paren' }; null for any other character. */
export function readEnclosedNumeral(ch: string | undefined): { number: number; form: EnclosedForm } | null {
  if (ch === undefined || ch.length !== 1) return null
  const code = ch.charCodeAt(0)
  for (const b of ENCLOSED) {
    if (code >= b.from && code < b.from + b.count) return { number: b.first + code - b.from, form: b.form }
  }
  return null
}

const FULL_WIDTH_DIGIT = /[０-９]/
const FULL_WIDTH_DIGITS = /[０-９]/g

/** Whether the first `reach` characters of `text` hold a full-width digit; looked at without a copy of the text. */
export function hasFullWidthDigit(text: string, reach = text.length): boolean {
  for (let i = 0; i < Math.min(reach, text.length); i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xff10 && code <= 0xff19) return true
  }
  return false
}

/** Full-width digits (１２) read as ASCII ones, one character for one; any other character is kept. */
export function foldDigits(text: string): string {
  if (!FULL_WIDTH_DIGIT.test(text)) return text
  return text.replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10))
}

/** Roman numerals as one character (Ⅰ … Ⅻ, U+2160) or in capitals (I … XII). */
export const ROMAN_CLASS = '[\\u2160-\\u216b]|XI{0,2}|IX|IV|VI{0,3}|I{1,3}'
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 }

/** Ⅲ → 3, IV → 4, XII → 12; null for anything else. */
export function readRomanNumeral(text: string): number | null {
  if (text.length === 1) {
    const code = text.charCodeAt(0)
    if (code >= 0x2160 && code <= 0x216b) return code - 0x2160 + 1
  }
  if (!/^[IVX]+$/.test(text)) return null
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i]]
    total += i + 1 < text.length && ROMAN_VALUES[text[i + 1]] > value ? -value : value
  }
  return total
}

/**
 * 壹 贰 叁 … 拾: the financial numerals (大写数字), with their traditional forms (貳 參 陸), that some plans number
 * their chapters with (`壹、加强党的建设`, `第贰部分`, `（叁）`) as others do with 一 二 三.
 */
const FINANCIAL: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百' }
/** The financial numerals as the inside of a regular-expression character class. */
export const FINANCIAL_CHARS = Object.keys(FINANCIAL).join('')
const FINANCIAL_ANY = new RegExp(`[${FINANCIAL_CHARS}]`, 'g')

/** Financial numerals (壹拾贰) read as the plain ones (一十二), one character for one; any other character is kept. */
export function foldFinancial(text: string): string {
  return text.replace(FINANCIAL_ANY, (ch) => FINANCIAL[ch])
}
