/**
 * A question typed in English (mental health, teacher salary, school bullying) is one question, as Chinese free text
 * is: its words were separate terms, each required of every clause, so the words the everyday vocabulary knows
 * (mental → 心理健康) could never find a clause while health or school stood beside them. Words of Latin letters
 * typed apart by spaces are read as one term. Codes and numbers (K15 1530) stay terms of their own, and so do
 * quoted and excluded words and the OR operator.
 */
import type { RawToken } from './parse-query.js'

const LATIN_WORD = /^[a-z][a-z'-]*[a-z]$/u

// Words already joined count as words: a third word (after school service) joins them, not a term of its own.
const isWord = (token: RawToken | 'OR'): token is RawToken =>
  token !== 'OR' && !token.quoted && !token.negated && token.norm.split(' ').every((w) => LATIN_WORD.test(w)) && token.text.length === token.norm.length

export function joinLatinWords(tokens: readonly (RawToken | 'OR')[]): (RawToken | 'OR')[] {
  const out: (RawToken | 'OR')[] = []
  for (const token of tokens) {
    const last = out.at(-1)
    if (last !== undefined && isWord(last) && isWord(token) && !token.joined && !token.listed) {
      out[out.length - 1] = { ...last, text: `${last.text} ${token.text}`, norm: `${last.norm} ${token.norm}` }
    } else out.push(token)
  }
  return out
}
