/**
 * nodejs-jieba holds one segmenter per process (a native global). This module is the only place
 * that touches it, so dictionaries are loaded once and words are inserted once, however many
 * segmenters the process creates, and the result does not depend on which segmenter came first.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cut, insertWord, load } from 'nodejs-jieba'
import type { DomainDictionary } from './dictionary-files.js'

const loadedCopies: string[] = []
/** Words jieba knows from a loaded user dictionary (with the file's frequency). */
const fileWords = new Set<string>()
/** Words added one by one with insertWord (default weight); re-inserted after a reload. */
const insertedWords = new Set<string>()

/**
 * jieba reads a cleaned copy, not the file itself: it would take a BOM or a CR as part of a word, it
 * aborts the whole process on a path it cannot open, and it splits its path argument at "|" and ";".
 */
function writeJiebaCopy(dictionary: DomainDictionary): string {
  const content = dictionary.jiebaLines.join('\n') + '\n'
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 16)
  const copy = join(tmpdir(), `policy-search-jieba-user-${hash}.utf8`)
  writeFileSync(copy, content)
  return copy
}

/**
 * Makes jieba use the domain dictionary. A new dictionary means a reload with every dictionary seen
 * so far, after which the inserted words are put back: load() replaces jieba's whole dictionary.
 */
export function ensureJiebaLoaded(dictionary: DomainDictionary): void {
  const copy = writeJiebaCopy(dictionary)
  if (loadedCopies.includes(copy)) return
  loadedCopies.push(copy)
  load({ userDict: loadedCopies.join('|') })
  for (const term of dictionary.terms) fileWords.add(term)
  for (const word of insertedWords) insertWord(word)
}

/** Adds words to jieba's dictionary (process-wide); returns how many were new to jieba. */
export function insertWords(words: Iterable<string>): number {
  let added = 0
  for (const word of words) {
    if (fileWords.has(word) || insertedWords.has(word)) continue
    insertWord(word)
    insertedWords.add(word)
    added++
  }
  return added
}

/**
 * Precise mode with the HMM on: the HMM joins out-of-vocabulary runs (提质, 家校, 思政课) that the
 * dictionary alone would cut into single characters.
 */
export function jiebaCut(text: string): string[] {
  return cut(text, true)
}
