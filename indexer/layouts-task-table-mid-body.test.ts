import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

describe('parseDocument on a text plan with a task table without 序号 in the middle of its body', () => {
  it('ends the table at its last row and its note, keeps its passages under chapter 二 where it stands, and the chapter after it keeps its numbered clauses', () => {
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
    // Then (e0bc317) the table's passages came after clause 6 under no chapter; they now stay under 二 where it stands.
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.number ?? null, c.number, c.text])).toEqual([
      ['-1-1', '一', 1, '1.深化理论武装。健全第一议题制度。'],
      ['-1-2', '一', 2, '2.加强基层党组织建设。推进全覆盖。'],
      ['-2-3', '二', 3, '3.细化任务分工。各单位对照下表抓好落实。'],
      ['-2-4', '二', 4, '4.强化督查问效。定期通报进展。'],
      ['-p1', '二', null, '主要任务 责任单位 完成时间'],
      ['-p2', '二', null, '扩大学前教育资源，新增学位500个 基础教育股 2024年9月'],
      ['-p3', '二', null, '推进义务教育优质均衡发展 基础教育股 2024年12月'],
      ['-p4', '二', null, '注：各责任单位于每季度末报送进展情况。'],
      ['-3-5', '三', 5, '5.发展素质教育。开齐开足体育课。'],
      ['-3-6', '三', 6, '6.加强教师队伍建设。开展教师培训。'],
    ])
    // Each record's text stands at its offsets in the plan text, in reading order.
    expect(plan.clauses.filter((c, k) => plan.text.slice(c.start, c.end) !== c.text || (k > 0 && plan.clauses[k - 1].end >= c.start))).toEqual([])
    expect(plan.clauses.find((c) => c.number === 5)?.chapter?.title).toBe('办好人民满意的教育')
  })

  it('puts a table right under a chapter heading in that chapter, not in the chapter of the last clause above it', () => {
    const text = [
      '某县教育局2024年教育工作要点',
      '一、全面加强党的建设',
      '1.深化理论武装。健全第一议题制度。',
      '2.加强基层党组织建设。推进全覆盖。',
      '二、推进重点任务落实',
      '主要任务                          责任单位        完成时间',
      '扩大学前教育资源，新增学位500个    基础教育股      2024年9月',
      '推进义务教育优质均衡发展          基础教育股      2024年12月',
      '注：各责任单位于每季度末报送进展情况。',
      '三、办好人民满意的教育',
      '3.发展素质教育。开齐开足体育课。',
      '4.加强教师队伍建设。开展教师培训。',
    ].join('\n')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    // Before: the four passages took chapter 一 全面加强党的建设 from clause 2 above them, and no record was in 二.
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && `${c.chapter.number} ${c.chapter.title}`, c.number, c.text])).toEqual([
      ['-1-1', '一 全面加强党的建设', 1, '1.深化理论武装。健全第一议题制度。'],
      ['-1-2', '一 全面加强党的建设', 2, '2.加强基层党组织建设。推进全覆盖。'],
      ['-p1', '二 推进重点任务落实', null, '主要任务 责任单位 完成时间'],
      ['-p2', '二 推进重点任务落实', null, '扩大学前教育资源，新增学位500个 基础教育股 2024年9月'],
      ['-p3', '二 推进重点任务落实', null, '推进义务教育优质均衡发展 基础教育股 2024年12月'],
      ['-p4', '二 推进重点任务落实', null, '注：各责任单位于每季度末报送进展情况。'],
      ['-3-3', '三 办好人民满意的教育', 3, '3.发展素质教育。开齐开足体育课。'],
      ['-3-4', '三 办好人民满意的教育', 4, '4.加强教师队伍建设。开展教师培训。'],
    ])
    expect(plan.clauses.filter((c, k) => plan.text.slice(c.start, c.end) !== c.text || (k > 0 && plan.clauses[k - 1].end >= c.start))).toEqual([])
  })
})
