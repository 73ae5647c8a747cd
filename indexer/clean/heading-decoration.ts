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

/** Symbols an editor sets after a heading (`一、加强党的建设★`, `二、推进优质均衡 ▲`): no part of its title. */
const TRAIL_SYMBOLS = /\s*[▶►◀◆◇■□▪▫•●○◎★☆▲△▼▽♦❖✦✧]+$/
const TRAIL_SYMBOL = /^[▶►◀◆◇■□▪▫•●○◎★☆▲△▼▽♦❖✦✧]$/

export function undecorateHeading(line: string): string {
  const lead = LEAD_SYMBOLS.exec(line)
  const bare = lead ? line.slice(lead[0].length) : line
  const enclosed = ENCLOSED.exec(bare)?.[1] ?? bare
  // The last character tells first: the pattern anchored at the end would be tried at every start of a long line.
  const trailing = TRAIL_SYMBOL.test(enclosed.slice(-1))
  if (!trailing && enclosed === line) return line
  // Only a chapter's or a section's title: a clause's sentence may end in a symbol of its own (`三星级★★★`).
  const heading = readLineMarker(enclosed)
  const titled = heading !== null && (heading.kind === 'chapter' || heading.kind === 'section')
  const inside = trailing && titled ? enclosed.replace(TRAIL_SYMBOLS, '') : enclosed
  if (inside === line) return line
  // A number the editor set off only as a number: `一是` is wording, and a bare `10部门` no heading.
  const marker = inside === enclosed ? heading : readLineMarker(inside)
  if (marker === null || marker.kind === 'ordinal-intro' || (marker.kind === 'clause' && marker.style === 'bare')) return line
  return inside
}

/** What composes an emoji after its pictograph: the presentation selector, the joiner and the skin tones. */
const EMOJI_MODIFIER = /^(?:\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}])$/u
/**
 * A pictograph drawn as an emoji by default (✅ 🏫 👍). ‼ © ® ™ ✔ are pictographs too, but text unless a selector
 * (U+FE0F) follows: as text they end a heading (`…质量提升年‼`, `某某®课程`) and stay.
 */
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u

/**
 * A line without the emoji an official-account editor set after its text (`…全年集中学习12次以上。✅`,
 * `新增公办学位1200个。🏫`): ornaments, no words of the plan, which a clause's text and its citation would carry.
 * Read back from the end a code point at a time (a pattern anchored at the end is quadratic on a long run);
 * a line of emoji alone is furniture's to judge and stays.
 */
export function withoutTrailingEmoji(line: string): string {
  let end = line.length
  // Whether the code point read before (the one after in the line) makes the pictograph before it an emoji.
  let composed = false
  while (end > 0) {
    const code = line.codePointAt(end - 1)!
    // The last code point, a surrogate pair read from its low half.
    const start = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? end - 2 : end - 1
    const ch = line.slice(start, end)
    const modifier = EMOJI_MODIFIER.test(ch)
    const emoji = modifier || EMOJI_PRESENTATION.test(ch) || (composed && PICTOGRAPH.test(ch))
    if (!emoji && !/^\s$/.test(ch)) break
    composed = modifier
    end = start
  }
  return end === line.length || /^\s*$/.test(line.slice(0, end)) ? line : line.slice(0, end).trimEnd()
}
