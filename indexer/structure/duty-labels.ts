/**
 * The labels a plan prints after a task to say who carries it out and by when: `牵头单位：机关党委`, `责任科室：…`,
 * `配合单位：…`, `完成时限：2024年12月`, each a line of its own under the clause or set apart in its line by spaces.
 * They are the clause's own text, each label a field of it: joined to the line above as a wrapped sentence, or their
 * spaces closed up as a PDF's, they ran together (`机关党委责任科室：组织人事科完成时限：…`).
 */
export const DUTY_LABEL = /^(?:(?:牵头|责任|配合|协办|主办|承办|参与)(?:单位|科室|部门|处室|领导|人)|(?:完成|办结)(?:时限|时间)|时间节点|进度安排)\s*[:：]/
