import { describe, expect, it } from 'vitest'
import { splitAppendix } from './appendix.js'
import { splitClauses } from './clause-splitter.js'

const BODY = ['一、坚持党建引领', '1.深化理论学习。坚持第一议题制度。', '2.强化基层党建。推进党支部标准化建设。', '二、推进教育均衡', '3.实施义务教育优质均衡创建。']

describe('splitAppendix', () => {
  it('ends the body at the list of attachments and makes each attachment a segment with its number and title', () => {
    expect(splitAppendix([
      ...BODY,
      '附件：1.2024年重点任务分工表',
      '2.2024年重点项目清单',
      '附件1',
      '2024年重点任务分工表',
      '1.深化理论学习。牵头单位：组织科。',
      '附件二：2024年重点项目清单',
      '新建学校2所 规划科',
    ])).toEqual([
      { lines: BODY, appendix: null },
      { lines: ['附件：1.2024年重点任务分工表', '2.2024年重点项目清单'], appendix: null },
      { lines: ['1.深化理论学习。牵头单位：组织科。'], appendix: { number: '附件1', ordinal: 101, title: '2024年重点任务分工表' } },
      { lines: ['新建学校2所 规划科'], appendix: { number: '附件二', ordinal: 102, title: '2024年重点项目清单' } },
    ])
  })

  it('leaves a text alone whose 附件 lines come before any numbered line (a notice that wraps the plan) or that has none', () => {
    const notice = ['关于印发《2024年工作要点》的通知', '现将《2024年工作要点》印发给你们。', '附件：2024年工作要点', ...BODY]
    expect(splitAppendix(notice)).toEqual([{ lines: notice, appendix: null }])
    expect(splitAppendix(BODY)).toEqual([{ lines: BODY, appendix: null }])
  })

  it('reads a 附件 line that names one attachment over rows numbered from 1 as that attachment, not as a list of attachments', () => {
    expect(splitAppendix([...BODY, '附件：2024年全市教育重点建设项目清单', '1.新建学校2所', '2.改扩建中小学校7所'])).toEqual([
      { lines: BODY, appendix: null },
      { lines: ['1.新建学校2所', '2.改扩建中小学校7所'], appendix: { number: '附件', ordinal: 101, title: '2024年全市教育重点建设项目清单' } },
    ])
    // Without a title of its own, the line heads the list of attachments that follows it.
    expect(splitAppendix([...BODY, '附件：', '1.2024年重点任务分工表', '2.2024年重点项目清单'])).toEqual([
      { lines: BODY, appendix: null },
      { lines: ['附件：', '1.2024年重点任务分工表', '2.2024年重点项目清单'], appendix: null },
    ])
  })

  it('does not take a sentence that starts with 附件 for an attachment', () => {
    const lines = [...BODY, '附件材料须于3月底前报送市教育局，逾期不予受理。']
    expect(splitAppendix(lines)).toEqual([{ lines, appendix: null }])
  })
})

describe('splitClauses with attachments after the body', () => {
  it('keeps the last clause to its own text and numbers each attachment’s rows again under the attachment', () => {
    const plan = splitClauses([...BODY, '附件：2024年重点任务分工表', '某县教育局', '2024年2月1日', '附件', '2024年重点任务分工表', '1.深化理论学习。牵头单位：组织科。', '2.强化基层党建。牵头单位：组织科。'])
    expect(plan.records.map((r) => [r.kind, r.chapter?.number ?? null, r.chapter?.title ?? null, r.number, r.text])).toEqual([
      ['clause', '一', '坚持党建引领', 1, '1.深化理论学习。坚持第一议题制度。'],
      ['clause', '一', '坚持党建引领', 2, '2.强化基层党建。推进党支部标准化建设。'],
      ['clause', '二', '推进教育均衡', 3, '3.实施义务教育优质均衡创建。'],
      ['passage', null, null, null, '附件：2024年重点任务分工表'],
      ['clause', '附件', '2024年重点任务分工表', 1, '1.深化理论学习。牵头单位：组织科。'],
      ['clause', '附件', '2024年重点任务分工表', 2, '2.强化基层党建。牵头单位：组织科。'],
    ])
    expect(plan.numberingRestarts).toBe(true)
    expect(plan.warnings).toEqual([])
    // Offsets point into the plan text, attachments included.
    for (const r of plan.records) expect(plan.text.slice(r.start, r.end)).toBe(r.text)
  })

  it('reads a 附表 line as an attachment of its own, its rows numbered again under it and none in the last clause', () => {
    const plan = splitClauses([...BODY, '附表：2024年教育重点项目表', '1.第六中学新校区建设项目，2024年9月投入使用', '2.城区幼儿园建设项目，2024年8月完工'])
    expect(plan.records.map((r) => [r.chapter?.number ?? null, r.chapter?.title ?? null, r.number, r.text])).toEqual([
      ['一', '坚持党建引领', 1, '1.深化理论学习。坚持第一议题制度。'],
      ['一', '坚持党建引领', 2, '2.强化基层党建。推进党支部标准化建设。'],
      ['二', '推进教育均衡', 3, '3.实施义务教育优质均衡创建。'],
      ['附表', '2024年教育重点项目表', 1, '1.第六中学新校区建设项目，2024年9月投入使用'],
      ['附表', '2024年教育重点项目表', 2, '2.城区幼儿园建设项目，2024年8月完工'],
    ])
  })

  it('keeps a sentence that opens with 附表 in the clause it belongs to', () => {
    expect(splitAppendix([...BODY, '附表所列项目须于年底前完工。'])).toEqual([{ lines: [...BODY, '附表所列项目须于年底前完工。'], appendix: null }])
  })
})
