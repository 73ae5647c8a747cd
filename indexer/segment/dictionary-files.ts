/**
 * The segmentation dictionaries in data/dict/: the domain terms (a jieba user dictionary,
 * `word freq tag` per line) and the stopwords (one per line).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SegmentError } from './segment-error.js'

export const DEFAULT_DICT_DIR = fileURLToPath(new URL('../../data/dict/', import.meta.url))
export const POLICY_TERMS_FILE = 'policy-terms.txt'
export const STOPWORDS_FILE = 'stopwords.txt'

export interface DomainDictionary {
  /** Absolute path of the dictionary file. */
  path: string
  /** The terms as written in the file, in file order. */
  terms: string[]
  /** The file's lines, cleaned (no BOM, CR, blank lines or stray spaces) for jieba to read. */
  jiebaLines: string[]
}

interface Line {
  text: string
  /** 1-based, counting blank lines, so a message points at the line an editor shows. */
  number: number
}

function readLines(path: string, what: string): Line[] {
  if (!existsSync(path)) {
    throw new SegmentError(
      'dict_not_found',
      `The ${what} ${path} does not exist. Restore it from the repository (data/dict/) or pass dictDir pointing at a folder that holds ${POLICY_TERMS_FILE} and ${STOPWORDS_FILE}.`,
    )
  }
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, index) => ({ text: line.trim(), number: index + 1 }))
    .filter((line) => line.text.length > 0)
}

/**
 * jieba reads the same file (it splits each line on single spaces and takes 1–3 fields); a line it
 * would misread is rejected here, because jieba itself aborts the process on a malformed file.
 */
export function readDomainDictionary(dictDir: string = DEFAULT_DICT_DIR): DomainDictionary {
  const path = join(dictDir, POLICY_TERMS_FILE)
  const lines = readLines(path, 'domain dictionary')
  const terms = lines.map((line) => {
    const fields = line.text.split(' ')
    const wellFormed =
      fields.length <= 3 && fields.every((f) => f !== '') && (fields.length < 3 || /^\d+$/.test(fields[1]))
    if (!wellFormed) {
      throw new SegmentError(
        'dict_invalid',
        `${path} line ${line.number} ("${line.text}") is not "word freq tag": separate the three fields by one space and give a whole-number frequency.`,
      )
    }
    return fields[0]
  })
  return { path, terms, jiebaLines: lines.map((line) => line.text) }
}

export function readStopwords(dictDir: string = DEFAULT_DICT_DIR): Set<string> {
  return new Set(readLines(join(dictDir, STOPWORDS_FILE), 'stopword list').map((line) => line.text))
}
