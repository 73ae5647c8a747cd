import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

describe('parseDocument on a plan copied from a sharing site’s preview with its 此处隐藏N字 markers', () => {
  it('drops the marker on its own line and in a sentence, keeping the clause text around it', () => {
    const text = [
      '某县教育局2024年教育工作要点',
      '一、全面加强党的建设',
      '1.深化理论武装。健全第一议题制度。',
      '---此处隐藏3210字,下载后查看---',
      '2.加强基层党组织建设。推进全覆盖，……此处隐藏：1234字，全部文档内容请下载后查看……培育示范校5所。',
      '二、推进教育优质均衡',
      '3.扩大学前教育资源。新增学位500个。',
    ].join('\n')
    const [plan] = parseDocument({ file: 'plan.txt', text, fields: {}, url: null })
    // Before: the first marker was a line of clause 1 and the second stood in clause 2's sentence.
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.text])).toEqual([
      ['-1-1', '1.深化理论武装。健全第一议题制度。'],
      ['-1-2', '2.加强基层党组织建设。推进全覆盖，培育示范校5所。'],
      ['-2-3', '3.扩大学前教育资源。新增学位500个。'],
    ])
  })
})
