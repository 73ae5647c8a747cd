/**
 * The everyday-to-official vocabulary (data/dict/everyday-terms.txt): 补课 → 校外培训, 课本 → 教材. A free-text
 * query in everyday words shares few words with the plans; its words are widened with the plans' own words
 * for keyword and hybrid search. Exact phrases stay exact: only words of a free-text term are widened.
 */
import { tag } from 'nodejs-jieba'
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery, QueryTerm, WordsTerm } from '../engine/types.js'
import { dictFileOnce } from './dict-file.js'
import { saysExcluded, withoutExclusions } from './model-exclusions.js'
import { textForModel } from './model-text.js'
import { otherSidesIn } from './negated-terms.js'
import { isKnownWord } from './known-words.js'
import { withDigits } from './numerals.js'
import { isQuoted } from './parse-query.js'
import { swappedTerms } from './swapped-terms.js'

/** Everyday word → the official words searched with it. */
export type EverydayVocabulary = ReadonlyMap<string, readonly string[]>

/**
 * An entry may name, after a |, the words of the only questions it is meant for: 附近 is 就近入学 in a question about
 * going to school (家附近没有学校), not in 小区附近没地方健身, where it put admission clauses above the fitness ones; 网上
 * is 在线 数字化 where something is taught or learnt online, not in 学校出了事网上传得沸沸扬扬 (a story going round).
 * One everyday word may mean different things in different questions, a line for each: 外地 is 随迁子女 where a child
 * goes to school (外地打工的孩子在本地上学) and 跟岗 外出学习 where a teacher goes to learn (老师有机会去外地学习吗).
 */
interface Sense {
  /** The official words of one line. */
  readonly official: readonly string[]
  /** The words one of which the question must hold (a word containing it) for the line to apply; none: see sensesFor. */
  readonly needs: readonly string[]
}

class Vocabulary extends Map<string, string[]> {
  /** Everyday word → its lines, each with its official words and its own condition. */
  readonly senses = new Map<string, Sense[]>()
  /** Everyday words the plans write in another sense (~游戏: their 游戏 is kindergarten play), never searched themselves. */
  readonly otherSense = new Set<string>()
}

export function parseVocabulary(text: string): EverydayVocabulary {
  const out = new Vocabulary()
  for (const line of text.split(/\r?\n/)) {
    const [entry, context = ''] = line.replace(/#.*/, '').split('|')
    const [marked, ...official] = entry.trim().split(/\s+/).map((w) => normalizeForMatch(w))
    if (!marked || official.length === 0) continue
    const everyday = marked.replace(/^~/u, '')
    if (everyday !== marked) out.otherSense.add(everyday)
    // The map itself lists every official word of the word, whatever the question (for the spelling checks, which ask
    // whether a word is everyday, and for reading the file); widening asks officialWords for the lines that apply.
    out.set(everyday, [...new Set([...(out.get(everyday) ?? []), ...official])])
    const needs = context.trim().split(/\s+/).filter(Boolean).map((w) => normalizeForMatch(w))
    out.senses.set(everyday, [...(out.senses.get(everyday) ?? []), { official, needs }])
  }
  return out
}

/**
 * The lines of an everyday word that apply to a question of these words. The lines whose condition the question
 * meets; where none does, the lines without a condition, which say what the word means in any other question. Not
 * both: a line with a condition names the questions in which the word means something else, and the general sense
 * added there brings back the topic the line was written to keep out (外地 → 随迁子女 in a teacher's question).
 */
function sensesFor(vocabulary: EverydayVocabulary, everyday: string, asked: readonly string[]): readonly Sense[] {
  if (!(vocabulary instanceof Vocabulary)) {
    const official = vocabulary.get(everyday)
    return official ? [{ official, needs: [] }] : []
  }
  const senses = vocabulary.senses.get(everyday) ?? []
  const met = senses.filter((s) => s.needs.length > 0 && asked.some((word) => s.needs.some((n) => word.includes(n))))
  return met.length > 0 ? met : senses.filter((s) => s.needs.length === 0)
}

/** The official words of an everyday word in a question of these words, in the file's order; none where no line applies. */
function officialWords(vocabulary: EverydayVocabulary, everyday: string, asked: readonly string[]): string[] {
  return [...new Set(sensesFor(vocabulary, everyday, asked).flatMap((s) => s.official))]
}

/** Whether an entry applies to a question of these words: always, unless all its lines name the questions they are for. */
function fitsQuestion(vocabulary: EverydayVocabulary, everyday: string, asked: readonly string[]): boolean {
  return sensesFor(vocabulary, everyday, asked).length > 0
}

/** Whether the plans write an everyday word in another sense (an entry marked ~), so that it is never searched itself. */
export function inOtherSense(vocabulary: EverydayVocabulary, everyday: string): boolean {
  return vocabulary instanceof Vocabulary && vocabulary.otherSense.has(everyday)
}

/** The vocabulary of data/dict/, read once per process; an unreadable file leaves queries as typed. */
export const defaultVocabulary: () => EverydayVocabulary = dictFileOnce('everyday-terms.txt', parseVocabulary, () => new Map())

/** The plans' own terms (data/dict/policy-terms.txt, the segmenter's domain dictionary: one term a line, first). */
export function parsePlanTerms(text: string): ReadonlySet<string> {
  const out = new Set<string>()
  for (const line of text.split(/\r?\n/)) {
    const term = line.replace(/#.*/, '').trim().split(/\s+/)[0]
    if (term) out.add(normalizeForMatch(term))
  }
  return out
}

export const defaultPlanTerms: () => ReadonlySet<string> = dictFileOnce('policy-terms.txt', parsePlanTerms, () => new Set())

/**
 * A word widens by an entry it contains (补课费 by 补课); a one-character entry only by the word itself, since a
 * single character sits inside unrelated words too (贵 in 贵州, 钱 in 钱塘, 累 in 积累). A word that is itself one
 * of the plans' terms is already what the plans say: 网络安全 holds 网络 but means neither 信息化 nor 数字化, and
 * widening it put eight clauses about digital schooling above the four that say 网络安全.
 */
function widens(word: string, everyday: string, planTerms: ReadonlySet<string>): boolean {
  if (word === everyday) return true
  if ([...everyday].length <= 1 || planTerms.has(word)) return false
  // A word of Latin letters widens only where it stands whole (pe课, VR教学): inside a longer Latin word it is a piece
  // of another word, and pe in peixun, ai in training put 体育 and 人工智能 clauses first for jiaoshi peixun and teacher training.
  if (LATIN_ENTRY.test(everyday)) return new RegExp(`(?<![a-z])${everyday}(?![a-z])`, 'u').test(word)
  // A short term typed alone is one word here (找到工作): an entry said with a word inside it is read in it too, as
  // across a question's words (entriesAcross), for entries of three characters or more.
  return saysAt(word, everyday) || saysWithObjectNamed(word, everyday) || ([...everyday].length >= 3 && saysEntry(word, everyday))
}

/**
 * Whether a text says a string somewhere its first character is not the end of a verb before it: in 建好学校 (cut 建好
 * 学校, a verb and a noun) 好 is the result of 建 (built well), and the text says no 好学校; in 上好学校 (上 好 学校) it
 * does. Only a verb: in 学校门口 (学校 门口) the word before holding 校 is a noun, and the text does say 校门口. jieba tags
 * the words as the parser cuts them.
 */
function saysAt(text: string, said: string): boolean {
  let at = text.indexOf(said)
  if (at < 0) return false
  const verbs = verbSpans(text)
  for (; at >= 0; at = text.indexOf(said, at + 1)) {
    const end = at + said.length
    if (!verbs.some(([start, stop]) => start < at && at < stop && stop < end)) return true
  }
  return false
}

/** Where each verb of a text's cut starts and stops (jieba's tags v, vd, vg…; not vn, a verb used as a noun: 管理). */
function verbSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  let start = 0
  for (const { word, tag: pos } of tag(text)) {
    if (VERB.test(pos)) spans.push([start, start + word.length])
    start += word.length
  }
  return spans
}

const LATIN_ENTRY = /^[a-z][a-z0-9]*$/u

/**
 * The words by which a parent says who asks. 孩子, who the question is about, is a stopword already; these stay words,
 * since the parent is the topic where nothing else is named (家长怎么配合学校管孩子 asks about 家校 co-operation).
 */
const ASKERS: ReadonlySet<string> = new Set(['家长', '父母', '爸妈'])

/**
 * 打 is hitting (欺凌, 体罚) where it strikes someone or nothing named follows (被同学打了找谁, 老师打学生); before a thing it
 * is another verb: 学生要打疫苗吗 is a jab, 打球 a game, and widened by 欺凌 体罚 it ranked the bullying clauses first.
 */
const STRIKES = '打'
const STRUCK: ReadonlySet<string> = new Set(['学生', '同学', '孩子', '小孩', '儿童', '幼儿', '小朋友', '老师', '教师', '班主任', '校长', '家长', '人', '别人'])
const strikesSomeone = (words: readonly string[], at: number) => at + 1 >= words.length || STRUCK.has(words[at + 1])

const termStrings = (t: QueryTerm) => (t.kind === 'words' ? t.words : [t.match])

/** The official words a word of a question (of the words `asked`) is widened with, in the vocabulary's order. */
function officialFor(word: string, vocabulary: EverydayVocabulary, planTerms: ReadonlySet<string>, asked: readonly string[] = [word]): string[] {
  const out: string[] = []
  for (const everyday of vocabulary.keys()) {
    if (!widens(word, everyday, planTerms)) continue
    for (const o of officialWords(vocabulary, everyday, asked)) if (!out.includes(o)) out.push(o)
  }
  return out
}

/**
 * The everyday words of the vocabulary inside a longer word of a question (作业 in 批改作业, 家庭作业, 寒假作业): a
 * word the segmenter keeps whole matches no clause's 作业, so the plans' own word was searched only by what the
 * entry adds (作业负担, in 2 clauses), not by itself (in 6). Only words of two characters or more, as entries widen, and
 * not a word the plans write in another sense (an entry marked ~: 游戏 in 玩游戏 would list kindergarten play first).
 * Only an entry the word holds as typed: 睡午觉 says 睡觉 (saysWithObjectNamed) but no clause's 睡觉 is in it.
 * Keyword mode only: in hybrid mode it raised both halves of test/eval/ (test nDCG@10 0.667 → 0.685) but let the
 * off-topic 足球比赛结果 keep 4 clauses saying 比赛 (test/eval/honest-results.test.ts allows 3).
 */
function everydayWithin(word: string, vocabulary: EverydayVocabulary, planTerms: ReadonlySet<string>, asked: readonly string[]): string[] {
  return [...vocabulary.keys()].filter(
    (everyday) =>
      everyday !== word &&
      [...everyday].length > 1 &&
      word.includes(everyday) &&
      !inOtherSense(vocabulary, everyday) &&
      widens(word, everyday, planTerms) &&
      fitsQuestion(vocabulary, everyday, asked),
  )
}

/**
 * The entries of three characters or more that a free-text term's text holds across its words, none of which holds
 * them whole: jieba cuts 多少钱 多少 钱 and 好学校 好 学校, so the entry never met a word containing it. Shorter entries
 * are left out: two characters across a cut are more often the end of one word and the start of the next (大学 费用
 * holds 学费); but a verb and its object named more closely are read (吃 早饭 says 吃饭: saysWithObjectNamed). Not an
 * entry the plans write in another sense (~), nor one outside the questions it names.
 */
function entriesAcross(term: WordsTerm, vocabulary: EverydayVocabulary, asked: readonly string[]): string[] {
  const text = normalizeForMatch(term.text)
  return [...vocabulary.keys()].filter(
    (everyday) =>
      (([...everyday].length >= 3 && saysEntry(text, everyday)) || saysWithObjectNamed(text, everyday)) &&
      !term.words.some((w) => w.includes(everyday)) &&
      !inOtherSense(vocabulary, everyday) &&
      fitsQuestion(vocabulary, everyday, asked),
  )
}

/**
 * Whether a question's text says an entry, whole (找工作) or with one complement or measure word inside it (找到工作, 找份工作,
 * 考上大学, 评不上职称): a verb and its object take one between them in speech, and the entry never met the question
 * otherwise. 好 is not one: 建好学校 would also hold 好学校, which it does not ask about; nor is 好学校 said across 建好 学校,
 * where its 好 ends the verb (saysAt).
 */
function saysEntry(text: string, everyday: string): boolean {
  if (saysAt(text, everyday)) return true
  const chars = [...everyday]
  if (!text.includes(chars[0]) || !text.includes(chars[chars.length - 1])) return false
  for (let at = 1; at < chars.length; at++) {
    const [before, after] = [chars.slice(0, at).join(''), chars.slice(at).join('')]
    for (const inside of INSIDE_AN_ENTRY) if (saysAt(text, before + inside + after)) return true
  }
  return false
}

/**
 * Whether a text says a verb–object entry (踢球, 吃饭, 补课) with its object named more closely: the verb, then a noun
 * that ends in the entry's object and is longer (踢足球, 吃 早饭, 不吃 早饭, 补 数学课, 睡午觉). The verb stands alone (or
 * negated: 不吃, 没吃), or with the noun makes one word jieba keeps whole (踢足球, 睡午觉: then the noun must be a word of
 * its dictionary). Not the end of a longer verb: 减轻 学生 says no 轻生, 考上 大学 no 上学. Nor where the verb makes a
 * word with the noun's first characters: 打工人 is a 打工 person, no 打人.
 */
function saysWithObjectNamed(text: string, everyday: string): boolean {
  const [verb, ...rest] = [...everyday]
  const object = rest.join('')
  if (!object || !text.includes(verb) || !text.includes(object)) return false
  const names = (noun: string) => noun.length > object.length && noun.endsWith(object) && !isKnownWord(verb + noun.slice(0, -object.length))
  const words = tag(text)
  return words.some(({ word, tag: pos }, i) => {
    if ((word === verb || word === `不${verb}` || word === `没${verb}`) && VERB.test(pos)) return i + 1 < words.length && NOUN.test(words[i + 1].tag) && names(words[i + 1].word)
    return word.startsWith(verb) && names(word.slice(verb.length)) && isKnownWord(word.slice(verb.length))
  })
}

const VERB = /^v(?!n)/u
const NOUN = /^n/u

/**
 * What speech puts between a verb and its object: a result (到 上 完 起), the same said possible or not (得到 不上), an
 * aspect (了), a measure (个 份).
 */
const RESULTS = ['到', '上', '完', '起']
const INSIDE_AN_ENTRY = [...RESULTS, ...RESULTS.flatMap((r) => [`得${r}`, `不${r}`]), '得', '不', '了', '个', '份']

/** A term widened: the words of free text by their official words; an unquoted phrase, if asked, by phrases. */
function widen(term: QueryTerm, vocabulary: EverydayVocabulary, query: ParsedQuery, options: ExpandOptions): QueryTerm[] {
  const planTerms = options.planTerms ?? defaultPlanTerms()
  const asked = queryStrings(query)
  if (term.kind === 'phrase') {
    // Where the question may be answered in other words (hybrid mode, the query vector), an everyday word typed
    // short (霸凌, 视力) also searches the plans' words as phrases of their own, in its OR group (霸凌 | 欺凌): a
    // clause saying 欺凌 is as plain a hit as one saying 霸凌. A quoted phrase stays exactly what was typed.
    if (!options.phrases || isQuoted(query, term)) return [term]
    // The plans' words for the whole phrase (霸凌 → 欺凌) and the same words in digits (十五分钟 → 15分钟) say what was
    // typed; the plans' words for a part of it (多少钱 → 收费 in iPhone多少钱) do not: they are marked widened.
    const digits = withDigits(term.match)
    const whole = officialWords(vocabulary, term.match, asked)
    // The plans' term that the phrase's words spell in the other order (中考体育 → 体育中考) is searched beside it, marked
    // widened: a swapped order may mean something else (学校家长, a school's parents; 家长学校, a school for parents).
    const official = [...officialFor(term.match, vocabulary, planTerms, asked), ...swappedTerms(term.match, planTerms)].filter((o, i, all) => o !== term.match && o !== digits && all.indexOf(o) === i)
    return [
      term,
      ...official.map((o): QueryTerm => (whole.includes(o) ? { kind: 'phrase', text: o, match: o } : { kind: 'phrase', text: o, match: o, widened: true })),
      ...(digits !== term.match ? [{ kind: 'phrase', text: digits, match: digits } as const] : []),
    ]
  }
  const words = [...term.words]
  // An entry the segmenter cut in two (多少钱 → 多少 钱, 好学校 → 好 学校) is read whole; a word inside it is read as part
  // of it, not by its own entry (钱 of 多少钱 is a price, 收费, not the 经费 投入 of 学校的钱花在哪).
  const across = entriesAcross(term, vocabulary, asked)
  for (const everyday of across) for (const o of officialWords(vocabulary, everyday, asked)) if (!words.includes(o)) words.push(o)
  const partOfEntry = (word: string) => across.some((everyday) => everyday.includes(word))
  for (const swapped of swappedTerms(normalizeForMatch(term.text), planTerms)) if (!words.includes(swapped)) words.push(swapped)
  // A parent who asks (家长要不要交学费, 家长能不能去学校食堂看看) is no topic beside one the vocabulary knows: widened by
  // 家庭教育 家校, the question ranked the family-education clauses above the fee and canteen ones it asks about.
  const topic = term.words.some((w) => !ASKERS.has(w) && officialFor(w, vocabulary, planTerms, asked).length > 0)
  // Each word added for a typed word stands for it (WordsTerm.standsFor), so that ranking can weigh a typed word the IDF
  // table lacks (霸凌) by its plans' word (欺凌). A word added for two (教师 for 老师 and 编制) stands for the first.
  const standsFor: Record<string, string> = { ...term.standsFor }
  const add = (o: string, word: string) => {
    if (words.includes(o)) return
    words.push(o)
    standsFor[o] = word
  }
  for (const [at, word] of term.words.entries()) {
    if (topic && ASKERS.has(word)) continue
    if (word === STRIKES && !strikesSomeone(term.words, at)) continue
    if (partOfEntry(word)) continue
    for (const o of [...officialFor(word, vocabulary, planTerms, asked), ...(options.phrases ? [] : everydayWithin(word, vocabulary, planTerms, asked))]) add(o, word)
  }
  // A quantity typed in Chinese numerals is searched as the plans write it too: 课间十分钟 also searches 10分钟.
  for (const word of term.words) add(withDigits(word), word)
  if (words.length === term.words.length) return [term]
  return [Object.keys(standsFor).length > 0 ? { ...term, words, standsFor } : { ...term, words }]
}

export interface ExpandOptions {
  /**
   * Widen unquoted phrases too (霸凌 → 霸凌 欺凌): for hybrid mode and the query vector. Keyword mode keeps a
   * phrase exact and offers the official words as alternatives instead (officialAlternatives).
   */
  phrases?: boolean
  /** The plans' own terms, never widened by an entry they contain; default data/dict/policy-terms.txt. */
  planTerms?: ReadonlySet<string>
}

/** The query with every free-text term's words widened by the vocabulary; exclusions untouched. */
export function expandQuery(query: ParsedQuery, vocabulary: EverydayVocabulary, options: ExpandOptions = {}): ParsedQuery {
  const groups = query.groups.map((group) => group.flatMap((term) => widen(term, vocabulary, query, options)))
  // Whether a term widened, not whether a word is new to the highlight: in 霸凌 欺凌 or 人工智能 AI the official word
  // is typed beside the everyday one, so nothing is new to mark, yet 霸凌 must still search 霸凌 | 欺凌.
  if (groups.every((group, g) => group.length === query.groups[g].length && group.every((t, i) => t === query.groups[g][i]))) return query
  const added = groups.flat().flatMap(termStrings).filter((w) => !query.highlight.includes(w))
  const highlight = [...new Set([...query.highlight, ...added])].sort((a, b) => b.length - a.length || a.localeCompare(b))
  return { ...query, groups, highlight }
}

/** The official words of a keyword query's unquoted phrases (霸凌 → 欺凌), offered when it finds few clauses. */
export function officialAlternatives(query: ParsedQuery, vocabulary: EverydayVocabulary): string[] {
  const phrases = query.groups.flat().flatMap((t) => (t.kind === 'phrase' && !isQuoted(query, t) ? [t.match] : []))
  return [...new Set(phrases.flatMap((match) => [...officialFor(match, vocabulary, defaultPlanTerms()), ...swappedTerms(match, defaultPlanTerms())]))]
}

const queryStrings = (query: ParsedQuery) => query.groups.flat().flatMap(termStrings)

/**
 * The text embedded for the query vector: the question followed by the official words its everyday words were
 * widened with (孩子补课怎么办 → 孩子补课怎么办 有偿补课 校外培训), or the question unchanged when none was. The
 * model then meets the plans' own words too; quoted phrases are never widened, so they add nothing here either.
 * Measured in bench/RESULTS.md "Semantic quality steps" (row I): appending beat writing the official words in
 * place or averaging the two vectors, on the tuning half.
 */
export function semanticQueryText(typed: ParsedQuery, widened: ParsedQuery): string {
  const own = new Set(queryStrings(typed))
  // Nor a word the vocabulary adds that says one the user excluded (食堂 -安全 adds 食品安全): model-exclusions.ts.
  // A word inside one typed (作业 in 批改作业) is said by the question already.
  const added = [...new Set(queryStrings(widened).filter((w) => !own.has(w) && ![...own].some((o) => o.includes(w)) && !saysExcluded(w, typed.exclude)))]
  // The question as the parser reads it (雙減 as 双减, without <b> or 👍, 不是民办的 as 公办的, without what it excludes):
  // model-text.ts, negated-terms.ts, model-exclusions.ts.
  const asked = withoutExclusions(otherSidesIn(textForModel(shortTermAlone(typed) ?? typed.raw)), typed.exclude)
  return added.length === 0 ? asked : `${asked} ${added.join(' ')}`
}

/**
 * A term typed alone with a particle after it (课后服务呢, 双减吗, 双减的) is the phrase the parser kept (课后服务, 双减);
 * the model read the particle too, and 课后服务呢 found 54 clauses in semantic mode where 课后服务 finds 34. The phrase,
 * or null when the query is anything else (none of the judged questions is).
 */
function shortTermAlone(typed: ParsedQuery): string | null {
  const terms = typed.groups.flat()
  const term = terms[0]
  if (terms.length !== 1 || typed.exclude.length > 0 || term.kind !== 'phrase' || isQuoted(typed, term)) return null
  const raw = normalizeForMatch(typed.raw).trim()
  return raw.startsWith(term.match) && PARTICLES_AFTER.test(raw.slice(term.match.length)) ? term.match : null
}

/** What closes a question without saying anything: 吗, 呢, 啊, 的, 了 and the marks. Other words typed beside the term
 * (孩子想自杀, 有没有午托) are part of what the model should read. */
const PARTICLES_AFTER = /^[的了吗呢啊吧呀嘛么哦哈\s?？!！。.…~～]+$/u

export interface WidenedQueries {
  /** Keyword mode: free-text words widened, phrases exact. */
  keyword: ParsedQuery
  /** Hybrid mode: phrases widened too (霸凌 | 欺凌). */
  hybrid: ParsedQuery
  /** The text semantic and hybrid mode embed: the question with the official words appended. */
  vectorText: string
}

/**
 * What each mode searches for a typed query, in one place: the server, the looser-query counts, the evaluation
 * and the tuning sweeps all ask through it, so what is measured is what users get.
 */
export function widenForModes(typed: ParsedQuery, vocabulary: EverydayVocabulary = defaultVocabulary()): WidenedQueries {
  const hybrid = expandQuery(typed, vocabulary, { phrases: true })
  return { keyword: expandQuery(typed, vocabulary), hybrid, vectorText: semanticQueryText(typed, hybrid) }
}
