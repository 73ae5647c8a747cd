/**
 * Whether a plan a file gives now is the document the same file gave before. A re-read file whose plan id changed
 * is recorded as moved (moved-ids.ts) only when it is: a title read otherwise or corrected leaves the text nearly
 * as it was, while another document saved under the same name (a corpus replaced by another, files named
 * 0001.txt, 0002.txt …) shares little more than the phrases every plan uses. Its old links must not be sent to
 * the other document, nor its clauses' first-indexed dates given to it.
 */
import { existsSync, readFileSync } from 'node:fs'

/** Share of character 5-grams two texts must have in common (Jaccard) to be one document. */
export const SAME_DOCUMENT = 0.5

const GRAM = 5

function grams(text: string): Set<string> {
  const chars = [...text.replace(/\s+/g, '')]
  const out = new Set<string>()
  for (let i = 0; i + GRAM <= chars.length; i++) out.add(chars.slice(i, i + GRAM).join(''))
  if (out.size === 0 && chars.length > 0) out.add(chars.join(''))
  return out
}

/** Jaccard similarity of the texts' character 5-grams: 1 for the same text, near 0 for unrelated ones. */
export function textSimilarity(a: string, b: string): number {
  const ga = grams(a)
  const gb = grams(b)
  if (ga.size === 0 && gb.size === 0) return 1
  let shared = 0
  for (const g of ga) if (gb.has(g)) shared++
  return shared / (ga.size + gb.size - shared)
}

/**
 * The text of each of `planIds` in a build's clauses.jsonl, its records joined in order. Only the lines of those
 * plans are decoded: the file of a large build is a gigabyte, and a re-index pairs few plans this way.
 */
export function planTexts(clausesFile: string, planIds: ReadonlySet<string>): Map<string, string> {
  const parts = new Map<string, string[]>()
  if (planIds.size === 0 || !existsSync(clausesFile)) return new Map()
  const bytes = readFileSync(clausesFile)
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(0x0a, start)
    if (end === -1) end = bytes.length
    const line = bytes.toString('utf8', start, end)
    const planId = /"planId":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1]
    if (planId !== undefined && planIds.has(planId)) {
      try {
        const record = JSON.parse(line) as { planId: string; text: string }
        const texts = parts.get(record.planId)
        if (texts) texts.push(record.text)
        else parts.set(record.planId, [record.text])
      } catch {
        // A damaged line says nothing of its plan.
      }
    }
    start = end + 1
  }
  return new Map([...parts].map(([id, texts]) => [id, texts.join('\n')]))
}

/** The [old, new] pairs whose plans are the same document: the previous build's text against this build's. */
export function sameDocuments(pairs: readonly [string, string][], previousClausesFile: string, current: readonly { planId: string; text: string }[]): [string, string][] {
  if (pairs.length === 0) return []
  const before = planTexts(previousClausesFile, new Set(pairs.map(([old]) => old)))
  const wanted = new Set(pairs.map(([, now]) => now))
  const now = new Map<string, string[]>()
  for (const c of current) {
    if (!wanted.has(c.planId)) continue
    const texts = now.get(c.planId)
    if (texts) texts.push(c.text)
    else now.set(c.planId, [c.text])
  }
  return pairs.filter(([old, id]) => {
    const then = before.get(old)
    return then !== undefined && textSimilarity(then, (now.get(id) ?? []).join('\n')) >= SAME_DOCUMENT
  })
}
