import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

describe('parseDocument on a text plan with a task table without 序号 in the middle of its body', () => {
  it('ends the table at its last row and its note, so the chapter after it keeps its numbered clauses', () => {
    const text = [
      '某县教育局2024年教育工作要点',
      '一、全面加强党的建设',
      '1.深化理论武装。健全第一议题制度。',
      '2.加强基层党组织建设。推进全覆盖。',
      '二、推进重点任务落实',
      '3.细化任务分工。各单位对照下表抓好落实。',
      '4.强化督查问效。定期通报进展。',
      '主要任务                          责任单位        完成时间',
      '扩大学前教育资源，新增学位500个    基础教育股      2024年9月',
      '推进义务教育优质均衡发展          基础教育股      2024年12月',
      '注：各责任单位于每季度末报送进展情况。',
      '三、办好人民满意的教育',
      '5.发展素质教育。开齐开足体育课。',
      '6.加强教师队伍建设。开展教师培训。',
    ].join('\n')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    // Before: the table ran to the end of the body, and 三、 with clauses 5 and 6 were table passages under no chapter.
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      ['一', 1, '1.深化理论武装。健全第一议题制度。'],
      ['一', 2, '2.加强基层党组织建设。推进全覆盖。'],
      ['二', 3, '3.细化任务分工。各单位对照下表抓好落实。'],
      ['二', 4, '4.强化督查问效。定期通报进展。'],
      ['三', 5, '5.发展素质教育。开齐开足体育课。'],
      ['三', 6, '6.加强教师队伍建设。开展教师培训。'],
      [null, null, '主要任务 责任单位 完成时间'],
      [null, null, '扩大学前教育资源，新增学位500个 基础教育股 2024年9月'],
      [null, null, '推进义务教育优质均衡发展 基础教育股 2024年12月'],
      [null, null, '注：各责任单位于每季度末报送进展情况。'],
    ])
    expect(plan.clauses.find((c) => c.number === 5)?.chapter?.title).toBe('办好人民满意的教育')
  })
})
