/**
 * 您是不是要找: Chinese is typed through pinyin, and the commonest slip is a character of the same sound (双剪 for
 * 双减, 课后服物 for 课后服务, 劳动教于 for 劳动教育). Such a word finds nothing, and the model reads it as
 * something else. The index's own words are keyed by their toneless pinyin, so a typed word that the index does
 * not hold is answered by the words it does hold that sound the same. Sound alone, not edit distance: 双师 is one
 * character from 双剪 too, but nobody types 剪 meaning 师. Pinyin typed without its input method (shuangjian,
 * kehoufuwu) is looked up by the same key, syllables run together.
 */
import { pinyin } from 'pinyin-pro'
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery, Tokenizer } from '../engine/types.js'
import { isCommonWord } from './common-words.js'
import { dictFileOnce } from './dict-file.js'
import { defaultVocabulary, type EverydayVocabulary } from './everyday-vocabulary.js'
import { isKnownWord } from './known-words.js'
import { shapeAlike } from './shape-alike.js'

export interface CountedWord {
  text: string
  /** Clauses holding the word. */
  count: number
}

const HAN_ONLY = /^[\u3400-\u9fff]{2,8}$/u
// Two syllables at least (shuangjian, jiaoyu); shorter Latin text is an abbreviation (AI, K12) more often.
const PINYIN_TYPED = /^[a-z]{4,40}$/
const SYLLABLES_APART = /^[a-z]+(?: [a-z]+)+$/

/** Toneless pinyin of a word, syllables apart; the same key for every way of writing the same sounds. */
export function soundKey(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array' }).join(' ')
}

/**
 * A sound key with the pairs many speakers do not tell apart made one, as the input methods' fuzzy pinyin does: zh z,
 * ch c, sh s, and the nasal finals ing in, eng en, ang an (校园欺临 typed for 校园欺凌: lin for ling).
 */
export function nearSoundKey(sound: string): string {
  return sound
    .split(' ')
    .map((syllable) => syllable.replace(/^([zcs])h/u, '$1').replace(/([iae])ng$/u, '$1n'))
    .join(' ')
}

export class HomophoneIndex {
  private constructor(
    private readonly known: ReadonlyMap<string, number>,
    private readonly bySound: ReadonlyMap<string, CountedWord[]>,
    private readonly byPinyin: ReadonlyMap<string, CountedWord[]>,
    private readonly fillerPinyin: ReadonlyMap<string, string>,
    private readonly byNearSound: ReadonlyMap<string, CountedWord[]>,
    private readonly onlyEveryday: ReadonlySet<string>,
  ) {}

  /**
   * From the index's words with their clause counts (the suggestion index's terms and cities), and the words that name
   * nothing (the stopwords: 政策, 工作), heard only in pinyin (fillerSpelled).
   */
  static build(words: Iterable<CountedWord>, fillers: Iterable<string> = [], everyday: Iterable<string> = []): HomophoneIndex {
    const known = new Map<string, number>()
    const bySound = new Map<string, CountedWord[]>()
    const held = [...words]
    const heldKeys = new Set(held.filter((w) => w.count > 0).map((w) => normalizeForMatch(w.text)))
    const onlyEveryday = new Set([...everyday].map((w) => normalizeForMatch(w)).filter((w) => !heldKeys.has(w)))
    for (const word of [...held, ...[...onlyEveryday].map((text) => ({ text, count: 1 }))]) {
      const key = normalizeForMatch(word.text)
      if (word.count <= 0 || !HAN_ONLY.test(key) || known.has(key)) continue
      known.set(key, word.count)
      const sound = soundKey(key)
      const list = bySound.get(sound)
      if (list) list.push({ text: key, count: word.count })
      else bySound.set(sound, [{ text: key, count: word.count }])
    }
    const byPinyin = new Map<string, CountedWord[]>()
    for (const [sound, list] of bySound) {
      list.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
      // xi an and xian run together alike: their words share one list, most clauses first.
      const typed = sound.replaceAll(' ', '')
      const same = byPinyin.get(typed)
      if (same) same.push(...list)
      else byPinyin.set(typed, [...list])
    }
    for (const list of byPinyin.values()) list.sort((a, b) => b.count - a.count)
    const byNearSound = new Map<string, CountedWord[]>()
    for (const [sound, list] of bySound) {
      const near = nearSoundKey(sound)
      byNearSound.set(near, [...(byNearSound.get(near) ?? []), ...list].sort((a, b) => b.count - a.count))
    }
    const fillerPinyin = new Map<string, string>()
    for (const filler of fillers) {
      const key = normalizeForMatch(filler)
      const typed = soundKey(key).replaceAll(' ', '')
      if (HAN_ONLY.test(key) && !byPinyin.has(typed) && !fillerPinyin.has(typed)) fillerPinyin.set(typed, key)
    }
    return new HomophoneIndex(known, bySound, byPinyin, fillerPinyin, byNearSound, onlyEveryday)
  }

  /** Whether `word` is keyed only as an everyday word of the vocabulary (霸凌), which no clause of the index holds. */
  onlySaidInEveryday(word: string): boolean {
    return this.onlyEveryday.has(normalizeForMatch(word))
  }

  /** Clauses holding `word`, as the index's words count them; 0 for a word it does not hold (or holds too rarely to list). */
  count(word: string): number {
    return this.known.get(normalizeForMatch(word)) ?? 0
  }

  /**
   * The word that names nothing which `word` spells in pinyin (zhengce → 政策), or null. Asked only beside pinyin that
   * spells a word of the index (shuangjian zhengce): alone, four letters or more may be English (women, 我们).
   */
  fillerSpelled(word: string): string | null {
    const key = normalizeForMatch(word)
    const letters = SYLLABLES_APART.test(key) ? key.replaceAll(' ', '') : key
    return PINYIN_TYPED.test(letters) ? (this.fillerPinyin.get(letters) ?? null) : null
  }

  /**
   * The word that names nothing which `word`, typed in Chinese characters, sounds like (政侧 → 政策), or null: a slip in
   * a filler (双减政侧) left a word no clause holds, and the fillers are no words of the index to sound like. A word a
   * dictionary holds (浙中, 期中, 清缴, known-words.ts) is spelt right, however rare: not 这种, 其中, 请教.
   */
  fillerSoundingLike(word: string): string | null {
    const key = normalizeForMatch(word)
    if (!HAN_ONLY.test(key) || this.known.has(key) || isKnownWord(key)) return null
    const filler = this.fillerPinyin.get(soundKey(key).replaceAll(' ', ''))
    return filler !== undefined && filler !== key ? filler : null
  }

  /**
   * Words of the index that sound like `word` and are written otherwise, most clauses first, or that `word` spells
   * in pinyin; none when the index holds `word` itself (a rare word spelt right is not a slip), or it is neither
   * two to eight Chinese characters nor four or more lower-case letters.
   */
  soundAlike(word: string, limit = 2): CountedWord[] {
    const key = normalizeForMatch(word)
    // Syllables typed apart (kehou fuwu, shuang jian) spell what they spell run together.
    const letters = SYLLABLES_APART.test(key) ? key.replaceAll(' ', '') : key
    if (PINYIN_TYPED.test(letters)) return (this.byPinyin.get(letters) ?? []).slice(0, limit)
    if (!HAN_ONLY.test(key) || this.known.has(key)) return []
    return (this.bySound.get(soundKey(key)) ?? []).slice(0, limit)
  }

  /**
   * Words of the index that `word` (in Chinese characters, not held) sounds like only under fuzzy pinyin (欺临 qi lin for
   * 欺凌 qi ling), most clauses first; none where one sounds the same (soundAlike answers).
   */
  nearSoundAlike(word: string, limit = 2): CountedWord[] {
    const key = normalizeForMatch(word)
    if (!HAN_ONLY.test(key) || this.known.has(key)) return []
    const sound = soundKey(key)
    return (this.byNearSound.get(nearSoundKey(sound)) ?? []).filter((w) => soundKey(w.text) !== sound && oneSlipAway(key, w.text)).slice(0, limit)
  }
}

/**
 * Whether `corrected` differs from `typed` (as many characters) in no more characters than one slip makes: one, or fewer
 * than half of a longer word's. A guess by a near sound that changes every character is two slips on a word spelt
 * right (加分 jia fen was read as 家风 jia feng), where 欺临 → 欺凌 and 霸临 → 霸凌 change one.
 */
function oneSlipAway(typed: string, corrected: string): boolean {
  const a = [...typed]
  const b = [...corrected]
  const changed = a.filter((ch, i) => ch !== b[i]).length
  return a.length === b.length && changed <= Math.max(1, Math.floor((a.length - 1) / 2))
}

const built = new WeakMap<object, HomophoneIndex>()

/**
 * One HomophoneIndex per index's words (its suggestion index), built on first use: about 10 µs a word. The everyday
 * vocabulary's words are keyed too, after the index's own: no plan writes 霸凌, so 校园霸陵 (霸陵, a place) had nothing
 * to sound like, while 校园霸凌 is searched as 欺凌 in hybrid mode.
 */
export function homophonesOf(
  source: { countedWords(): Iterable<CountedWord> },
  vocabulary: EverydayVocabulary = defaultVocabulary(),
  fillers: readonly string[] = defaultFillers(),
): HomophoneIndex {
  let index = built.get(source)
  if (!index) built.set(source, (index = HomophoneIndex.build(source.countedWords(), fillers, vocabulary.keys())))
  return index
}

/** The segmenter's stopwords (data/dict/stopwords.txt), one a line. */
const defaultFillers: () => readonly string[] = dictFileOnce('stopwords.txt', (text) => text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter((l) => l !== ''), () => [])


/** A word of a query that the index does not hold, with the index's words that sound the same. */
export interface Slip {
  word: string
  alike: CountedWord[]
  /**
   * Set for a common word (common-words.ts) read with the word after it: the two as typed (心里辅导), which is then
   * the slip's `word`, and each alike is the two corrected (心理辅导). A common word is spelt right unless the word
   * after it says otherwise (放在心里 is meant), so it is a slip only where the index holds the two corrected and not as
   * typed; the caller, which can search, asks (search-spelling.ts). The two are the slip, not the common word alone:
   * a common word is in some clause (心里: 1), and a question whose words found clauses is corrected only for a word
   * no clause holds.
   */
  within?: string
  /**
   * Set for a filler's sound-alike typed in characters (双减政侧 → 政策): the corrected query searches the other words
   * only, so it is offered only when the query as typed found nothing (search-spelling.ts).
   */
  filler?: true
  /**
   * Set for a word read by the look of a character (职业教肓 → 职业教育, shape-alike.ts): a guess less sure than a sound,
   * offered only where the query finds little and the correction much more (search-spelling.ts).
   */
  shape?: true
  /**
   * Set for a word read by a sound close to the typed one under fuzzy pinyin (校园欺临 → 校园欺凌, nearSoundKey): a guess,
   * offered as one read by its look is.
   */
  near?: true
}

/**
 * The run of `word` with the word typed right after it in `text`; undefined when none follows. The word after a
 * common word confirms the slip (心里健康, 心里咨询, 心里辅导, 心里教师: what 心理 is said of); the one before does not
 * (放在心里, 藏在心里: where 心里 is meant).
 */
function besideNext(word: string, text: string, words: readonly string[]): string | undefined {
  const i = words.indexOf(word)
  const run = words[i] + (words[i + 1] ?? '')
  return run !== word && text.includes(run) ? run : undefined
}

/**
 * Two or three words of free text that stand side by side in it, run together: a slip often makes a word the
 * segmenter knows of another (心里 健康 for 心理健康) or cuts one it does not (欺 陵 for 欺凌).
 */
function adjacentRuns(text: string, words: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= 3 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).join('')
      if (text.includes(run)) out.push(run)
    }
  }
  return out
}

/**
 * The strings of a query (phrases, the words of free text and their runs of two or three) that look like slips of
 * the same sound; a run that is one wins over the words in it (心里健康 → 心理健康, not 心里 alone). A word of the
 * everyday vocabulary is spelt right though no plan writes it: 孩子放学太早 was offered as 孩子访学太早 (访学, a
 * teacher's study visit, is in two clauses; 放学 in none), and 放学 is searched as 课后服务 already. So is a common word
 * of the language (common-words.ts) typed alone (自愿 was offered as 资源, 一种 as 一中); beside another word it is a
 * slip only if the index bears it out (Slip.within: 心里辅导 → 心理辅导, not 自愿参加 → 资源参加).
 */
export function slipsIn(query: ParsedQuery, homophones: HomophoneIndex, vocabulary: EverydayVocabulary = defaultVocabulary(), tokenizer?: Tokenizer): Slip[] {
  // A short phrase is a run of words too (心里辅导 is 心里 + 辅导): where the phrase as a whole sounds like nothing the
  // index holds, its words and their runs are asked, as those of free text are (心里 → 心理, so 心理辅导 is offered).
  const inPhrase = (match: string) => (tokenizer ? tokenizer.words(match) : []).filter((w) => w !== match)
  // Each string with the words it was typed among (none for a whole phrase or a run: nothing stands beside them).
  const strings = query.groups.flat().flatMap((t): [string, string, string[]][] => {
    const text = t.kind === 'phrase' ? t.match : normalizeForMatch(t.text)
    const words = t.kind === 'phrase' ? inPhrase(t.match) : t.words
    const runs = adjacentRuns(text, words)
    return [...(t.kind === 'phrase' ? [t.match] : []), ...runs, ...words].map((w): [string, string, string[]] => [w, text, runs.includes(w) || (t.kind === 'phrase' && w === t.match) ? [] : words])
  })
  // An everyday word the index does not list (霸凌) corrects a slip into what keyword mode, which keeps a short term
  // exact, may find nothing for: the plans' words for it follow it (霸临 → 霸凌, 欺凌), and the route offers each that
  // finds clauses in the mode searched (keyword 霸临: 欺凌 (4); hybrid, which searches 霸凌 as 欺凌 too: both).
  const asHeld = (alike: CountedWord[]): CountedWord[] => {
    const out = alike.flatMap((a) => (homophones.onlySaidInEveryday(a.text) ? [a, ...(vocabulary.get(a.text) ?? []).map((text) => ({ text, count: homophones.count(text) }))] : [a]))
    return out.filter((a, i) => out.findIndex((b) => b.text === a.text) === i)
  }
  const slips: Slip[] = []
  const seen = new Set<string>()
  for (const [word, text, words] of strings) {
    if (seen.has(word)) continue
    seen.add(word)
    if (vocabulary.has(word)) continue
    if (slips.some((s) => s.word.includes(word) || word.includes(s.word))) continue
    const common = isCommonWord(word)
    const within = common ? besideNext(word, text, words) : undefined
    if (common && within === undefined) continue
    const alike = asHeld(homophones.soundAlike(word))
    if (alike.length > 0 && within !== undefined) slips.push({ word: within, alike: alike.map((a) => ({ text: within.replace(word, a.text), count: a.count })), within })
    else if (alike.length > 0) slips.push({ word, alike })
    // 职业教肓: a slip of the eye, which no sound gives away; never in a word the dictionaries hold (shape-alike.ts).
    const shaped = alike.length === 0 && !common && !isKnownWord(word) ? asHeld(shapeAlike(word, (w) => homophones.count(w))) : []
    if (shaped.length > 0) slips.push({ word, alike: shaped, shape: true })
    // 校园欺临: a sound most speakers do not tell apart (lin for ling), a guess as a character's look is.
    const near = alike.length === 0 && shaped.length === 0 && !common && !isKnownWord(word) ? asHeld(homophones.nearSoundAlike(word)) : []
    if (near.length > 0) slips.push({ word, alike: near, near: true })
    // 双减政侧: a filler's slip, read only beside a word that names something (the corrected query then searches that).
    const filler = alike.length === 0 && shaped.length === 0 && near.length === 0 && !common && words.length > 1 ? homophones.fillerSoundingLike(word) : null
    if (filler) slips.push({ word, alike: [{ text: filler, count: 0 }], filler: true })
  }
  // shuangjian zhengce: pinyin typed throughout, its filler (政策) is read too, so the correction is 双减 政策 (which
  // searches 双减), not 双减 zhengce, a word no clause holds.
  if (slips.some((s) => /^[a-z ]+$/u.test(normalizeForMatch(s.word)))) {
    for (const word of seen) {
      const filler = slips.some((s) => s.word === word) ? null : homophones.fillerSpelled(word)
      if (filler) slips.push({ word, alike: [{ text: filler, count: 0 }] })
    }
  }
  return slips
}

/**
 * The query with its slips corrected: all at once first when there are several, then each word's sound-alikes
 * one at a time (双剪 课后服物 → 双减 课后服务, 双减 课后服物, 双剪 课后服务).
 */
export function correctedQueries(raw: string, slips: readonly Slip[]): string[] {
  if (slips.length === 0) return []
  const typed = raw.trim()
  // Terms are matched normalised (traditional 雙剪 as 双剪): the correction is written into the normalised query
  // when the typed one does not hold the word as such.
  const base = slips.every((s) => typed.includes(s.word)) ? typed : normalizeForMatch(typed)
  const out: string[] = []
  if (slips.length > 1) out.push(slips.reduce((q, s) => q.replace(s.word, s.alike[0].text), base))
  for (const s of slips) for (const a of s.alike) out.push(base.replace(s.word, a.text))
  return [...new Set(out)].filter((q) => q !== typed)
}
