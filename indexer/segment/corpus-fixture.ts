/**
 * Real corpus text for the segmentation and theme tests: tests assert on the documents the portal
 * ships with, never on invented sentences.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const CORPUS_DIR = fileURLToPath(new URL('../../data/corpus/', import.meta.url))

export interface CorpusFile {
  name: string
  text: string
}

export function corpusFiles(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(CORPUS_DIR + name, 'utf8') }))
}

/** The first line (trimmed) of the corpus file whose name starts with `filePrefix` that starts with `linePrefix`. */
export function corpusLine(filePrefix: string, linePrefix: string): string {
  const file = corpusFiles().find((f) => f.name.startsWith(filePrefix))
  if (!file) throw new Error(`no corpus file starts with ${filePrefix}`)
  const line = file.text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.startsWith(linePrefix))
  if (line === undefined) throw new Error(`${file.name} has no line starting with ${linePrefix}`)
  return line
}
