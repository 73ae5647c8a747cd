/**
 * Yes/no questions typed as A-not-A (贵不贵, 收不收费, 能不能), 有没 said short and whether anyone sees to it (有人管吗,
 * 没人管): they ask whether A, so the parser searches A, or nothing when A names nothing (parse-query.ts). Pure.
 */
import type { Tokenizer } from '../engine/types.js'
import type { RawToken } from './parse-query.js'

/** A Chinese character (the parser's reading: CJK unified ideographs and their extensions). */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u

/**
 * The A-not-A question (难不难, 贵不贵, 收不收费, 安全不安全) asks whether A: it is read as A, so 幼儿园收费贵不贵
 * searches 幼儿园收费 贵 (贵 a word the vocabulary knows) and 收不收费 the term 收费, not 不收费 or 不难. When A is a
 * stopword (能不能, 有没有, 要不要, 可不可以, 应不应该) the question names nothing and goes whole: 有没有午托 is about
 * 午托. A space is left where the question stood, so A is not read into the word before it (钱够不够 is 钱 够, not
 * 钱够). Only Chinese characters repeated around 不 or 没 are read so; quoted and excluded text stays as typed.
 */
export function withoutAskForms(token: RawToken, tokenizer: Tokenizer): RawToken {
  const norm = [...token.norm]
  const text = [...token.text]
  const shown = norm.length === text.length ? text : norm
  const outNorm: string[] = []
  const outText: string[] = []
  const put = (n: string, t: string) => {
    outNorm.push(n)
    outText.push(t)
  }
  let changed = false
  for (let i = 0; i < norm.length; ) {
    const minder = anyoneMindsAt(norm, i)
    if (minder > 0) {
      changed = true
      put(' ', ' ')
      i += minder
      continue
    }
    if (isClippedAsk(norm, i)) {
      changed = true
      put(' ', ' ')
      i += 2
      continue
    }
    const size = askFormAt(norm, i)
    if (size === 0) {
      put(norm[i], shown[i])
      i++
      continue
    }
    changed = true
    const asked = norm.slice(i, i + size).join('')
    const named = tokenizer.words(asked).length > 0
    put(' ', ' ')
    // A is kept, and the word the second A begins follows it without a break (收不收费 → 收费, 安不安全 → 安全).
    if (named) for (let k = i; k < i + size; k++) put(norm[k], shown[k])
    let next = i + 2 * size + 1
    // 可不可以, 应不应该: the second A opens a longer modal (可以, 应该), which goes too; any other character opens
    // the next word and stays (能不能就近入学 is about 就近入学, not 近入学: 能 and 就 are stopwords, 能就 is no word).
    if (!named && size === 1 && next < norm.length && MODAL_TAILS.has(asked + norm[next])) next++
    i = next
  }
  if (!changed) return token
  return { ...token, norm: outNorm.join(''), text: outText.join('') }
}

/**
 * 有没 before anything but 有 is 有没有 said short (有没提课后服务, 荆门有没讲劳动教育): a yes/no question that names
 * nothing, where the segmenter left 没 a word searched beside the topic (no plan writes it; a clause would have ranked
 * on it). 所有没… (every one not…) is no question.
 */
function isClippedAsk(chars: string[], i: number): boolean {
  return chars[i] === '有' && chars[i + 1] === '没' && i + 2 < chars.length && chars[i + 2] !== '有' && chars[i - 1] !== '所'
}

/**
 * 有人管吗, 没人管, 有没有人管, 没有人管: whether anyone sees to a thing asks about the thing, as 谁来管 (a stopword) does.
 * Left as words (有人, 没人管, 人管: no plan writes them), they made 留守孩子没人管 free text, and hybrid mode keeps a free-text
 * keyword hit only where it is close by meaning: the one clause naming 留守儿童, a long list, was dropped (0 clauses),
 * where 留守孩子谁来管 finds it. The form goes, as 能不能 does, so the question searches what is asked about.
 */
const ANYONE_MINDS = ['有没有人管', '没有人管', '有人管', '没人管']

/** The length of an anyone-minds form (ANYONE_MINDS) starting at i, else 0. */
function anyoneMindsAt(chars: string[], i: number): number {
  const at = chars.slice(i, i + 5).join('')
  return ANYONE_MINDS.find((form) => at.startsWith(form))?.length ?? 0
}

/** The modals an A-not-A question of one character opens (可不可以, 应不应该, 应不应当, 能不能够). */
const MODAL_TAILS = new Set(['可以', '应该', '应当', '能够'])

/** The length of A when an A-not-A question (A不A, A没A; A of one or two Chinese characters) starts at i, else 0. */
function askFormAt(chars: string[], i: number): number {
  for (const size of [2, 1]) {
    const a = chars.slice(i, i + size)
    if (a.length < size || !a.every((ch) => CJK.test(ch) && ch !== '不' && ch !== '没')) continue
    const not = chars[i + size]
    if ((not === '不' || not === '没') && chars.slice(i + size + 1, i + 2 * size + 1).join('') === a.join('')) return size
  }
  return 0
}
