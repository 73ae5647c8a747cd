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
  const same = (shorter: string) => shorter !== '' && shorter !== text.trim() && queryKey(parseQuery(shorter, tokenizer)) === queryKey(parsed)
  if (parsed.groups.every((g) => g.every((t) => t.kind === 'phrase'))) {
    const phrases = parsed.groups.map((g) => g.map((t) => (t.kind === 'phrase' ? t.match : '')).join(' | ')).join(' ')
    if (same(phrases)) return phrases
  }
  // A piece that names nothing, left by a comparison once its places were filters (比起,计划多了什么新内容), goes.
  const pieces = text.trim().split(PIECE_BREAK)
  const naming = pieces.filter((piece, i) => i % 2 === 1 || tokenizer.words(piece).length > 0)
  const kept = naming.join('').replace(EDGE_BREAKS, '').replace(/[,，;；\s]+(?=[,，;；\s])/gu, '')
  return same(kept) ? kept : text
}

const PIECE_BREAK = /([,，;；\s]+)/u
const EDGE_BREAKS = /^[,，;；\s]+|[,，;；\s]+$/gu
