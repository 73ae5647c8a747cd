/**
 * A plan whose only clause numbering is its paragraphs opening 一是… 二是… 三是… (or 第一，… 第二，…) under each chapter: a county's
 * 工作要点 often words its tasks so (`一、全面加强党的建设` over `一是深化理论武装。…` `二是加强基层党组织建设。…`).
 * With no numbered level under the chapters, those paragraphs are the plan's clauses, counted by their ordinal
 * (citable as 第一部分第二项), rather than passages. Only when they read as numbering: each paragraph that opens so
 * continues the count of its chapter or section from 一, the count starting again under each heading, and no other
 * level numbers the clauses. 一是/二是 inside a paragraph (`重点抓好两项工作：一是…；二是…`) is its sentence's
 * enumeration and stays in it; a plan that numbers its clauses 1. or （一） keeps 一是 lines as they were read.
 * Paragraphs opening 首先，… 其次，… 再次，… 最后，… count the same way, as words of order rather than numbers: each
 * is read only where it continues its chapter's count (其次 after 首先, 再次 and 最后 after two), else it is wording.
 * Pure: the body's numbering and its heading lines in, the lines that open ordinal clauses out.
 */
import type { LevelRole } from '../types.js'
import { readLineMarker } from './line-markers.js'
import type { LineNumbering } from './plan-levels.js'

export interface OrdinalClause {
  ordinal: number
  /** Characters of `一是`, `十二是`, `第一，`: the clause's heading starts after them. */
  markerLength: number
  /** How the level prints its first number, for reports: `一是`, `第一，` or `首先`. */
  printed: string
}

/** The lines (indices into the numbering's lines) that open a clause by their ordinal; empty when the plan has none. */
export function ordinalClauseLines(numbering: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>, heads: Set<number>): Map<number, OrdinalClause> {
  const found = new Map<number, OrdinalClause>()
  if ([...numbering.roles.values()].some((role: LevelRole) => role === 'clause')) return found
  let last = 0
  for (const [i, line] of numbering.lines.entries()) {
    const marker = numbering.markers.get(i)
    const role = marker ? numbering.roles.get(marker.kind) : undefined
    if (heads.has(i) || role === 'chapter' || role === 'section' || role === 'part') {
      last = 0
      continue
    }
    if (marker) continue
    const intro = readLineMarker(line)
    const word = intro ? null : orderWord(line, last)
    if (word) {
      found.set(i, { ordinal: last + 1, markerLength: word.length, printed: '首先' })
      last++
      continue
    }
    if (intro?.kind !== 'ordinal-intro') continue
    if (intro.ordinal !== last + 1) return new Map()
    found.set(i, { ordinal: intro.ordinal, markerLength: intro.markerLength, printed: line.startsWith('第') ? '第一，' : '一是' })
    last = intro.ordinal
  }
  return found.size >= 2 ? found : new Map()
}

/** 首先 opens a count, 其次 follows the first item, 再次 (再者) and 最后 follow the second or a later one. */
const ORDER_WORD = /^(首先|其次|再次|再者|最后)[，,：:]/
const FOLLOWS: Record<string, (last: number) => boolean> = {
  首先: (last) => last === 0, 其次: (last) => last === 1, 再次: (last) => last >= 2, 再者: (last) => last >= 2, 最后: (last) => last >= 2,
}

/** The order word and its comma opening a line (`首先，`), when it continues a count that stands at `last`. */
function orderWord(line: string, last: number): string | null {
  const m = ORDER_WORD.exec(line)
  return m && FOLLOWS[m[1]](last) ? m[0] : null
}
