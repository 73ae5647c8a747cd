/**
 * The words of a question that ask whether the plans mention something, or open the topic (有没有提到劳动教育, 是否提及
 * 校服, 说到校服, 提到劳动教育了吗), name nothing. The parser drops most of them as stopwords, but the segmenter cuts some
 * apart (说到 → 说 到, leaving 说 a word) and keeps others whole as words no stopword list holds (说起, 聊到): 说到校服 was
 * searched as the phrase 说到校服 (keyword 0 clauses) where 校服 finds 4. The model read the frame as part of the
 * question too: 有没有提到劳动教育 found 100 clauses in semantic mode where 劳动教育 finds 61, the frame drawing the
 * vector towards any clause. Both now read the question without it. So with the words that ask which of the places
 * named does more (荆门和泉州哪个更重视体育, 谁更重视): they compare, and name no topic; with them the model found no
 * clause close enough (semantic 0), without them each city's 体育 clause. Pure.
 */
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { Tokenizer } from '../engine/types.js'
import type { RawToken } from './parse-query.js'

const MENTION = '(?:提到|提及|提起|说到|说起|说过|讲到|讲过|谈到|谈及|谈起|写到|写过|涉及|聊到)'
/** 有没有提到, 是否提及, 有无涉及: a yes/no question about the mention (所有… is no question). */
const ASKED = new RegExp(`(?<!所)(?:有没有|有没|是否|有无)${MENTION}过?`, 'gu')
/**
 * 没有提到, 没提, 未提及: asked of which places (哪些城市没有提双减), the mention denied names nothing either: the spread of
 * 双减 answers it (plan-level-ask.ts). Said of a topic beside another (人工智能但没有提到编程) it leaves the second out,
 * which said-exclusions.ts reads before this. 提 alone only as a word of its own (没有提高 is a rise: wordBounds).
 */
const DENIED = new RegExp(`(?:没有|没|未曾|并未|未|从未|从没有?)(?:${MENTION}|提)过?`, 'gu')
/** 说到…, 聊聊…: the topic opened at the start of the question or of one of its clauses. */
const LEAD = new RegExp(`^(?:${MENTION}|说说|聊聊|讲讲|谈谈)`, 'gu')
const LEAD_IN_TEXT = new RegExp(`(?<=^|[\\s,，;；。!！?？、])(?:${MENTION}|说说|聊聊|讲讲|谈谈)`, 'gu')
/** 哪个更, 谁更, 哪里比较: which of those named does more (plan-level-ask.ts offers them compared). */
export const WHICH_MORE_WORDS = '(?:哪一?个|哪里|哪边|谁)(?:更加|更|比较)'
const WHICH_MORE = new RegExp(WHICH_MORE_WORDS, 'gu')
/** 提到劳动教育了吗: the question's end, said after a frame. */
const ASK_END = /(?:了|过)?吗[?？]*$/u

/**
 * Where the segmenter cuts `text`: a frame is one only where it is words of its own. 说到做到 (an idiom, one word) was
 * searched as 做到, 说到底 (in the end) as 底…, 写到位 as 位: the frame ate the first half of a word. 说到校服 is cut
 * 说/到/校服, so 说到 ends where a word does and is a frame.
 */
function wordBounds(text: string, tokenizer: Pick<Tokenizer, 'cut'>): Set<number> {
  const bounds = new Set([0])
  let at = 0
  for (const word of tokenizer.cut(text)) bounds.add((at += word.length))
  return bounds
}

/** The matches of `re` in `text` that begin and end where the segmenter cuts it, last first. */
function framesIn(text: string, re: RegExp, bounds: Set<number>): RegExpMatchArray[] {
  return [...text.matchAll(re)].filter((m) => bounds.has(m.index ?? 0) && bounds.has((m.index ?? 0) + m[0].length)).reverse()
}

/** A token without its frame, a space where the frame stood; the token itself when it has none or is only a frame. */
export function withoutMentionFrame(token: RawToken, tokenizer: Pick<Tokenizer, 'cut'>): RawToken {
  const aligned = token.text.length === token.norm.length
  let norm = token.norm
  let text = aligned ? token.text : token.norm
  const blank = (re: RegExp) => {
    for (const m of framesIn(norm, re, wordBounds(norm, tokenizer))) {
      const at = m.index ?? 0
      const end = at + m[0].length
      norm = `${norm.slice(0, at)} ${norm.slice(end)}`
      text = `${text.slice(0, at)} ${text.slice(end)}`
    }
  }
  blank(ASKED)
  blank(DENIED)
  blank(LEAD)
  blank(WHICH_MORE)
  // A frame with a character or nothing beside it (哪个更好, 提到) is searched as typed: it is all the question says.
  if (norm === token.norm || [...norm.replace(/[^\p{L}\p{N}]/gu, '')].length < 2) return token
  return { ...token, norm, text }
}

/** The segmenter of the model's text, which is read without the parser's (jieba's dictionary is the process's). */
let modelCutter: Pick<Tokenizer, 'cut'> | undefined

/** The question as the model should read it: without the frame, nor the 了吗 that closes a framed question. */
export function withoutMentionFrames(text: string, tokenizer: Pick<Tokenizer, 'cut'> = (modelCutter ??= createSegmenter())): string {
  let unframed = text
  const blank = (re: RegExp, keep: (m: RegExpMatchArray) => string) => {
    for (const m of framesIn(unframed, re, wordBounds(unframed, tokenizer))) {
      const at = m.index ?? 0
      unframed = `${unframed.slice(0, at)}${keep(m)}${unframed.slice(at + m[0].length)}`
    }
  }
  // DENIED stays: the model reads 人工智能但没有提到编程 whole, not as near to 编程.
  blank(ASKED, () => ' ')
  // The frame follows the start or a mark, which stays (双减，说到课后服务呢 → 双减，课后服务呢).
  blank(LEAD_IN_TEXT, () => '')
  blank(WHICH_MORE, () => ' ')
  if (unframed === text) return text
  const rest = unframed.replace(ASK_END, '').replace(/\s+/gu, ' ').trim()
  return [...rest.replace(/[^\p{L}\p{N}]/gu, '')].length < 2 ? text : rest
}
