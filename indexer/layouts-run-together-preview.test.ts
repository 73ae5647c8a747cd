import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school plan as a document-sharing site (renrendoc.com, max.book118.com, 2025) previews it: under its page captions
// and buttons the whole text runs together on one line, the first chapter glued to the title and each title glued to
// its text, no space anywhere.
const CHAPTERS = [
  '2025年学校工作计划_第1页',
  '已阅读3页,还剩5页未读 继续免费阅读',
  '下载本文档',
  '2025年学校工作计划一、指导思想以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。'
    + '二、工作目标1.办学质量稳步提升，中考成绩保持全县前列。2.师资队伍建设取得新进展，培养县级骨干教师5名。'
    + '三、主要工作（一）加强党建引领1.落实“第一议题”制度，每月组织一次集中学习。2.开展“党员示范岗”创建活动。',
]

const DECIMAL_OUTLINE = [
  '2025年学校工作计划_第1页',
  '下载本文档',
  '2025年学校工作计划第一章指导思想1.1坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。1.2落实立德树人根本任务，发展素质教育。'
    + '第二章工作目标2.1教育教学质量稳步提升，中考成绩保持全县前列。2.2教师队伍建设取得新进展。',
]

const records = (text: string[]) => {
  const [plan] = parseDocument({ file: 'a.txt', text: text.join('\n'), fields: {}, url: null })
  return { warnings: plan.plan.warnings, clauses: plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.heading, c.text]) }
}

describe('parseDocument on a plan a sharing site previews as one run-together line', () => {
  it('reads the 一、 glued to the title as the first chapter, ends its standard title 指导思想 before its text, and the 1. items as clauses', () => {
    // Before: p1 was 2025年学校工作计划一、指导思想以习近平…, the title and the first chapter's heading in its text.
    expect(records(CHAPTERS)).toEqual({
      warnings: [],
      clauses: [
        ['-p1', '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务', '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。'],
        ['-2-1', '办学质量稳步提升，中考成绩保持全县前列', '1.办学质量稳步提升，中考成绩保持全县前列。'],
        ['-2-2', '师资队伍建设取得新进展，培养县级骨干教师5名', '2.师资队伍建设取得新进展，培养县级骨干教师5名。'],
        ['-3-1', '落实“第一议题”制度，每月组织一次集中学习', '1.落实“第一议题”制度，每月组织一次集中学习。'],
        ['-3-2', '开展“党员示范岗”创建活动', '2.开展“党员示范岗”创建活动。'],
      ],
    })
  })

  it('reads 第一章 glued to the title and each 1.1 glued to its chapter title as a decimal outline, not as passages', () => {
    // Before: 3 passages and the warning no_numbered_clauses; 1.1 and 2.1 ran on in their chapter's line.
    expect(records(DECIMAL_OUTLINE)).toEqual({
      warnings: [],
      clauses: [
        ['-1-1', '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针', '1.1坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。'],
        ['-1-2', '落实立德树人根本任务，发展素质教育', '1.2落实立德树人根本任务，发展素质教育。'],
        ['-2-1', '教育教学质量稳步提升，中考成绩保持全县前列', '2.1教育教学质量稳步提升，中考成绩保持全县前列。'],
        ['-2-2', '教师队伍建设取得新进展', '2.2教师队伍建设取得新进展。'],
      ],
    })
  })

  it('leaves 统一、, a decimal quantity and a date in a run-together preamble in its sentence', () => {
    const text = [
      '2025年学校工作计划',
      '2025年学校工作计划 本学期学校坚持统一、规范管理，生均公用经费提高至2.1倍以上，2025年3月1日起实行新作息。'
        + '一、指导思想以习近平新时代中国特色社会主义思想为指导，落实立德树人根本任务。二、工作目标1.办学质量稳步提升，优秀率达到2.1%以上。2.培养县级骨干教师5名。',
    ]
    expect(records(text).clauses.map(([id, , body]) => [id, body])).toEqual([
      ['-p1', '本学期学校坚持统一、规范管理，生均公用经费提高至2.1倍以上，2025年3月1日起实行新作息。'],
      ['-p2', '以习近平新时代中国特色社会主义思想为指导，落实立德树人根本任务。'],
      ['-2-1', '1.办学质量稳步提升，优秀率达到2.1%以上。'],
      ['-2-2', '2.培养县级骨干教师5名。'],
    ])
  })
})
