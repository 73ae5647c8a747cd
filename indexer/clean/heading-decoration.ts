/**
 * A heading decorated the way an official-account (公众号) editor sets it: `【一、坚持立德树人】` in brackets, or
 * `▶二、推动…` / `■ 1.加强…` after a symbol. Read as the heading it decorates (`一、坚持立德树人`), so its number
 * counts in the plan's sequence and the chapter is not taken for a line of the clause before it.
 *
 * A bracketed title before a clause's text (`【深化理论武装】健全学习制度…`) opens with no number, and stays.
 */
import { readLineMarker } from '../structure/line-markers.js'

/** Brackets round the whole line. */
const ENCLOSED = /^[【〖［\[]\s*(.+?)\s*[】〗］\]]$/
/** Symbols and emoji an editor puts before a heading (no letter, digit or CJK character). */
const LEAD_SYMBOLS = /^(?:[▶►▷▸◆◇■□▪▫•●○◎★☆▲△▼▽◢◣♦❖✦✧➤➢➜→⇒|｜▍▌▎·・‧∙]|\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*/u

/** The symbols and emoji opening a line (and the space after them), or null when it opens with text. */
export function leadSymbols(line: string): string | null {
  return LEAD_SYMBOLS.exec(line)?.[0] ?? null
}

export function undecorateHeading(line: string): string {
  const lead = LEAD_SYMBOLS.exec(line)
  const bare = lead ? line.slice(lead[0].length) : line
  const inside = ENCLOSED.exec(bare)?.[1] ?? bare
  if (inside === line) return line
  // A number the editor set off only as a number: `一是` is wording, and a bare `10部门` no heading.
  const marker = readLineMarker(inside)
  if (marker === null || marker.kind === 'ordinal-intro' || (marker.kind === 'clause' && marker.style === 'bare')) return line
  return inside
}

/** An emoji, with the selector, joiner and skin tone that compose one. */
const EMOJI_PART = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}])$/u

/**
 * A line without the emoji an official-account editor set after its text (`…全年集中学习12次以上。✅`,
 * `新增公办学位1200个。🏫`): ornaments, no words of the plan, which a clause's text and its citation would carry.
 * Read back from the end a code point at a time (a pattern anchored at the end is quadratic on a long run);
 * a line of emoji alone is furniture's to judge and stays.
 */
export function withoutTrailingEmoji(line: string): string {
  let end = line.length
  while (end > 0) {
    const code = line.codePointAt(end - 1)!
    // The last code point, a surrogate pair read from its low half.
    const start = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? end - 2 : end - 1
    const ch = line.slice(start, end)
    if (!EMOJI_PART.test(ch) && !/^\s$/.test(ch)) break
    end = start
  }
  return end === line.length || /^\s*$/.test(line.slice(0, end)) ? line : line.slice(0, end).trimEnd()
}

