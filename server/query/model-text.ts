/**
 * The text the embedding model reads of a typed question. The parser matches a normalised copy (traditional as
 * simplified, full-width as half-width, markup dropped), but the model was handed the query as typed: 雙減 found 0
 * clauses in semantic mode where 双减 finds 7, and the decoration around a term moved the vector as if it were a
 * word (<b>双减</b> 12, 双减👍 12, 【双减】 9, 双减？？？ 4). The model reads the question as the parser does: simplified
 * characters and half-width letters and digits, no markup, no emoji or symbols, no punctuation at its edges and no
 * runs of it inside. Quotes are kept (they are how a phrase is typed) and so is the punctuation between clauses.
 */
import { toSimplified } from '../../indexer/normalize.js'
import { withoutMentionFrames } from './mention-frames.js'
import { withoutMarkup } from './pasted-markup.js'
import { withoutWhichPlaceIn } from './which-place.js'

// Full-width letters and digits (ＡＩ, ２０２４) as the ASCII ones the plans and the model's vocabulary hold.
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu
// Emoji, pictographs and other symbols (👍, ★, ※, ✔) and what composes them (variation selectors, joiners).
const SYMBOLS = /[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Cf}\u{fe00}-\u{fe0f}\u{1f3fb}-\u{1f3ff}]/gu
const QUOTES = '"\'“”‘’「」『』'
const EDGE = new RegExp(`^[^\\p{L}\\p{N}${QUOTES}]+|[^\\p{L}\\p{N}${QUOTES}]+$`, 'gu')
// The same mark typed again (？？？, ！！, ……… counts as one …).
const REPEATED = /(\p{P})\1+/gu

export function textForModel(raw: string): string {
  const text = toSimplified(withoutMarkup(raw))
    // 双减 NOT 校外培训 is read by the parser as 双减 -校外培训, and so by the model (hybrid found 101 clauses, not 68).
    .replace(/(^|\s)NOT\s+(?=[^\s,;。!?|，；！？])/gu, '$1-')
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SYMBOLS, ' ')
    .replace(REPEATED, '$1')
    .replace(/\s+/gu, ' ')
  // 有没有提到劳动教育 asks about 劳动教育: the frame is no part of what the clauses should be near (mention-frames.ts).
  // Nor are the places asked for (哪些城市, 开展课后服务的地方有几个, which-place.ts), which the parser does not search:
  // read by the model, 的地方有几个 drew clauses on 地方 and counting, hybrid 177 clauses where 开展课后服务 finds 154.
  const trimmed = withoutPlacesAsked(text).replace(EDGE, '')
  // A query of symbols alone keeps its text: the parser answers it with a message, and the model must be given something.
  return trimmed === '' ? raw.trim() : trimmed
}

/**
 * `text` without its mention frame and the places it asks for, and the particles these leave at the edge of what is left
 * (提到双减的城市有哪些 → 双减: 双减的 drew 5 clauses where 双减 draws 7, 了人工智能 1); only the frame when it asks for no place.
 */
function withoutPlacesAsked(text: string): string {
  const rest = withoutWhichPlaceIn(text)
  if (rest === text) return withoutMentionFrames(text)
  return withoutMentionFrames(rest)
    .split(/\s+/u)
    .map((piece) => piece.replace(/^[的了]+|[的了]+$/gu, ''))
    .filter((piece) => piece !== '')
    .join(' ')
}
