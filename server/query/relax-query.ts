/**
 * Looser forms of a keyword query that found few clauses, for the page to offer with their counts
 * (也可检索：欺凌 (4)). A query of several terms must match all of them, and a free-text term ranks by how
 * many of its words a clause has, so `如何防止校园欺凌` (防止 + 校园欺凌) finds one clause while `欺凌` alone
 * finds four. Pure: the route counts each candidate with the engine and keeps those that find more.
 */
import type { ParsedQuery, QueryTerm } from '../engine/types.js'

/** Fewer keyword results than this and the page offers the looser queries. */
export const FEW_RESULTS = 5
/** Looser queries offered at most. */
export const MAX_RELAXED = 3

function termStrings(term: QueryTerm): string[] {
  return term.kind === 'phrase' ? [term.match] : term.words
}

/**
 * A dictionary compound of four or more characters (校园欺凌, 作业负担) halved into its two-character-or-longer
 * head and tail: policy text often says the tail alone (学生欺凌, 防欺凌).
 */
function halves(word: string): string[] {
  const chars = [...word]
  if (chars.length < 4) return []
  const mid = Math.floor(chars.length / 2)
  return [chars.slice(0, mid).join(''), chars.slice(mid).join('')]
}

/**
 * Candidate looser queries, most specific first: each term of a query of several terms, each word of a
 * free-text term, then the halves of its long words. Single characters are left out (进, 收): alone they
 * match almost everything. The query itself is never a candidate.
 */
export function relaxedQueries(query: ParsedQuery): string[] {
  const terms = query.groups.flat()
  const single = terms.length === 1 && terms[0].kind === 'phrase'
  if (terms.length === 0 || single) return []
  const out: string[] = []
  if (query.groups.length > 1) for (const group of query.groups) out.push(group.map((t) => t.text).join(' | '))
  const words = terms.flatMap(termStrings)
  for (const word of words) out.push(word)
  for (const word of words) out.push(...halves(word))
  const raw = query.raw.trim()
  return [...new Set(out)].filter((q) => [...q].length >= 2 && q !== raw)
}
