/**
 * What a task table's deadline and unit cells look like, by their column's name: a deadline in words or figures
 * (2024年12月, 6月底前, 全年, 2024.12), a unit's name or several (机关党委, 组织人事股、计财股), each of a shape no
 * task has. cell-lines-table.ts ends a row at such a cell; task-rows.ts tells a cell's wrapped line from the next cell.
 * Pure.
 */

/** Names of a column of deadlines. */
const TIME_COLUMN = /(时限|时间|时间节点|进度安排|时间安排)$/
const DEADLINE = /^(?:(?:19|20)\d{2}([./-])\d{1,2}(?:\1\d{1,2})?|(?:20\d{2}|\d{2})\s*年|\d{1,2}\s*月份?|\d{1,2}\s*[日号]|[上下]半年|第?[一二三四1-4]季度|年[底末内]|月[底末]|[上中下]旬|底|末|初|前|以前|之前|期间|全年|全学年|长期|持续|常态化?|每(?:年|学年|学期|季度|月|周)|学期|春季|秋季|寒假|暑假|(?:推进|坚持|完成|落实|开展)$|[—\-－~～至到、，,\s])+$/
/** Names of a column of units. */
const UNIT_COLUMN = /(单位|科室|股室|处室|部门|领导|责任人)$/
const UNIT = /^[^。；;！？!?：:]{2,40}(?:股|科|室|处|办|中心|委|局|站|部|组|校|院|会|队|园|馆|所|团|政府|单位|部门|学校|党委|党组|办公室|领导小组)(?:[（(][^）)]{1,12}[）)])?$/

/** Whether a column's cells have a shape of their own (a deadline's, a unit's): what `fitsColumn` can judge. */
export function shapedColumn(name: string): boolean {
  return TIME_COLUMN.test(name) || UNIT_COLUMN.test(name)
}

/** Whether a column names units: its cells, one a line, are several units listed. */
export function unitColumn(name: string): boolean {
  return UNIT_COLUMN.test(name)
}

/** Whether a cell has the shape its column's name asks for; true under a column whose cells have none. */
export function fitsColumn(name: string, cell: string): boolean {
  if (TIME_COLUMN.test(name)) return [...cell].length <= 24 && DEADLINE.test(cell) && /\d|[一二三四]季度|半年|全年|长期|持续|常态|每|学期|季|假/.test(cell)
  if (UNIT_COLUMN.test(name)) return UNIT.test(cell) && !/\d/.test(cell) && cell.split(/[、，,]/).every((unit) => [...unit].length <= 16)
  return true
}
