/**
 * The words a looser query is offered in (也可检索：课后服务 · 限 荆门市). What is left of 荆门有没有提课后服务 once 荆门 is a
 * filter is 有没有提课后服务, which the parser searches as the phrase 课后服务: the offer said the question's filler back
 * to the user. An offer is shown as its phrases alone only when they search exactly what the text does; free text keeps
 * its wording (计划多了什么新内容 searches 计划 多 新, and 计划 多 新 would require each word apart).
 */
import type { ParsedQuery, QueryTerm, Tokenizer } from '../engine/types.js'
import { parseQuery } from './parse-query.js'

const termKey = (t: QueryTerm) => (t.kind === 'phrase' ? `p:${t.match}` : `w:${t.words.join(' ')}`)
const queryKey = (q: ParsedQuery) => JSON.stringify([q.groups.map((g) => g.map(termKey)), q.exclude.map(termKey)])

export function offerText(text: string, tokenizer: Tokenizer): string {
  const parsed = parseQuery(text, tokenizer)
  // A quoted phrase is asked for as written (hybrid mode widens it only bare), and an exclusion is said as typed.
  if (parsed.groups.length === 0 || parsed.exclude.length > 0 || /["“”「」]/u.test(text)) return text
  if (parsed.groups.some((g) => g.some((t) => t.kind !== 'phrase'))) return text
  const phrases = parsed.groups.map((g) => g.map((t) => (t.kind === 'phrase' ? t.match : '')).join(' | ')).join(' ')
  if (phrases === text.trim()) return text
  return queryKey(parseQuery(phrases, tokenizer)) === queryKey(parsed) ? phrases : text
}
