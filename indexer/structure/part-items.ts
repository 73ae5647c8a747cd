/**
 * A printed part whose 一、 items are its tasks, not chapters: `第三部分 保障措施` over `一、加强组织领导。各单位要成立
 * 工作专班。` `二、强化督导考核。…` in a plan whose 一、 head chapters of clauses in the parts above (or whose clauses
 * are （一）, 1.). Each item is a sentence of its own with nothing numbered under it: read as chapters, each was a
 * chapter named by its heading whose one line was an unnumbered passage. They are the part's numbered clauses, as a
 * notice numbered 一、二、 only numbers its clauses with them, and the part's text stands under the part's title
 * (part-passages.ts), cited `保障措施 第1条`.
 *
 * Only where the plan numbers its parts (第一部分, a level above its 一、 chapters) and its clauses at some other level,
 * and only a part with two 一、 items or more, every one of them running on past its heading (runsOnPastHeading)
 * and no other marker in the part: a part of 一、 headings over clauses or paragraphs keeps them as its chapters.
 * Pure: the lines, their markers and roles in, the markers with those items read at the clause level out.
 */
import type { LevelRole } from '../types.js'
import { runsOnPastHeading } from './line-markers.js'
import type { MarkerKind, TextMarker } from './numbering.js'

export function partItemsAsClauses(lines: string[], markers: Map<number, TextMarker>, roles: Map<MarkerKind, LevelRole>, clauseKind: MarkerKind | null): Map<number, TextMarker> {
  if (clauseKind === null || clauseKind === 'cn' || roles.get('cn') !== 'chapter' || ![...roles.values()].includes('part')) return markers
  const ordered = [...markers.entries()].sort(([a], [b]) => a - b)
  const partAt = ordered.flatMap(([, m], k) => (roles.get(m.kind) === 'part' ? [k] : []))
  let out = markers
  for (const [p, from] of partAt.entries()) {
    const inPart = ordered.slice(from + 1, partAt[p + 1] ?? ordered.length)
    const items = inPart.filter(([i, m]) => m.kind === 'cn' && runsOnPastHeading(lines[i].slice(m.end)))
    if (items.length < 2 || items.length !== inPart.length) continue
    if (out === markers) out = new Map(markers)
    for (const [i, m] of items) out.set(i, { ...m, kind: clauseKind })
  }
  return out
}
