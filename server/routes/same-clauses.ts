/**
 * Two offers that list the same clauses are one offer said twice. 立德数人 was offered 您是不是要找：立德树人 (14) and 也可检索：
 * 立德 (14): every clause saying 立德 says 立德树人, so the click on either lists the same 14. A keyword query of phrases
 * requires each of them (free text does not: it ranks clauses by how many of its words they hold), so a query whose every
 * word lies inside a phrase of another (立德 in 立德树人, 近视 in 学生 近视), under the same filters and exclusions, finds every
 * clause the other finds; with as many found, it finds those and no more. Of the two the one listed first stays: a
 * correction before a looser query, as the route lists them.
 */
import type { Tokenizer } from '../engine/types.js'
import type { QueryAlternative } from '../api-types.js'
import { parseQuery } from '../query/parse-query.js'

const pieces = (q: string) => q.trim().split(/\s+/u).filter((w) => w !== '')
const searched = (q: string) => pieces(q).filter((w) => !w.startsWith('-'))
const excluded = (q: string) => pieces(q).filter((w) => w.startsWith('-')).sort().join(' ')
const scope = (a: QueryAlternative) => JSON.stringify(a.filters ?? {})

/** Whether keyword mode requires every clause it finds for `q` to hold each of its phrases (no free text, no OR). */
function phrasesRequired(q: string, tokenizer: Tokenizer): boolean {
  const parsed = parseQuery(q, tokenizer)
  return parsed.groups.length > 0 && parsed.groups.every((g) => g.length === 1 && g[0].kind === 'phrase')
}

/** Whether `a` lists the clauses `b` lists: keyword mode both, same scope and exclusions, as many found, a's words within b's required phrases. */
export function listsTheSame(a: QueryAlternative, b: QueryAlternative, tokenizer: Tokenizer): boolean {
  if (a.mode !== 'keyword' || b.mode !== 'keyword' || a.total !== b.total || scope(a) !== scope(b) || excluded(a.query) !== excluded(b.query)) return false
  const own = searched(a.query).map((w) => w.toLowerCase())
  const other = searched(b.query).map((w) => w.toLowerCase())
  if (own.length === 0 || !phrasesRequired(b.query, tokenizer)) return false
  return own.every((w) => other.some((x) => x.includes(w)))
}

/** The offers, each listed only once: an offer listing what one before it lists is left out. */
export function withoutSameClauses(offers: readonly QueryAlternative[], tokenizer: Tokenizer): QueryAlternative[] {
  return offers.filter((a, i) => !offers.slice(0, i).some((b) => listsTheSame(a, b, tokenizer)))
}
