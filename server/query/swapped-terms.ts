/**
 * Two words of a question in the other order of a term the plans write as one (中考体育 for 体育中考, 防控近视 for 近视防控,
 * 欺凌学生 for 学生欺凌): the question names the plans' term, but no clause holds its words in the question's order, so the
 * phrase found nothing and free text ranked the two words apart. Read from the plans' own terms (data/dict/policy-terms.txt),
 * only where the question's order is no term of theirs itself (思政课程 and 课程思政 are both written, and differ).
 */
import { jiebaCut } from '../../indexer/segment/jieba-runtime.js'

/** The plans' terms that a text's adjacent words, swapped, spell (中考 体育 → 体育中考), in the text's order. */
export function swappedTerms(text: string, planTerms: ReadonlySet<string>): string[] {
  const words = jiebaCut(text)
  const out: string[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]]
    // Two words of two characters or more: a single character swapped is a particle or a verb's object moved (在学校).
    if ([...first].length < 2 || [...second].length < 2) continue
    const swapped = second + first
    if (planTerms.has(swapped) && !planTerms.has(first + second) && !out.includes(swapped)) out.push(swapped)
  }
  return out
}
