/**
 * What the user left out is no part of what the clauses should be near. The parser drops a clause that says an excluded
 * word (食堂 -安全, 双减 NOT 作业, 不含职业教育的教师培训, 除了双减以外的课后服务), but the model was handed the question with the
 * word in it, so the query vector was drawn towards the very clauses the user had ruled out, and semantic and hybrid mode
 * ranked the rest by how close they came to it. The model reads the question without its exclusions: the minus and the
 * excluded text, and the words that said it (不含…的, 除了…以外) once the text they framed is gone.
 */
import type { PhraseTerm } from '../engine/types.js'
import { BESIDES_WORDS, BUT_WORDS, LEAVE_OUT_WORDS, NOT_THE_WORDS } from './said-exclusions.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * The frames an exclusion is said in, around the excluded text (X): -X, -"X"; 不含X的 (但不要X的), 除了X以外的, X之外的, 不是X的,
 * 但没有提到X.
 * Tried in this order, each removing the frame with the text; the text alone goes last (a frame not listed here).
 */
function framesOf(x: string): RegExp[] {
  const t = escape(x)
  const quoted = `["“「']?${t}["”」']?`
  return [
    new RegExp(`(?<!\\S)-${quoted}(?=\\s|$)`, 'giu'),
    new RegExp(`(?:${BUT_WORDS})?(?:${LEAVE_OUT_WORDS}|不涉及)${t}的?`, 'giu'),
    new RegExp(`(?:${BESIDES_WORDS})${t}(?:以外|之外)?的?`, 'giu'),
    new RegExp(`${t}(?:以外|之外)的`, 'giu'),
    new RegExp(`(?:${NOT_THE_WORDS})${t}的`, 'giu'),
    new RegExp(`(?:但是|但|而|却|可)?(?:没有|没|未|并未|并没有|不)(?:提到|提及|涉及|包括|包含|写到|谈到|说到|讲到|提)了?${t}的?`, 'giu'),
    new RegExp(t, 'giu'),
  ]
}

/**
 * `text` (the question as the model reads it, model-text.ts) without each excluded term and the frame it was said in:
 * 食堂 -安全 → 食堂, 不含职业教育的教师培训 → 教师培训. A question of exclusions alone (-双减) is kept as it is: the model must be
 * given something, and the parser answers it as the clauses without them.
 */
export function withoutExclusions(text: string, exclude: readonly PhraseTerm[]): string {
  let out = text
  for (const term of exclude) {
    for (const said of new Set([term.text, term.match])) {
      if (said === '') continue
      const frame = framesOf(said).find((f) => f.test(out))
      if (frame) out = out.replace(new RegExp(frame.source, 'giu'), ' ')
    }
  }
  const left = out.replace(/\s+/gu, ' ').replace(/^[\s，,、;；]+|[\s，,、;；]+$/gu, '')
  return left === '' ? text : left
}

/** Whether an added word (the vocabulary's 食品安全 for 食堂) says an excluded one (安全): it would draw the vector there too. */
export function saysExcluded(word: string, exclude: readonly PhraseTerm[]): boolean {
  return exclude.some((e) => e.match !== '' && word.includes(e.match))
}
