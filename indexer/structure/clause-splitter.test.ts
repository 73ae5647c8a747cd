import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitClauses } from './clause-splitter.js'
import { parseChineseNumeral, readLineMarker } from './line-markers.js'

const brief = (lines: string[]) =>
  splitClauses(lines).records.map((r) => [r.kind, r.chapter?.number ?? null, r.section, r.number, r.heading])

describe('readLineMarker', () => {
  it('reads chapters, sections, clauses, articles and ordinal introductions', () => {
    expect(readLineMarker('一、坚持以政治建设为统领，全面加强党的建设')).toMatchObject({ kind: 'chapter', ordinal: 1, rest: '坚持以政治建设为统领，全面加强党的建设' })
    expect(readLineMarker('第三章 教师队伍')).toMatchObject({ kind: 'chapter', label: '第三章', ordinal: 3, rest: '教师队伍' })
    expect(readLineMarker('（二）提升职业教育吸引力和构建全民终身学习体系')).toMatchObject({ kind: 'section', ordinal: 2, label: '（二）' })
    expect(readLineMarker('(一)实施基础教育扩优提质工程')).toMatchObject({ kind: 'section', ordinal: 1, label: '（一）' })
    expect(readLineMarker('12.强化师德师风建设。')).toMatchObject({ kind: 'clause', style: 'dot', number: 12, rest: '强化师德师风建设。' })
    expect(readLineMarker('3、加强作风建设')).toMatchObject({ kind: 'clause', style: 'dot', number: 3 })
    expect(readLineMarker('（4）完善资助体系')).toMatchObject({ kind: 'clause', style: 'paren', number: 4 })
    expect(readLineMarker('第十二条 学校应当')).toMatchObject({ kind: 'clause', style: 'article', number: 12, rest: '学校应当' })
    expect(readLineMarker('27构建优质均衡基本公共教育服务体系。')).toMatchObject({ kind: 'clause', style: 'bare', number: 27 })
    expect(readLineMarker('二是义务教育聚焦“优质均衡”')).toMatchObject({ kind: 'ordinal-intro', ordinal: 2 })
  })

  it('does not read years, quantities or plain sentences as clause numbers', () => {
    expect(readLineMarker('2024年全市教育和体育工作要点')).toBeNull()
    expect(readLineMarker('2020年是“十三五”规划的收官之年')).toBeNull()
    expect(readLineMarker('30所公办园新建完成')).toBeNull()
    expect(readLineMarker('全市公办幼儿园在园幼儿占比达56%以上')).toBeNull()
  })

  it('parses Chinese numerals', () => {
    expect([parseChineseNumeral('一'), parseChineseNumeral('十'), parseChineseNumeral('十二'), parseChineseNumeral('二十'), parseChineseNumeral('一百零三')]).toEqual([1, 10, 12, 20, 103])
    expect(parseChineseNumeral('甲')).toBeNull()
  })
})

describe('splitClauses', () => {
  it('keeps the chapter of clauses whose numbering restarts in each chapter (长沙 2020)', () => {
    const plan = splitClauses([
      '一、把方向,加强党对教育工作的全面领导',
      '1.突出政治建设首要地位。坚持用“四个意识”导航。',
      '2.拓展思政工作广度深度。创新思政教育内容。',
      '二、抓重点,增强人民群众教育获得感',
      '1.发展更多“好而不贵”的幼儿园。新改扩建30所公办园。',
    ])
    expect(plan.numberingRestarts).toBe(true)
    expect(plan.records.map((r) => [r.chapter?.number, r.number, r.heading])).toEqual([
      ['一', 1, '突出政治建设首要地位'],
      ['一', 2, '拓展思政工作广度深度'],
      ['二', 1, '发展更多“好而不贵”的幼儿园'],
    ])
  })

  it('accepts a clause number glued to its text only as the next number (27构建…)', () => {
    const records = brief([
      '26.推进中小学技术装备标准化建设。强化实验教学装备保障。',
      '27构建优质均衡基本公共教育服务体系。实施新时代基础教育扩优提质行动。',
      '(五)职业教育提质培优工程',
      '28.提高中等职业教育办学质量。实施中职办学条件达标工程。',
    ])
    expect(records).toEqual([
      ['clause', null, null, 26, '推进中小学技术装备标准化建设'],
      ['clause', null, null, 27, '构建优质均衡基本公共教育服务体系'],
      ['clause', null, '（五）职业教育提质培优工程', 28, '提高中等职业教育办学质量'],
    ])
  })

  it('joins a heading on its own line with the body lines below it (江门 2023)', () => {
    const plan = splitClauses([
      '1.深入学习宣传贯彻党的二十大精神。',
      '学深悟透党的创新理论。全市教育系统各级党组织要以习近平新时代中国特色社会主义思想为指导。',
      '2.全面加强教育系统党的建设。',
      '提升基层党建工作质量。',
    ])
    expect(plan.records.map((r) => [r.number, r.heading, r.text])).toEqual([
      [1, '深入学习宣传贯彻党的二十大精神', '1.深入学习宣传贯彻党的二十大精神。\n学深悟透党的创新理论。全市教育系统各级党组织要以习近平新时代中国特色社会主义思想为指导。'],
      [2, '全面加强教育系统党的建设', '2.全面加强教育系统党的建设。\n提升基层党建工作质量。'],
    ])
  })

  it('makes the preamble, chapter introductions and 一是… lines unnumbered passages', () => {
    expect(
      brief([
        '2024年是全面贯彻落实党的二十大精神的关键之年。',
        '一、加强党对教体工作的全面领导',
        '全面坚持和加强党对全市教育和体育工作的领导。',
        '1.强化党的科学理论武装。坚持把习近平总书记重要指示批示作为“第一议题”。',
        '一是学前教育聚焦“普及普惠”,实施启智培德健体工程。',
        '2.全面提升党建工作质量。规范组织开展好“三会一课”。',
      ]),
    ).toEqual([
      ['passage', null, null, null, '2024年是全面贯彻落实党的二十大精神的关键之年'],
      ['passage', '一', null, null, '全面坚持和加强党对全市教育和体育工作的领导'],
      ['clause', '一', null, 1, '强化党的科学理论武装'],
      ['passage', '一', null, null, '一是学前教育聚焦“普及普惠”,实施启智培德健体工程'],
      ['clause', '一', null, 2, '全面提升党建工作质量'],
    ])
  })

  it('splits 第X条 articles and leaves （1） sub-items inside them', () => {
    expect(
      brief(['第一章 总则', '第一条 为规范校外培训，制定本办法。', '（1）学科类培训；', '第二条 本办法适用于本市。']),
    ).toEqual([
      ['clause', '第一章', null, 1, '为规范校外培训，制定本办法'],
      ['clause', '第一章', null, 2, '本办法适用于本市'],
    ])
  })

  it('numbers clauses written （1）（2） when the plan has no other numbering', () => {
    expect(brief(['（1）完善资助体系。落实学生资助政策。', '（2）加强督导。'])).toEqual([
      ['clause', null, null, 1, '完善资助体系'],
      ['clause', null, null, 2, '加强督导'],
    ])
  })

  it('turns a text with no numbering at all into passages without failing', () => {
    expect(brief(['本市将持续推进教育高质量发展，办好人民满意的教育。'])).toEqual([
      ['passage', null, null, null, '本市将持续推进教育高质量发展，办好人民满意的教育'],
    ])
    expect(splitClauses([]).records).toEqual([])
  })

  it('gives each paragraph of a chapter without numbered clauses its place in the chapter, and leaves numbered chapters as they were', () => {
    const paragraphs = (lines: string[]) =>
      splitClauses(lines).records.map((r) => [r.chapter?.number ?? null, r.section, r.number, r.paragraph ?? null, r.heading])
    expect(
      paragraphs([
        '为推进义务教育优质均衡发展，制定本方案。',
        '第一章 总体要求',
        '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。',
        '到2027年，全市所有县区通过国家义务教育优质均衡发展督导评估。',
        '第二章 主要任务',
        '第一节 扩大资源',
        '新建、改扩建义务教育学校12所。',
        '第二节 提升质量',
        '开齐开足开好国家规定课程。',
        '加强各科作业统筹，控制作业总量。',
      ]),
    ).toEqual([
      [null, null, null, null, '为推进义务教育优质均衡发展，制定本方案'],
      ['第一章', null, null, 1, '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针'],
      ['第一章', null, null, 2, '到2027年，全市所有县区通过国家义务教育优质均衡发展督导评估'],
      ['第二章', '第一节扩大资源', null, 1, '新建、改扩建义务教育学校12所'],
      ['第二章', '第二节提升质量', null, 1, '开齐开足开好国家规定课程'],
      ['第二章', '第二节提升质量', null, 2, '加强各科作业统筹，控制作业总量'],
    ])
    expect(
      paragraphs(['一、总体要求', '坚持立德树人。', '办好人民满意的教育。', '二、重点任务', '全面推进党的建设。', '1.加强党的建设。健全制度。', '2.扩大学前教育资源。新增学位。', '三、保障措施', '强化经费保障。']),
    ).toEqual([
      ['一', null, null, 1, '坚持立德树人'],
      ['一', null, null, 2, '办好人民满意的教育'],
      ['二', null, null, null, '全面推进党的建设'],
      ['二', null, 1, null, '加强党的建设'],
      ['二', null, 2, null, '扩大学前教育资源'],
      ['三', null, null, 1, '强化经费保障'],
    ])
  })

  it('reads 一、 headings over paragraphs of prose as chapters, and 一、 items that are sentences or headings over one paragraph as clauses', () => {
    const shape = (lines: string[]) => splitClauses(lines).records.map((r) => [r.chapter?.number ?? null, r.number, r.paragraph ?? null])
    expect(shape(['一、指导思想', '坚持健康第一的教育理念。', '二、工作目标', '学生体质健康优良率达到55%以上。', '培育体育传统特色学校20所。'])).toEqual([
      ['一', null, 1], ['二', null, 1], ['二', null, 2],
    ])
    expect(shape(['一、指导思想：', '坚持健康第一的教育理念。', '二、工作目标：', '学生体质健康优良率达到55%以上。', '培育体育传统特色学校20所。'])).toEqual([
      ['一', null, 1], ['二', null, 1], ['二', null, 2],
    ])
    expect(shape(['一、坚持免试就近入学。各地要科学划定招生范围。', '二、规范民办学校招生。与公办学校同步招生。'])).toEqual([[null, 1, null], [null, 2, null]])
    expect(shape(['一、指导思想', '坚持健康第一的教育理念。', '二、工作目标', '学生体质健康优良率达到55%以上。'])).toEqual([[null, 1, null], [null, 2, null]])
  })

  it('keeps signature lines (issuer, date) out of the body', () => {
    expect(brief(['长沙市教育局', '2020年2月17日)', '1.突出政治建设首要地位。坚持。'])).toEqual([
      ['clause', null, null, 1, '突出政治建设首要地位'],
    ])
  })

  it('keeps the 抄送 line of a 版记 out of the last clause and out of the last row of an attachment', () => {
    const texts = (lines: string[]) => splitClauses(lines).records.map((r) => [r.chapter?.number ?? null, r.number, r.text])
    expect(texts(['一、加强队伍建设', '7.深化教师管理改革。推进“县管校聘”管理改革。', '许昌市教育局', '2024年2月26日', '抄送：市委教育工委，市人大教科文卫工委。', '许昌市教育局办公室', '2024年2月26日印发'])).toEqual([
      ['一', 7, '7.深化教师管理改革。推进“县管校聘”管理改革。'],
    ])
    expect(texts(['1.新建学校。新建学校2所。', '附件2', '重点任务分工表', '1.新建学校2所，牵头单位：规划科', '抄 送：市委教育工委，市政府办公室。'])).toEqual([
      [null, 1, '1.新建学校。新建学校2所。'],
      ['附件2', 1, '1.新建学校2所，牵头单位：规划科'],
    ])
  })

  it('never loses or duplicates text: records and heading lines tile the plan text exactly', () => {
    const line = fc.oneof(
      fc.constantFrom('一、加强党的领导', '二、深化改革', '（一）实施工程', '1.提升质量。推进工作。', '2、强化保障', '27构建体系。', '一是聚焦普惠。', '第三条 规范办学。'),
      fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/\s/g, 'x')).filter((s) => s.length > 0),
    )
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), expectTiled))
  })

  it('never loses or duplicates text when lines are numbered １． （１） ① ⑴ ⒈ 1) 1）, alone or in a sentence', () => {
    const line = fc.oneof(
      fc.constantFrom('一、加强党的领导', '（一）实施工程', '１．提升质量。推进工作。', '（２）强化保障', '①健全制度，', '②完善机制。', '⑴深化改革；', '⒉推进集团化办学。', '3)规范办学。', '4）加强督导', '①', '重点做好：①健全制度；②完善机制。', '落实《条例》（见附件 1）要求。'),
      fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/\s/g, 'x')).filter((s) => s.length > 0),
    )
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), expectTiled))
  })
})

/** Records and heading lines tile the plan text exactly: nothing lost, nothing in two records. */
function expectTiled(lines: string[]): void {
  const plan = splitClauses(lines)
  const covered = new Array(plan.text.length).fill(0)
  for (const r of plan.records) {
    expect(plan.text.slice(r.start, r.end)).toBe(r.text)
    for (let i = r.start; i < r.end; i++) covered[i]++
  }
  expect(covered.every((n) => n <= 1)).toBe(true)
  // Every character outside records belongs to a chapter or section heading line, or is a line break.
  const lineStarts = plan.text.split('\n')
  let offset = 0
  for (const l of lineStarts) {
    const inRecord = covered[offset] === 1
    const kind = readLineMarker(l)?.kind
    if (l.length > 0 && !inRecord) expect(['chapter', 'section']).toContain(kind)
    offset += l.length + 1
  }
}

describe('splitClauses on chapter and section lines that carry text of their own', () => {
  it('names a section that runs on past its heading by its heading, and keeps its line as a passage under it', () => {
    const plan = splitClauses([
      '一、2023年工作总结',
      '（一）党的建设全面加强。开展主题教育，校长负责制实现全覆盖。',
      '（二）办学条件持续改善。新增学位1.5万个。',
      '二、2024年工作要点',
      '（一）坚持党建引领',
      '1.深化理论武装。健全“第一议题”制度。',
      '（二）加强教师队伍建设',
      '2.加强师德师风建设。开展专项整治。',
    ])
    expect(plan.records.map((r) => [r.kind, r.chapter?.number ?? null, r.section, r.number ?? r.paragraph, r.text])).toEqual([
      ['passage', '一', '（一）党的建设全面加强', 1, '（一）党的建设全面加强。开展主题教育，校长负责制实现全覆盖。'],
      ['passage', '一', '（二）办学条件持续改善', 1, '（二）办学条件持续改善。新增学位1.5万个。'],
      ['clause', '二', '（一）坚持党建引领', 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['clause', '二', '（二）加强教师队伍建设', 2, '2.加强师德师风建设。开展专项整治。'],
    ])
    for (const r of plan.records) expect(plan.text.slice(r.start, r.end)).toBe(r.text)
  })

  it('names a chapter that runs on past its heading by its heading, and keeps its line as a passage under it', () => {
    const plan = splitClauses(['一、总体要求。坚持稳中求进，推动教育高质量发展。', '二、重点任务', '1.深化理论武装。健全学习制度。', '2.加强基层党建。培育示范校。'])
    expect(plan.records.map((r) => [r.kind, r.chapter?.title ?? null, r.number, r.text])).toEqual([
      ['passage', '总体要求', null, '一、总体要求。坚持稳中求进，推动教育高质量发展。'],
      ['clause', '重点任务', 1, '1.深化理论武装。健全学习制度。'],
      ['clause', '重点任务', 2, '2.加强基层党建。培育示范校。'],
    ])
  })
})
