/**
 * Exclusion said in words, as `-` says it: 不含职业教育的教师培训 (不涉及…的) searches 教师培训 without 职业教育, 不要课后服务的 excludes
 * 课后服务, 除了双减以外(之外)… excludes 双减, and 提到了人工智能但没有提到编程 searches 人工智能 without 编程. The excluded
 * text (2 to 8 characters, not opening with 让/使/把…, 不要让孩子熬夜 is advice, not an exclusion) ends at 的, or, after
 * 除了, at 以外/之外 or at a question for others (除了双减，还有哪些…); 不要… without 的 only when it is not the whole query
 * (不要课后服务，只看托管), or after a word that turns from the topic (减负但不要校外培训的). An exclusion with nothing else
 * typed is searched as typed. 除了 without either (老师除了上课杂事太多,
 * 除了上课还要应付检查) says "besides", and stays as typed. X以外的Y, X之外的Y and 不是X的Y exclude X only when X is one
 * of the plans' own terms (the domain dictionary: 双减, 课后服务, 职业教育), a policy the Y is asked apart from:
 * 双减之外的减负 is 减负 without 双减. Any other X describes the Y and stays as typed: 学校以外的培训机构 are training
 * bodies outside schools, not those that never say 学校, and 不是所有的学校 or 不是很贵的幼儿园 leave nothing out. Nor is
 * 不是X的 an exclusion where it says what something is (托管是不是课后服务的一种, 这不是职业教育的事吗): X is then the topic.
 * Either opens what is asked, or it is part of a sentence, a plan's own (严禁在课后服务之外的时间组织集体补课), and as typed.
 */
import type { Tokenizer } from '../engine/types.js'
import type { RawToken } from './parse-query.js'
import { withoutWhichPlaceIn } from './which-place.js'

/**
 * The words that leave out what follows them, said of a place or a year too (place-mentions.ts EXCEPT_WORDS): one
 * list, so a word taught to one reading is taught to both. 不涉及 leaves out a topic only: 不涉及荆门 is not said of plans.
 */
export const LEAVE_OUT_WORDS = '不要|不看|不含|不包含|不包括|排除|除去|去掉|剔除'
/** 除了X以外, 除开X: besides X. */
export const BESIDES_WORDS = '除了|除开'
/** 不是X的, 并非X的: not X. */
export const NOT_THE_WORDS = '不是|并非'

const EXCLUDE_AFTER = new RegExp(`^(?:${LEAVE_OUT_WORDS}|不涉及)(.+?)(?:的(.*))?$`, 'u')
/** The words that turn from a topic to what it should leave out: 减负但不要校外培训的. */
export const BUT_WORDS = '但是|但|而是|而|却|可是|不过'
/**
 * 减负但不要校外培训的, 减负，但不要校外培训: the topic, then what to leave out of it, in one run of text (the segmenter
 * gives no space before 不要). Only after a word that turns (但, 不过): 课后服务不要收费 says what the service should not do.
 */
const BUT_LEAVE_OUT = new RegExp(`^(.*?)(?:${BUT_WORDS})(?:${LEAVE_OUT_WORDS}|不涉及)(.+?)(?:的(.*))?$`, 'u')

/**
 * 除了X以外, or 除了X before a question for others (除了课后服务还有什么, 除了双减，还有哪些减负措施): the others are asked
 * for. 除了上课还要… (besides) asks for no others and stays as typed.
 */
const ASKS_FOR_OTHERS = '还有(?:哪|什么|啥|没有|其他|其它|别的)|其他|其它|别的|另外'
const EXCLUDE_BESIDES = new RegExp(`^(.*?)(?:${BESIDES_WORDS})(.+?)(以外|之外|(?=${ASKS_FOR_OTHERS}))(.*)$`, 'u')
const BESIDES_ALONE = new RegExp(`^(.*?)(?:${BESIDES_WORDS})(.+)$`, 'u')
const OTHERS_NEXT = new RegExp(`^(?:${ASKS_FOR_OTHERS})`, 'u')
/**
 * What a researcher says of the plans' wording after the topic: 人工智能但没有提到编程, 教师培训不涉及职业教育的, 双减却没提课后服务.
 * Only after words that name something, not only which places (哪些城市没有提双减 asks which places leave 双减 out, a
 * question the spread of 双减 answers: read as an exclusion, it searched 城市 without 双减, 20 clauses of 城市扩容 and the
 * like). Only with a verb of mentioning: 没有编制的老师 asks about teachers without 编制, a topic, and stays as typed. Nor after 有:
 * 荆门有没有提课后服务 asks whether 荆门's plan mentions it (有没有, a yes/no question), and was searched without 课后服务.
 */
const NOT_MENTIONED = /^(.+?)(?:但是|但|而|却|可)?(?<!有)(?:没有|没|未|并未|并没有|不)(?:提到|提及|涉及|包括|包含|写到|谈到|说到|讲到|提)了?(.+?)(?:的(.*))?$/u
const NOT_A_TOPIC_START = /^[让使把被给再太去在跟和与]/u

export function exclusionsInWords(token: RawToken, tokenizer: Tokenizer, alone: boolean, next?: RawToken | 'OR'): RawToken[] {
  if (token.quoted || token.negated || token.text.length !== token.norm.length) return [token]
  // The first piece stands where the token stood: it keeps how the token followed the one before (joined, listed).
  const piece = (start: number, end: number, negated: boolean, first?: boolean): RawToken[] =>
    start < end
      ? [{ text: token.text.slice(start, end), norm: token.norm.slice(start, end), quoted: false, negated, ...(first && token.joined ? { joined: true } : {}), ...(first && token.listed ? { listed: true } : {}) }]
      : []
  const excludable = (x: string) => x.length >= 2 && x.length <= 8 && !NOT_A_TOPIC_START.test(x) && tokenizer.words(x).length > 0
  const besides = EXCLUDE_BESIDES.exec(token.norm)
  // Asked for others, the rest must name them (除了双减还有哪些减负措施); 除了课后服务还有什么 names nothing and stays as typed,
  // as 除了双减之外 alone does.
  const othersNamed = (rest: string) => tokenizer.words(rest).length > 0
  if (besides && excludable(besides[2]) && (besides[3] !== '' || othersNamed(besides[4])) && (!alone || besides[1] !== '' || besides[4] !== '')) {
    const [, before, x, end] = besides
    const at = before.length + 2
    const after = at + x.length + end.length
    return [...piece(0, before.length, false, true), ...piece(at, at + x.length, true), ...piece(after, token.norm.length, false)]
  }
  // 除了双减，还有哪些减负措施: the question for others is the next clause.
  const besidesAlone = BESIDES_ALONE.exec(token.norm)
  if (besidesAlone && excludable(besidesAlone[2]) && next !== undefined && next !== 'OR' && next.joined && OTHERS_NEXT.test(next.norm) && othersNamed(next.norm)) {
    const [, before, x] = besidesAlone
    return [...piece(0, before.length, false, true), ...piece(before.length + 2, token.norm.length, true)]
  }
  const after = EXCLUDE_AFTER.exec(token.norm)
  if (after && excludable(after[1]) && (after[2] !== undefined || !alone)) {
    const [, x, rest] = after
    const at = token.norm.length - x.length - (rest === undefined ? 0 : rest.length + 1)
    return [...piece(at, at + x.length, true), ...piece(at + x.length + 1, token.norm.length, false)]
  }
  const but = BUT_LEAVE_OUT.exec(token.norm)
  // Typed alone, the topic is before the turn (减负但不要校外培训的); after a comma (减负，但不要…) it is the token before.
  if (but && excludable(but[2]) && (tokenizer.words(but[1]).length > 0 || (but[1] === '' && !alone))) {
    const [, before, x, rest] = but
    const at = token.norm.length - x.length - (rest === undefined ? 0 : rest.length + 1)
    return [...piece(0, before.length, false, true), ...piece(at, at + x.length, true), ...piece(at + x.length + 1, token.norm.length, false)]
  }
  const apart = termApart(token.norm, tokenizer)
  if (apart) {
    const { before, at, x, rest } = apart
    return [...piece(0, before, false, true), ...piece(at, at + x.length, true), ...piece(rest, token.norm.length, false)]
  }
  const unmentioned = NOT_MENTIONED.exec(token.norm)
  if (unmentioned && excludable(unmentioned[2]) && tokenizer.words(withoutWhichPlaceIn(unmentioned[1])).length > 0) {
    const [, before, x, rest] = unmentioned
    const at = token.norm.length - x.length - (rest === undefined ? 0 : rest.length + 1)
    if (token.norm[at - 1] === '提' && isWordOf提(x, tokenizer)) return [token]
    return [...piece(0, before.length, false, true), ...piece(at, at + x.length, true), ...piece(at + x.length + 1, token.norm.length, false)]
  }
  return [token]
}

/**
 * 提 alone is the verb only where the segmenter leaves it alone: 工资没有提高多少 is 提高 (a rise), not 提 + 高多少, and
 * 没有提双减 is 提 + 双减.
 */
function isWordOf提(x: string, tokenizer: Tokenizer): boolean {
  const first = tokenizer.words(`提${x}`)[0] ?? ''
  return first.startsWith('提') && first.length > 1
}

const OUTSIDE = /(?:以外|之外)的/u
const NOT_THE = new RegExp(`(?:${NOT_THE_WORDS})(.{2,8}?)的`, 'u')
/** 这不是职业教育的事吗, 难道不是双减的重点吗: a question that expects yes, about X, not Y without X. */
const EXPECTS_YES = /[吗么嘛][?？!！]*$/u

/**
 * Where the plans' term X of 双减之外的减负 or 不是双减的减负措施 stands, and where the Y asked for begins; null when X is
 * no term of the domain dictionary or nothing naming is asked for after it.
 */
function termApart(norm: string, tokenizer: Tokenizer): { before: number; at: number; x: string; rest: number } | null {
  const named = (rest: number) => tokenizer.words(norm.slice(rest)).length > 0
  // The phrase opens what is asked, words that only ask before it (有没有, 有哪些). After words that name something it is
  // part of a sentence: 严禁在课后服务之外的时间组织集体补课, pasted from a plan, must find the clause that says it, and
  // after a subject or 是 (托管是不是课后服务的一种, 托管不是课后服务的一部分吗) 不是 says what something is or is not.
  const opens = (before: string) => tokenizer.words(before).length === 0 && !before.endsWith('是')
  const outside = OUTSIDE.exec(norm)
  if (outside) {
    // The longest dictionary term ending where 以外 begins: 有没有双减之外的减负措施 sets 双减 apart, not 有双减.
    for (let size = Math.min(8, outside.index); size >= 2; size--) {
      const at = outside.index - size
      const x = norm.slice(at, outside.index)
      const rest = outside.index + outside[0].length
      if (tokenizer.isDictionaryTerm(x) && named(rest) && opens(norm.slice(0, at))) return { before: at, at, x, rest }
    }
  }
  const not = NOT_THE.exec(norm)
  // Closing on 吗 (这不是职业教育的事吗), 不是 asks for a yes about X too, the topic asked about.
  if (not && tokenizer.isDictionaryTerm(not[1]) && opens(norm.slice(0, not.index)) && !EXPECTS_YES.test(norm)) {
    const at = not.index + not[0].length - not[1].length - 1
    const rest = not.index + not[0].length
    if (named(rest)) return { before: not.index, at, x: not[1], rest }
  }
  return null
}
