/**
 * A chapter whose only items are of a level the plan keeps below its clauses: `三、保障措施` over `（1）加强组织领导。…`
 * `（2）强化督导考核。…` in a plan whose other chapters number their clauses `1.` `2.`, from 1 again in each. The （1）
 * items stand in no clause: they are the chapter's own clauses, printed in another form, and read as its clauses
 * (numbered from 1, as every chapter's are). Left as items of no clause, each was a paragraph of the chapter.
 *
 * In a plan whose clauses run on through its chapters (1. … 12. across 一、二、三、) such a chapter (四、强化保障措施 over
 * （1）（2）) is read so too, its clauses numbered as printed, from 1: the plan then counts again in a chapter, and a
 * citation names it. Not where the items are a table's rows, labelled by its columns (`1.沈家门幼儿园新建工程。责任
 * 科室：计财科；…` under 三、重点项目, layouts-row-list-beside-sections): those are no part of the clauses' count.
 * Pure: the numbering and the chapter title lines in, the numbering with those items read as clauses out.
 */
import { itemsAsClauses } from './month-items.js'
import { isLabelledRow } from './table-groups.js'
import type { LineNumbering } from './plan-levels.js'

export function chapterItemsAsClauses(numbering: LineNumbering, titles: ReadonlySet<number>): LineNumbering {
  if (numbering.clauseKind === null) return numbering
  const roleAt = (i: number) => {
    const m = numbering.markers.get(i)
    return m ? numbering.roles.get(m.kind) : undefined
  }
  const heads = numbering.lines.flatMap((_, i) => (roleAt(i) === 'chapter' || titles.has(i) ? [i] : []))
  const ranges = heads.map((head, k) => {
    const end = heads[k + 1] ?? numbering.lines.length
    let stop = head + 1
    while (stop < end && roleAt(stop) !== 'part') stop++
    return [...Array(stop - head - 1).keys()].map((j) => head + 1 + j)
  })
  const firstClauses = ranges.flatMap((range) => {
    const at = range.find((i) => roleAt(i) === 'clause')
    return at === undefined ? [] : [numbering.markers.get(at)!.number]
  })
  if (firstClauses.length < 2) return numbering
  const runsOn = firstClauses.some((n) => n !== 1)
  return itemsAsClauses(numbering, ranges.filter((range) => {
    // The items must count as a chapter's clauses do: from 1.
    const first = range.find((i) => numbering.markers.has(i))
    if (first === undefined || numbering.markers.get(first)!.number !== 1) return false
    return !runsOn || !range.some((i) => numbering.markers.has(i) && isLabelledRow(numbering.lines[i]))
  }))
}
