/**
 * The labels a plan prints after a task to say who carries it out and by when: `牵头单位：机关党委`, `责任科室：…`,
 * `配合单位：…`, `完成时限：2024年12月`, each a line of its own under the clause or set apart in its line by spaces.
 * They are the clause's own text, each label a field of it: joined to the line above as a wrapped sentence, or their
 * spaces closed up as a PDF's, they ran together (`机关党委责任科室：组织人事科完成时限：…`).
 */
// A school's plan names the person who carries a task out: `（具体负责实施人：王老师）`, `负责人：…`, `实施部门：…`.
const LABELS = '(?:(?:牵头|责任|配合|协办|主办|承办|参与)(?:单位|科室|部门|处室|股室|领导|人)|(?:具体)?负责(?:实施|落实)?(?:人|单位|部门|科室|处室|领导)|实施(?:人|单位|部门)|(?:完成|办结)(?:时限|时间)|时间节点|进度安排)'
export const DUTY_LABEL = new RegExp(`^${LABELS}\\s*[:：]`)

/**
 * Who carries out what a heading names, printed on the heading's own line: in brackets after it
 * (`一、强化党建引领（牵头单位：局办公室）`, `深化理论武装（牵头单位：机关党委）`) or set apart by a space at its end
 * (`三、加强教师队伍建设 牵头单位：人事科`). It is no part of the title: kept there, a chapter was named by its unit,
 * and a clause's title was cut at the label's colon (`深化理论武装（牵头单位`).
 */
const DUTY_NOTE = new RegExp(`[（(]\\s*${LABELS}\\s*[:：][^（）()]*[)）]`, 'g')
// The space before the label is looked behind for, not matched: a run of spaces matched from each of its places is quadratic.
const DUTY_TAIL = new RegExp(`(?<=[ \\t\\u3000\\u00a0])${LABELS}\\s*[:：]`)

/** A heading's line without the unit it names in brackets or after a space (DUTY_NOTE): the title alone. */
export function withoutDutyNote(line: string): string {
  const noted = line.replace(DUTY_NOTE, '')
  const tail = noted.search(DUTY_TAIL)
  return tail === -1 ? noted : noted.slice(0, tail).trimEnd()
}
