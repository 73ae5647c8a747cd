/**
 * A kind of school named by what it is not: 不是民办的学校 asks for 公办 schools. Read word by word, the question
 * searched the very word it rules out (keyword 162 clauses, the first three about 民办教育) and the model read it as a
 * question about 民办 schools, since 不是 names nothing. Where the plans have a word for the other side, the negation and
 * its word are read as that word, by the parser and by the model alike. Any other negation stays as typed (不定期, 不低于,
 * 没有编制).
 *
 * A fee not charged is read so too: 不收费, 不用交钱, 不花钱 are 免费, whose plan words (免除 免收 免缴 减免) the everyday
 * vocabulary adds. With 不 dropped as a stopword, 哪些学校不收费 searched 学校 收费 and ranked the clauses on regulating
 * fees (规范民办学校收费, 收费调整) first: none of its keyword top 10 said anything was free, while 免除普通高中学生学费 did
 * not place.
 */
import type { RawToken } from './parse-query.js'

/** A word the plans use, or a way of saying a fee is paid, and the word the plans use for its other side. */
const OTHER_SIDE: ReadonlyMap<string, string> = new Map([
  ['民办', '公办'],
  ['私立', '公办'],
  ['公办', '民办'],
  ['公立', '民办'],
  ['营利', '非营利'],
  ...['收学费', '交学费', '收费', '收钱', '要钱', '交钱', '交费', '缴费', '花钱', '付费'].map((paid): [string, string] => [paid, '免费']),
])

// 非 of 除非 and 是非 (unless, right and wrong) says no "not" of what follows. 不用, 不需要, 无需 say a fee is not
// paid as 不 does (上高中不用交学费吗). 不要 is not here: 不要收费的托管 excludes 收费 (said-exclusions.ts), and 不得收费
// forbids a charge, which is no 免费: neither is read.
const NEGATED = new RegExp(`(不是|并非|不属于|(?<![除是莫])非|不需要|不需|不用|无需|不必|不)(${[...OTHER_SIDE.keys()].join('|')})`, 'gu')

/**
 * An A-not-A question asks whether (是不是民办的, 收不收费): its 不 says no "not". The parser reads those first
 * (parse-query.ts withoutAskForms); the model's text is read here, so they are told apart here too.
 */
function asksWhether(text: string, at: number, negation: string, kind: string): boolean {
  const before = text[at - 1]
  return before !== undefined && (before === negation[1] || before === kind[0])
}

/** Quoted text and an exclusion (-不是民办) are asked for as typed, as the parser reads them. */
const AS_TYPED = /("[^"]*"?|“[^”]*”?|「[^」]*」?|(?<!\S)-\S+)/u

/** The text with each negated kind read as its other side: 不是民办的学校 → 公办的学校. */
export function otherSidesIn(text: string): string {
  return text
    .split(AS_TYPED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(NEGATED, (said: string, negation: string, kind: string, at: number) => (asksWhether(part, at, negation, kind) ? said : (OTHER_SIDE.get(kind) as string)))))
    .join('')
}

/** A token read so, its typed text rewritten alongside where the two line up. */
export function withOtherSides(token: RawToken): RawToken {
  const norm = otherSidesIn(token.norm)
  if (norm === token.norm) return token
  if (token.text.length !== token.norm.length) return { ...token, norm, text: norm }
  let text = ''
  let at = 0
  for (const m of token.norm.matchAll(NEGATED)) {
    if (asksWhether(token.norm, m.index, m[1], m[2])) continue
    text += token.text.slice(at, m.index) + (OTHER_SIDE.get(m[2]) as string)
    at = m.index + m[0].length
  }
  return { ...token, norm, text: text + token.text.slice(at) }
}
