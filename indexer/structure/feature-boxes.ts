/**
 * 专栏 boxes: a plan's framed lists of projects or figures inside a chapter (`专栏1  2024年教育民生实事项目` over
 * `1.新建公办幼儿园5所…` `2.改造农村薄弱学校20所。`), as a 规划 or a 工作要点 prints them between its clauses. Read
 * as text, the box's items, numbered from 1 again, were taken for the plan's clauses: its 3 repeated the plan's 3,
 * the box's title ran into the clause before it, and the plan warned of numbering that goes back. A box is a passage
 * of its own, its title and items together, and its numbers number nothing in the plan.
 *
 * A box runs from its title line through the items that count 1, 2, 3 … under it; it ends at any other marker,
 * at a line without one once items have begun, and at the number that continues the plan's own count in the same
 * style (the plan's clause 4 after a box of 3 items). Pure.
 */
import { readLineMarker, type LineMarker } from './line-markers.js'

/** `专栏1 …`, `专栏一：…`, `【专栏2】…`: a box's title, short, no sentence. */
const BOX_TITLE = /^[【\[]?\s*专栏\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[】\]：:]?(?:\s*[^。；;！!？?]{0,40})?$/

export type BoxLine = 'title' | 'item'

/** The lines of boxes: each box's title line and the lines inside it. */
export function featureBoxLines(lines: string[]): Map<number, BoxLine> {
  const found = new Map<number, BoxLine>()
  let last: { style: string; number: number } | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (!BOX_TITLE.test(line)) {
      const marker = readLineMarker(line)
      if (marker?.kind === 'clause') last = { style: marker.style, number: marker.number }
      continue
    }
    found.set(i, 'title')
    let count = 0
    for (let k = i + 1; k < lines.length; k++) {
      const marker: LineMarker | null = readLineMarker(lines[k].trim())
      const continuesPlan = last !== null && marker?.kind === 'clause' && marker.style === last.style && marker.number === last.number + 1
      if (marker ? marker.kind !== 'clause' || marker.number !== count + 1 || continuesPlan : count > 0) break
      if (marker) count++
      found.set(k, 'item')
      i = k
    }
  }
  return found
}

/** Whether an offset of `text` stands on a line inside a box (its markers number nothing in the plan). */
export function insideFeatureBox(text: string): (at: number) => boolean {
  if (!text.includes('专栏')) return () => false
  const lines = text.split('\n')
  const boxed = featureBoxLines(lines)
  const ranges: [number, number][] = []
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) if (boxed.get(i) === 'item') ranges.push([at, at + lines[i].length])
  return (at) => ranges.some(([from, to]) => at >= from && at < to)
}
