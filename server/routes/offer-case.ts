/**
 * The Latin words of an offer as the user typed them, or as the plans write them. The parser matches a lower-cased copy
 * (AI and ai find the same clauses), and the looser queries were cut from it: AI教育 was offered 也可检索：ai 教育, a word
 * the user typed in capitals and no plan writes in small letters. A word the user typed with a capital keeps its typing;
 * one typed in small letters alone (ai教育, stem) is written as the first clause saying it writes it (AI, STEM), so the
 * offer reads as the plans do. A word no clause holds stays as it is. Only keyword offers are written so: keyword mode
 * finds the same clauses for AI and ai, so the count shown stays the click's. A semantic or hybrid offer is the user's
 * own query: its question reaches the model in the plans' case (inPlansCase), since the model reads case.
 */
import type { QueryAlternative } from '../api-types.js'
import type { ParsedQuery, ReadOptions, SearchEngine } from '../engine/types.js'

/** A run of Latin letters and digits holding a letter: AI, stem, 5G, IPv6. */
const LATIN = /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/gu
const runsOf = (text: string) => [...text.matchAll(LATIN)].map((m) => m[0])

const phraseQuery = (word: string): ParsedQuery => ({ raw: word, groups: [[{ kind: 'phrase', text: word, match: word }]], exclude: [], highlight: [word] })

/** `text`'s run spelled as `word` apart from case (a whole run: ai is not the ai of said), or null. */
function spelledIn(text: string, word: string): string | null {
  return runsOf(text).find((run) => run.toLowerCase() === word) ?? null
}

/** Full-width letters and digits (ＡＩ) as the ASCII ones, as the parser reads them. */
const halfWidth = (text: string) => text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))

/** `word` (lower case) as the first clause saying it writes it, or null when no clause does. */
async function plansSpelling(word: string, engine: SearchEngine, options?: ReadOptions): Promise<string | null> {
  const first = (await engine.search({ query: phraseQuery(word), filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 1, facets: false }, options)).hits[0]
  return first ? spelledIn(first.clause.text, word) : null
}

/**
 * The question as the model should read it: each Latin word typed in small letters alone written as the plans write it
 * (ai教育 → AI教育). The model reads case (semantic ai教育 found 21 clauses, AI教育 35), and a user typing ai means
 * the AI the plans write. A word typed with a capital, or that no clause holds, is left as typed.
 */
export async function inPlansCase(q: string, engine: SearchEngine, options?: ReadOptions): Promise<string> {
  const text = halfWidth(q)
  const words = [...new Set(runsOf(text).filter((run) => run === run.toLowerCase() && /[a-z]/u.test(run)))]
  if (words.length === 0) return q
  const written = new Map<string, string>()
  await Promise.all(
    words.map(async (word) => {
      const plans = await plansSpelling(word, engine, options)
      if (plans !== null && plans !== word) written.set(word, plans)
    }),
  )
  return written.size === 0 ? q : text.replace(LATIN, (run) => written.get(run) ?? run)
}

export async function inWrittenCase(offers: readonly QueryAlternative[], typed: string, engine: SearchEngine, options?: ReadOptions): Promise<QueryAlternative[]> {
  const words = [...new Set(offers.flatMap((o) => (o.mode === 'keyword' ? runsOf(o.query).map((r) => r.toLowerCase()) : [])))]
  if (words.length === 0) return [...offers]
  const asTyped = halfWidth(typed)
  const written = new Map<string, string>()
  await Promise.all(
    words.map(async (word) => {
      const own = spelledIn(asTyped, word)
      if (own !== null && own !== own.toLowerCase()) return void written.set(word, own)
      const plans = await plansSpelling(word, engine, options)
      if (plans !== null) written.set(word, plans)
    }),
  )
  return offers.map((o) => {
    if (o.mode !== 'keyword') return o
    const query = o.query.replace(LATIN, (run) => written.get(run.toLowerCase()) ?? run)
    return query === o.query ? o : { ...o, query }
  })
}
