/**
 * A rule asked about in the words of a rule: 不得补课, 不准排名, 学校不许布置作业, 禁止带手机. The plans write such a
 * rule with the word apart from the action it rules (严禁在职教师有偿补课, 不得以任何形式…), or as a restriction of the action
 * (整治有偿补课, 控制作业总量), so the short term 不得补课 was searched as that exact phrase and found nothing, while 不补课
 * (不 a stopword) finds the five clauses on stopping 补课. A prohibition word typed before an action is dropped as that 不
 * is: the action is what is searched, and the clauses that speak of it are the ones restricting it. (Read as 不, it ran
 * into the action: 不能带手机 was cut 不带 手机.) The model still reads the question as typed (everyday-vocabulary.ts). A negation whose other
 * side the plans name (不收费 → 免费, 不是民办 → 公办) is read first (negated-terms.ts): 不得收费 forbids a fee and is
 * not read as 免费 (the rule is read after it), but as 收费, the clauses regulating fees.
 *
 * A prohibition word at the end or alone is the plans' own term and stays: 五个严禁, 十不得, 不得. So does 严禁, the plans'
 * register rather than a question's: a sentence pasted from a plan (严禁在课后服务之外的时间组织集体补课) is searched with it.
 *
 * Only a prohibition word that is a word of its own is one: the segmenter tells where the words of the question end
 * (wordBounds). Dropping the first characters of a longer word changed what was searched: 禁止性规定 was 性规定, 不准备
 * 备, 不能够 够, 迫不得已 迫已 (and 不准确, 不得了 were kept only by a list of the characters after them). 不应当 and 不应该 are cut 不 应当 / 不 应该, so 不应 is no word there and stays;
 * the rule still falls away, since 不, 应当 and 应该 are stopwords (学校不应当收费 searches 学校 收费, as 学校不应收费 does).
 */
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { Tokenizer } from '../engine/types.js'
import type { RawToken } from './parse-query.js'

// 不能 after 能 is an A-not-A question (能不能收费, cut 能 不能 收费), read by ask-forms.ts before this; here it says "must not".
const PROHIBITION = /(?<!能)(?:不得|不准|不许|不能|不让|不应|禁止)(?=[\u3400-\u9fff])/gu

/**
 * Words opened by a prohibition word that jieba's dictionary lacks, so that it cuts the prohibition word off them:
 * 不得当 (improper, 处理不得当) is cut 不得 当. Those it holds (禁止性, 迫不得已, 不得了, 不得体, 不得已, 禁止令) it keeps
 * whole by itself. Kept here, not added to jieba: its dictionary is the indexer's too, and the index would be cut anew.
 */
export const PROHIBITION_COMPOUNDS: readonly string[] = ['不得当']

let defaultCutter: Pick<Tokenizer, 'cut'> | undefined

/**
 * Where the words of `text` end: the segmenter's cuts, less those inside a compound it does not know. A compound is
 * one only where a word ends after it: 教师不得当众批评 is cut 不得 当众, and its 不得 is a rule.
 */
function wordBounds(text: string, tokenizer: Pick<Tokenizer, 'cut'>): Set<number> {
  const cuts = new Set([0])
  let at = 0
  for (const word of tokenizer.cut(text)) cuts.add((at += word.length))
  const bounds = new Set(cuts)
  for (const compound of PROHIBITION_COMPOUNDS) {
    for (let from = text.indexOf(compound); from !== -1; from = text.indexOf(compound, from + 1)) {
      if (!cuts.has(from + compound.length)) continue
      for (let inside = from + 1; inside < from + compound.length; inside++) bounds.delete(inside)
    }
  }
  return bounds
}

/**
 * The text without each prohibition word before an action: 学校不许排名 → 学校排名, 不得补课 → 补课; 禁止性规定 stays.
 * The segmenter is the process's jieba (its dictionary is shared), so any Tokenizer cuts alike.
 */
export function withoutProhibitionWords(text: string, tokenizer: Pick<Tokenizer, 'cut'> = (defaultCutter ??= createSegmenter())): string {
  const matches = [...text.matchAll(PROHIBITION)]
  if (matches.length === 0) return text
  const bounds = wordBounds(text, tokenizer)
  let out = text
  for (const m of matches.reverse()) {
    const at = m.index ?? 0
    const end = at + m[0].length
    if (bounds.has(at) && bounds.has(end)) out = out.slice(0, at) + out.slice(end)
  }
  return out
}

/** A token read so; its typed text becomes the read text, as a negated kind's does where lengths differ. */
export function withoutProhibitions(token: RawToken, tokenizer?: Pick<Tokenizer, 'cut'>): RawToken {
  const norm = withoutProhibitionWords(token.norm, tokenizer)
  return norm === token.norm ? token : { ...token, norm, text: norm }
}
