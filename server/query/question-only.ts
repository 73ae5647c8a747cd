/**
 * Whether a query only asks (怎么样, 为什么, 请问可以吗) or greets (你好, 谢谢), naming nothing to look for.
 * Searched by meaning, such a query has no topic: the clauses nearest to 怎么样 are as near to any other
 * filler, so semantic mode answers it with a message instead and hybrid mode keeps only its keyword part
 * (routes/search-request.ts). The words are data (data/dict/question-words.txt).
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import { dictFileOnce } from './dict-file.js'

export const QUESTION_ONLY_MESSAGE = '查询只有疑问词或客套话（如“怎么样”“请问”），没有要找的内容：请写出要问的事，例如 怎么减轻学生作业负担。'

export function parseQuestionWords(text: string): string[] {
  const words = text.split(/\r?\n/).map((line) => normalizeForMatch(line.replace(/#.*/, '').trim())).filter((w) => w !== '')
  // Longest first, so 怎么样 is taken whole before 怎么.
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}

/** The list of data/dict/, read once per process; an unreadable file leaves every query as typed. */
export const defaultQuestionWords: () => string[] = dictFileOnce('question-words.txt', parseQuestionWords, () => [])

/** True when nothing is left of the query once its question words, punctuation and spaces are taken out. */
export function isQuestionOnly(raw: string, words: readonly string[] = defaultQuestionWords()): boolean {
  let rest = normalizeForMatch(raw).replace(/[\p{P}\p{S}\s]/gu, '')
  if (rest === '' || words.length === 0) return false
  for (let progress = true; progress && rest !== ''; ) {
    progress = false
    for (const word of words) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length)
        progress = true
        break
      }
    }
  }
  return rest === ''
}
