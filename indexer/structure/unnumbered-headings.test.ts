import { describe, expect, it } from 'vitest'
import { splitClauses } from './clause-splitter.js'

const records = (lines: string[]) => splitClauses(lines).records.map((r) => [r.kind, r.chapter && [r.chapter.number, r.chapter.title], r.number, r.text])

describe('chapters headed by their title alone', () => {
  it('reads short title lines over numbered clauses as chapters, instead of running each into the clause above', () => {
    expect(records([
      '加强党的建设',
      '1.深化理论学习。坚持第一议题制度。',
      '2.强化基层党建。推进党支部标准化建设。',
      '推进教育均衡发展',
      '3.实施义务教育优质均衡创建。新建学校2所。',
      '建设高素质教师队伍',
      '4.加强师德师风建设。完善师德考核。',
    ])).toEqual([
      ['clause', ['', '加强党的建设'], 1, '1.深化理论学习。坚持第一议题制度。'],
      ['clause', ['', '加强党的建设'], 2, '2.强化基层党建。推进党支部标准化建设。'],
      ['clause', ['', '推进教育均衡发展'], 3, '3.实施义务教育优质均衡创建。新建学校2所。'],
      ['clause', ['', '建设高素质教师队伍'], 4, '4.加强师德师风建设。完善师德考核。'],
    ])
  })

  it('takes no single short line for a chapter: one is no pattern', () => {
    expect(records(['1.深化理论学习。', '坚持第一议题制度', '2.强化基层党建。'])).toEqual([
      ['clause', null, 1, '1.深化理论学习。\n坚持第一议题制度'],
      ['clause', null, 2, '2.强化基层党建。'],
    ])
  })

  it('leaves short lines alone in a plan that numbers its chapters, and never takes a sentence for a title', () => {
    expect(records(['一、加强党的建设', '1.深化理论学习。', '坚持第一议题制度', '2.强化基层党建。', '完善制度机制', '3.严格作风。'])).toEqual([
      ['clause', ['一', '加强党的建设'], 1, '1.深化理论学习。\n坚持第一议题制度'],
      ['clause', ['一', '加强党的建设'], 2, '2.强化基层党建。\n完善制度机制'],
      ['clause', ['一', '加强党的建设'], 3, '3.严格作风。'],
    ])
    expect(records(['1.深化理论学习。', '全年完成培训。', '2.强化基层党建。', '按期完成换届。', '3.严格作风。'])).toEqual([
      ['clause', null, 1, '1.深化理论学习。\n全年完成培训。'],
      ['clause', null, 2, '2.强化基层党建。\n按期完成换届。'],
      ['clause', null, 3, '3.严格作风。'],
    ])
  })
})

describe('chapters headed by their title alone, against wrapped text', () => {
  it('keeps the tail of a sentence a PDF wrapped with its clause, even where two such tails stand before clauses', () => {
    expect(records(['1.深化理论学习。坚持第一议题制度，深入学习贯彻', '党的二十大精神', '2.强化基层党建。推进党支部标准化建设，全面提升', '组织力和凝聚力', '3.严格作风。'])).toEqual([
      ['clause', null, 1, '1.深化理论学习。坚持第一议题制度，深入学习贯彻\n党的二十大精神'],
      ['clause', null, 2, '2.强化基层党建。推进党支部标准化建设，全面提升\n组织力和凝聚力'],
      ['clause', null, 3, '3.严格作风。'],
    ])
  })
})
