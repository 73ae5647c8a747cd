import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A plan as a document-sharing site (renrendoc.com, 2025) previews it: its page images captioned with the title and the
// page, the reader's count, the site's buttons and terms, then the text (here a line a paragraph, as the document has it;
// the site's preview runs it together, which this test does not read).
const PAGE = [
  '2025年新学期学校工作计划_第1页',
  '2025年新学期学校工作计划_第2页',
  '2025年新学期学校工作计划_第3页',
  '已阅读5页,还剩7页未读 继续免费阅读',
  '',
  '下载本文档',
  '',
  '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领',
  '',
  '文档简介',
  '',
  '一、指导思想',
  '以习近平新时代中国特色社会主义思想为统领,坚持“五育并举、融合育人”。',
  '二、主要工作',
  '1.加强党支部建设。细化“三会一课”流程。',
  '2.深化课程改革。推进跨学科主题学习。',
]

describe('parseDocument on a plan a document-sharing site previews under captioned page images', () => {
  it('reads the title from the first caption, drops the other captions, the count, the buttons and the terms, and keeps the text', () => {
    const [plan] = parseDocument({ file: 'a.txt', text: PAGE.join('\n'), fields: {}, url: null })
    expect([plan.plan.title, plan.plan.year, plan.plan.warnings]).toEqual(['2025年新学期学校工作计划', 2025, []])
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.text])).toEqual([
      ['-p1', '以习近平新时代中国特色社会主义思想为统领,坚持“五育并举、融合育人”。'],
      ['-2-1', '1.加强党支部建设。细化“三会一课”流程。'],
      ['-2-2', '2.深化课程改革。推进跨学科主题学习。'],
    ])
  })
})
