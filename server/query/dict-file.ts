/**
 * The query-side word lists of data/dict/ (everyday-terms.txt, question-words.txt), each read once per process.
 * They only refine queries, so an unreadable file is not an error: the query is then searched as typed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_DICT_DIR } from '../../indexer/segment/dictionary-files.js'

/** A reader of data/dict/<name> that parses it on first use and gives `fallback` when it cannot be read. */
export function dictFileOnce<T>(name: string, parse: (text: string) => T, fallback: () => T): () => T {
  let loaded: T | undefined
  return () => {
    if (loaded === undefined) {
      try {
        loaded = parse(readFileSync(join(DEFAULT_DICT_DIR, name), 'utf8'))
      } catch {
        loaded = fallback()
      }
    }
    return loaded
  }
}
