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

/** Clauses 1–8 of a plan without chapters, as a web page or a Word file prints them. */
const TASKS = [
  '2024年，全区教育工作坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。',
  '1.深化理论武装。坚持第一议题制度，推动党的创新理论进校园。',
  '2.加强基层党建。推进中小学校党组织领导的校长负责制落地见效。',
  '3.推进学前教育普及普惠。新建改扩建公办幼儿园3所。',
  '4.促进义务教育优质均衡。深化集团化办学，新增教育集团2个。',
  '5.提升普通高中办学质量。推进普通高中多样化特色发展。',
  '6.加强教师队伍建设。实施“强师工程”，开展全员培训。',
  '7.维护校园安全稳定。开展安全隐患排查整治。',
  '8.推进教育数字化。建设智慧校园示范校5所。',
]
const SUPPORT = [
  '1.加强组织领导。各单位要把工作要点纳入年度重点工作，明确责任分工。',
  '2.强化督导考核。将工作要点落实情况纳入督导评估。',
  '3.营造良好氛围。加强宣传引导，及时总结推广典型经验。',
]
const tasks = TASKS.slice(1).map((text, i) => ['clause', null, i + 1, text])

describe('one chapter headed by its title alone, over clauses numbered again from 1', () => {
  it('reads 保障措施 after clauses 1–8 as a chapter when the clauses below it start again at 1, instead of running it and them into clause 8', () => {
    expect(records([...TASKS, '保障措施', ...SUPPORT])).toEqual([
      ['passage', null, null, TASKS[0]],
      ...tasks,
      ['clause', ['', '保障措施'], 1, SUPPORT[0]],
      ['clause', ['', '保障措施'], 2, SUPPORT[1]],
      ['clause', ['', '保障措施'], 3, SUPPORT[2]],
    ])
    const plan = splitClauses([...TASKS, '保障措施', ...SUPPORT])
    expect([plan.numberingRestarts, plan.levels, plan.warnings]).toEqual([true, [{ marker: '1.', role: 'clause', count: 11 }], []])
  })

  it('reads the title over the first run of clauses as a chapter too, once a second title shows the numbering starting again under titles', () => {
    expect(records([TASKS[0], '重点任务', ...TASKS.slice(1, 3), '加强组织领导', ...SUPPORT.slice(0, 2)])).toEqual([
      ['passage', null, null, TASKS[0]],
      ['clause', ['', '重点任务'], 1, TASKS[1]],
      ['clause', ['', '重点任务'], 2, TASKS[2]],
      ['clause', ['', '加强组织领导'], 1, SUPPORT[0]],
      ['clause', ['', '加强组织领导'], 2, SUPPORT[1]],
    ])
  })

  it('reads every title as a chapter when each one numbers its clauses again from 1', () => {
    expect(records(['加强党的建设', TASKS[1], TASKS[2], '推进教育均衡发展', '1.推进学前教育普及普惠。新建改扩建公办幼儿园3所。', '建设高素质教师队伍', '1.加强教师队伍建设。实施“强师工程”。'])).toEqual([
      ['clause', ['', '加强党的建设'], 1, TASKS[1]],
      ['clause', ['', '加强党的建设'], 2, TASKS[2]],
      ['clause', ['', '推进教育均衡发展'], 1, '1.推进学前教育普及普惠。新建改扩建公办幼儿园3所。'],
      ['clause', ['', '建设高素质教师队伍'], 1, '1.加强教师队伍建设。实施“强师工程”。'],
    ])
  })

  it('reads a title over clauses that continue the numbering as a chapter too, once another title starts the numbering again', () => {
    expect(records(['加强党的建设', TASKS[1], TASKS[2], '推进教育均衡发展', TASKS[3], '保障措施', SUPPORT[0]])).toEqual([
      ['clause', ['', '加强党的建设'], 1, TASKS[1]],
      ['clause', ['', '加强党的建设'], 2, TASKS[2]],
      ['clause', ['', '推进教育均衡发展'], 3, TASKS[3]],
      ['clause', ['', '保障措施'], 1, SUPPORT[0]],
    ])
  })
})

describe('one chapter without a number after chapters numbered 一、二、', () => {
  const numbered = ['一、加强党的建设', TASKS[1], TASKS[2], '二、推进教育均衡发展', TASKS[3]]
  const head = [
    ['clause', ['一', '加强党的建设'], 1, TASKS[1]],
    ['clause', ['一', '加强党的建设'], 2, TASKS[2]],
    ['clause', ['二', '推进教育均衡发展'], 3, TASKS[3]],
  ]

  it('reads the title closing the plan as a chapter over the clauses after it, numbered on or from 1 again', () => {
    const more = ['4.加强组织领导。明确责任分工。', '5.强化督导考核。纳入督导评估。']
    expect(records([...numbered, '保障措施', ...more])).toEqual([...head, ['clause', ['', '保障措施'], 4, more[0]], ['clause', ['', '保障措施'], 5, more[1]]])
    expect(records([...numbered, '保障措施', ...SUPPORT.slice(0, 2)])).toEqual([
      ...head,
      ['clause', ['', '保障措施'], 1, SUPPORT[0]],
      ['clause', ['', '保障措施'], 2, SUPPORT[1]],
    ])
  })

  it('keeps short lines under several chapters in their clauses: subheadings or wrapped tails, no closing chapter', () => {
    const lines = ['一、加强党的建设', TASKS[1], '学前教育', TASKS[2], '二、推进教育均衡发展', TASKS[3], '义务教育', '4.加强组织领导。明确责任分工。']
    expect(records(lines).map((r) => r[1])).toEqual([['一', '加强党的建设'], ['一', '加强党的建设'], ['二', '推进教育均衡发展'], ['二', '推进教育均衡发展']])
  })
})

describe('one short line before clauses numbered again from 1 that is no chapter title', () => {
  it('keeps the tail of a sentence a PDF wrapped off clause 8 in clause 8, with the list after it', () => {
    const wrapped = ['8.推进教育数字化。建设智慧校园示范校5所，全面推进', '教育数字化转型', ...SUPPORT]
    expect(records([...TASKS.slice(1, 8), ...wrapped])).toEqual([...tasks.slice(0, 7), ['clause', null, 8, wrapped.join('\n')]])
  })

  it('keeps an introduction with a colon, a sentence and a line too long for a title in the clause above', () => {
    for (const line of ['具体要求如下：', '各单位要认真落实。', '各单位要结合本地本校实际研究制定具体落实方案并认真组织实施到位']) {
      expect(records([...TASKS.slice(1), line, ...SUPPORT])).toEqual([...tasks.slice(0, 7), ['clause', null, 8, [TASKS[8], line, ...SUPPORT].join('\n')]])
    }
  })

  it('takes no title over clauses that continue the numbering (9, 10): one such line is no pattern', () => {
    const more = ['9.加强组织领导。明确责任分工。', '10.强化督导考核。纳入督导评估。']
    expect(records([...TASKS.slice(1), '保障措施', ...more])).toEqual([
      ...tasks.slice(0, 7),
      ['clause', null, 8, `${TASKS[8]}\n保障措施`],
      ['clause', null, 9, more[0]],
      ['clause', null, 10, more[1]],
    ])
  })
})
