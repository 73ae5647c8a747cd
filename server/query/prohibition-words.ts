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
 */
import type { RawToken } from './parse-query.js'

// 不能 after 能 is an A-not-A question (能不能收费), read by ask-forms.ts before this; here it says "must not". 不准确
// (inaccurate) and 不得了 are words of their own, not a rule.
const PROHIBITION = /(?<!能)(不得|不准|不许|不能|不让|不应|禁止)(?![确了])(?=[\u3400-\u9fff])/gu

/** The text without each prohibition word before an action: 学校不许排名 → 学校排名, 不得补课 → 补课. */
export function withoutProhibitionWords(text: string): string {
  return text.replace(PROHIBITION, '')
}

/** A token read so; its typed text becomes the read text, as a negated kind's does where lengths differ. */
export function withoutProhibitions(token: RawToken): RawToken {
  const norm = withoutProhibitionWords(token.norm)
  return norm === token.norm ? token : { ...token, norm, text: norm }
}
