import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

describe('parseDocument on a text plan with a task table without 序号 in the middle of its body', () => {
  it('ends the table at its last row and its note, keeps its rows under chapter 二 where it stands as passages labelled by their columns, and the chapter after it keeps its numbered clauses', () => {
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
    // Then each row was a passage with its cells apart (扩大学前教育资源，新增学位500个 基础教育股 2024年9月), the head one too:
    // now each row is labelled by its columns, so the unit and the date read as what they are.
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.number ?? null, c.number, c.text])).toEqual([
      ['-1-1', '一', 1, '1.深化理论武装。健全第一议题制度。'],
      ['-1-2', '一', 2, '2.加强基层党组织建设。推进全覆盖。'],
      ['-2-3', '二', 3, '3.细化任务分工。各单位对照下表抓好落实。'],
      ['-2-4', '二', 4, '4.强化督查问效。定期通报进展。'],
      ['-p1', '二', null, '扩大学前教育资源，新增学位500个。责任单位：基础教育股；完成时间：2024年9月。'],
      ['-p2', '二', null, '推进义务教育优质均衡发展。责任单位：基础教育股；完成时间：2024年12月。'],
      ['-p3', '二', null, '注：各责任单位于每季度末报送进展情况。'],
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
      ['-p1', '二 推进重点任务落实', null, '扩大学前教育资源，新增学位500个。责任单位：基础教育股；完成时间：2024年9月。'],
      ['-p2', '二 推进重点任务落实', null, '推进义务教育优质均衡发展。责任单位：基础教育股；完成时间：2024年12月。'],
      ['-p3', '二 推进重点任务落实', null, '注：各责任单位于每季度末报送进展情况。'],
      ['-3-3', '三 办好人民满意的教育', 3, '3.发展素质教育。开齐开足体育课。'],
      ['-3-4', '三 办好人民满意的教育', 4, '4.加强教师队伍建设。开展教师培训。'],
    ])
    expect(plan.clauses.filter((c, k) => plan.text.slice(c.start, c.end) !== c.text || (k > 0 && plan.clauses[k - 1].end >= c.start))).toEqual([])
  })
})

describe('parseDocument on a text plan with a 序号 task table in the middle of its body', () => {
  const PLAN = (table: string[]) => [
    '某市教育局2024年教育工作要点',
    '一、加强党的全面领导',
    '1.深化理论武装。全年开展集中学习研讨12次以上。',
    '二、推进基础教育优质均衡发展',
    '1.扩大优质学前教育资源。新建、改扩建公办幼儿园6所。',
    '2.明确重点任务分工。各单位按照下表抓好落实。',
    ...table,
    '三、建设高素质专业化教师队伍',
    '1.加强师德师风建设。开展师德专题教育。',
    '2.深化“县管校聘”改革。全年交流轮岗教师800名以上。',
    '四、强化教育发展保障',
    '1.加大经费投入。落实“两个只增不减”要求。',
  ].join('\n')
  const rows = (plan: ReturnType<typeof parseDocument>[number]) => plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.number ?? null, c.number, c.text])
  const AFTER = [
    ['-3-1', '三', 1, '1.加强师德师风建设。开展师德专题教育。'],
    ['-3-2', '三', 2, '2.深化“县管校聘”改革。全年交流轮岗教师800名以上。'],
    ['-4-1', '四', 1, '1.加大经费投入。落实“两个只增不减”要求。'],
  ]

  it('ends the table, one row a line, where 三、 resumes the body, its passages under 二 where it stands', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN(['序号 重点任务 牵头单位 完成时限', '1 新建改扩建公办幼儿园6所 基础教育科 2024年12月', '2 新组建紧密型教育集团5个 基础教育科 2024年9月']), fields: {}, url: null })
    // Before: the table ran to the end of the body, its passages under no chapter: -p3 read 2 新组建紧密型教育集团5个
    // 基础教育科 2024年9月 三、建设高素质专业化教师队伍 1.加强师德师风建设。… and chapters 三 and 四 had no clause.
    expect(rows(plan)).toEqual([
      ['-1-1', '一', 1, '1.深化理论武装。全年开展集中学习研讨12次以上。'],
      ['-2-1', '二', 1, '1.扩大优质学前教育资源。新建、改扩建公办幼儿园6所。'],
      ['-2-2', '二', 2, '2.明确重点任务分工。各单位按照下表抓好落实。'],
      ['-p1', '二', null, '新建改扩建公办幼儿园6所。牵头单位：基础教育科；完成时限：2024年12月。'],
      ['-p2', '二', null, '新组建紧密型教育集团5个。牵头单位：基础教育科；完成时限：2024年9月。'],
      ...AFTER,
    ])
    expect(plan.clauses.filter((c, k) => plan.text.slice(c.start, c.end) !== c.text || (k > 0 && plan.clauses[k - 1].end >= c.start))).toEqual([])
  })

  it('ends a table of one cell a line, under its title and over its note, where 三、 resumes the body', () => {
    const table = ['重点任务分工表', '序号', '重点任务', '牵头单位', '完成时限', '1', '新建改扩建公办幼儿园6所', '基础教育科', '2024年12月', '2', '新组建紧密型教育集团5个', '基础教育科', '2024年9月', '注：各牵头单位于每季度末报送进展情况。']
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN(table), fields: {}, url: null })
    expect(rows(plan).slice(3)).toEqual([
      ['-p1', '二', null, '重点任务分工表'],
      ['-p2', '二', null, '新建改扩建公办幼儿园6所。牵头单位：基础教育科；完成时限：2024年12月。'],
      ['-p3', '二', null, '新组建紧密型教育集团5个。牵头单位：基础教育科；完成时限：2024年9月。'],
      ['-p4', '二', null, '注：各牵头单位于每季度末报送进展情况。'],
      ...AFTER,
    ])
    expect(plan.clauses.filter((c, k) => plan.text.slice(c.start, c.end) !== c.text || (k > 0 && plan.clauses[k - 1].end >= c.start))).toEqual([])
  })
})

describe('parseDocument on a 序号 task table one row a line that the chapter\'s next clause follows', () => {
  it('ends the table at 3.强化督查问效。, the next clause, not a row of it, as the cleaner ends its rows', () => {
    const text = ['某市教育局2024年教育工作要点', '一、加强党的全面领导', '1.深化理论武装。全年开展集中学习研讨12次以上。', '2.明确重点任务分工。各单位按照下表抓好落实。', '序号 重点任务 牵头单位 完成时限', '1 新建改扩建公办幼儿园6所 基础教育科 2024年12月', '2 新组建紧密型教育集团5个 基础教育科 2024年9月', '3.强化督查问效。定期通报进展。', '二、强化教育发展保障', '4.加大经费投入。落实“两个只增不减”要求。'].join('\n')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    // Before: -p3 read 2 新组建紧密型教育集团5个 基础教育科 2024年9月 3.强化督查问效。定期通报进展。 and clause 3 was lost.
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.number ?? null, c.number, c.text]).slice(2)).toEqual([
      ['-p1', '一', null, '新建改扩建公办幼儿园6所。牵头单位：基础教育科；完成时限：2024年12月。'],
      ['-p2', '一', null, '新组建紧密型教育集团5个。牵头单位：基础教育科；完成时限：2024年9月。'],
      ['-1-3', '一', 3, '3.强化督查问效。定期通报进展。'],
      ['-2-4', '二', 4, '4.加大经费投入。落实“两个只增不减”要求。'],
    ])
  })
})
