/**
 * What a reader of the index should check about a plan's structure: clause numbers that skip (3, 4, 6) or
 * repeat, and a plan with text but no numbered clause (everything indexed as unnumbered passages).
 * Messages are in Chinese: they are shown in the portal.
 */
import type { StructureWarning } from '../types.js'
import type { DraftRecord } from './clause-splitter.js'
import { isWordChapter } from './chapter-number.js'

export function structureWarnings(records: DraftRecord[], numberingRestarts: boolean): StructureWarning[] {
  const warnings: StructureWarning[] = []
  const clauses = records.filter((r) => r.kind === 'clause' && !r.outlineOnly)
  if (clauses.length === 0) {
    const passages = records.filter((r) => r.kind === 'passage' && !r.outlineOnly)
    const cited = passages.filter((r) => r.paragraph !== undefined).length
    if (passages.length > 0) {
      const how = cited > 0 ? `，其中 ${cited} 段按所在章、节中的段次引用（第几段）` : ''
      warnings.push({ code: 'no_numbered_clauses', message: `正文有 ${passages.length} 段文字，但没有找到编号条款：全部作为无编号段落索引${how}。` })
    }
    return warnings
  }
  // A run of numbering: the whole plan, or each chapter or section when numbering starts again at 1 there.
  const runs: { chapter: string; clauses: DraftRecord[] }[] = []
  let previous: DraftRecord | null = null
  for (const c of clauses) {
    const moved = previous !== null && (previous.chapter?.number !== c.chapter?.number || previous.section !== c.section)
    if (!previous || (c.number === 1 && (moved || numberingRestarts))) runs.push({ chapter: c.chapter?.number ?? '', clauses: [] })
    runs[runs.length - 1].clauses.push(c)
    previous = c
  }
  for (const { chapter, clauses: run } of runs) {
    const where = !chapter ? '条款' : isWordChapter(chapter) ? `${chapter}条款` : `第${chapter}部分`
    const numbers = run.map((c) => c.number ?? 0)
    const missing: number[] = []
    const repeated: number[] = []
    for (let i = 1; i < numbers.length; i++) {
      const [a, b] = [numbers[i - 1], numbers[i]]
      if (b > a + 1) for (let k = a + 1; k < b; k++) missing.push(k)
      else if (b <= a) repeated.push(b)
    }
    if (numbers[0] > 1) for (let k = 1; k < numbers[0]; k++) missing.push(k)
    if (missing.length > 0) {
      warnings.push({ code: 'numbering_gap', message: `${where}编号跳号：${numbers.join('、')}，缺 ${missing.join('、')}。` })
    }
    if (repeated.length > 0) {
      warnings.push({ code: 'numbering_repeat', message: `${where}编号重复或倒退：${numbers.join('、')}（${repeated.join('、')} 再次出现）。` })
    }
  }
  return warnings
}
