import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'
import { readDocument } from './read/read-document.js'
import type { LayoutExpectation } from '../test/fixtures/layouts/render-layouts.js'

const DIR = 'test/fixtures/layouts'
const rendered: LayoutExpectation[] = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8'))
/** Documents written by hand in a layout each, beside the ones rendered from source plans. */
const handmade: Pick<LayoutExpectation, 'file' | 'metadata' | 'clauses'>[] = JSON.parse(readFileSync(join(DIR, 'handmade', 'expectations.json'), 'utf8'))
const expectations = [...rendered, ...handmade.map((e) => ({ ...e, file: `handmade/${e.file}` }))]

/** Each document read as the indexer reads it (encoding detected; .html, .md and .docx through their readers), then parsed. */
const parsed = new Map<string, ParsedPlan[]>()
beforeAll(async () => {
  for (const { file } of expectations) {
    const doc = await readDocument(join(DIR, file))
    parsed.set(file, parseDocument({ file, text: doc.text, fields: doc.fields, url: doc.url }))
  }
})

const clausesOf = (file: string) =>
  parsed
    .get(file)!
    .flatMap((p) => p.clauses)
    .filter((c) => c.number !== null)
    .map((c) => [c.chapter?.number ?? null, c.number, c.heading.slice(0, 8)])

describe('parseDocument on documents laid out as real copies reach us', () => {
  it('has at least 30 layout documents', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(30)
  })

  it.each(expectations.map((e) => [e.file, e] as const))('finds every numbered clause of %s with its chapter and number', (file, e) => {
    expect(clausesOf(file)).toEqual(e.clauses)
  })

  it.each(expectations.map((e) => [e.file, e] as const))('reads the title, place, year and 文号 of %s', (file, e) => {
    const plans = parsed.get(file)!
    expect(plans).toHaveLength(1)
    const { title, city, province, year, docNumber } = plans[0].plan
    const want = e.metadata
    expect({ title, city, province, year, docNumber }).toEqual({
      title: want.title,
      city: want.city,
      province: want.province,
      year: want.year,
      docNumber: want.docNumber,
    })
  })

  // A handmade document states its issuer and publish date as its expectation gives them; a rendered web copy is
  // published the day after the source plan it records, so only the handmade ones are checked here.
  it.each(handmade.map((e) => [`handmade/${e.file}`, e] as const))('reads the issuer and publish date of %s', (file, e) => {
    const { issuer, publishDate } = parsed.get(file)![0].plan
    expect({ issuer, publishDate }).toEqual({ issuer: e.metadata.issuer, publishDate: e.metadata.publishDate })
  })
})

describe('parseDocument on PDF page furniture inside the text', () => {
  it('drops the title repeated as a running page header and joins a line wrapped before a quantity', () => {
    const file = 'handmade/hengyang-2024-pdf-running-header.txt'
    const [plan] = parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })
    expect(plan.clauses.find((c) => c.number === 1)!.text).toBe('1．加强思想政治教育。推进大中小学思政课一体化建设，打造思政“金课”20堂，开展“红色湘南”研学实践活动。')
    expect(plan.clauses.find((c) => c.number === 3)!.text).toBe('3．加强心理健康教育。建立学生心理健康“一生一策”档案，配齐专兼职心理健康教师。')
  })

  it('keeps a phrase broken by a PDF wrap searchable in the clause text (高质 量发展, 2022 年)', () => {
    const file = 'shaoguan-2023-yaodian--flat-spaced.txt'
    const plans = parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })
    const text = plans.flatMap((p) => p.clauses).map((c) => c.text).join('\n')
    for (const phrase of ['推动全市教育高质量发展', '新增公办学位3600个', '做好2023年高考', '完善“护学岗”机制']) expect(text).toContain(phrase)
    expect(text).not.toMatch(/[-—] ?\d+ ?[-—]/)
  })
})

describe('parseDocument on a GBK copy of a PDF with page numbers and a running header between its lines', () => {
  it('joins the two halves of a sentence a page break cut, with no page number or header in any clause', async () => {
    const doc = await readDocument(join(DIR, 'handmade', 'nanyang-2024-gbk-pdf-page-numbers.txt'))
    const [plan] = parseDocument({ file: 'nanyang.txt', text: doc.text, fields: doc.fields, url: doc.url })
    expect(plan.clauses.filter((c) => c.chapter?.number !== '三' && c.number === 2).map((c) => c.text)).toEqual([
      '（二）加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效，培育党建工作示范校20所。',
      '（二）推进县域义务教育优质均衡。深化集团化办学改革，新组建紧密型教育集团10个，县域内城乡学校结对帮扶实现全覆盖。',
    ])
    for (const c of plan.clauses) expect(c.text).not.toMatch(/—|南阳市教育局/)
  })
})

describe('parseDocument on a flattened head with the 文号 after the title', () => {
  const parse = (file: string) => parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })

  it('takes the 文号 as the document number and keeps it, the issuer and the date out of every record', () => {
    const [zhuzhou] = parse('handmade/zhuzhou-2024-flat-head-number-after-title.txt')
    expect([zhuzhou.plan.title, zhuzhou.plan.docNumber, zhuzhou.plan.issuer, zhuzhou.plan.publishDate]).toEqual(['株洲市教育局2024年教育工作要点', '株教发〔2024〕3号', '株洲市教育局', '2024-02-20'])
    expect(zhuzhou.clauses.filter((c) => c.number === null).map((c) => c.text)).toEqual([
      '2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，加快建设教育强市。',
    ])
    const [ezhou] = parse('handmade/ezhou-2024-flat-notice-number-after-title.txt')
    expect(ezhou.plan.docNumber).toBe('鄂州教发〔2024〕2号')
    expect(ezhou.clauses.filter((c) => c.number === null).map((c) => c.text)).toEqual([
      '关于印发《鄂州市2024年教育工作要点》的通知',
      '各区教育局，市直各学校：现将《鄂州市2024年教育工作要点》印发给你们，请认真贯彻执行。',
    ])
    for (const c of [...zhuzhou.clauses, ...ezhou.clauses]) expect(c.text).not.toMatch(/〔2024〕\d+号|2024年[12]月\d+日$/)
  })
})

describe('parseDocument on chapters of prose without clause numbering', () => {
  const parse = (file: string) => parseDocument({ file: `handmade/${file}`, text: readFileSync(join(DIR, 'handmade', file), 'utf8'), fields: {}, url: null })
  const places = (file: string) => parse(file)[0].clauses.map((c) => `${c.chapter?.number ?? '-'} ${c.number === null ? `第${c.paragraph ?? '?'}段` : `第${c.number}条`}`)

  it('gives each paragraph under 第一章…第五章 a record with its chapter and its place in the chapter', () => {
    const [plan] = parse('xinyu-2024-chapters-of-prose.txt')
    expect(places('xinyu-2024-chapters-of-prose.txt')).toEqual([
      '第一章 第1段', '第一章 第2段', '第二章 第1段', '第二章 第2段', '第二章 第3段', '第三章 第1段', '第三章 第2段',
      '第四章 第1段', '第四章 第2段', '第四章 第3段', '第五章 第1段', '第五章 第2段',
    ])
    const second = plan.clauses[1]
    expect([second.id, second.chapter, second.paragraph, second.heading, second.text]).toEqual([
      `${plan.plan.id}-p2`, { number: '第一章', title: '总体要求' }, 2, '到2025年，全市义务教育学校办学条件全面达标，城乡、校际差距明显缩小',
      '到2025年，全市义务教育学校办学条件全面达标，城乡、校际差距明显缩小；到2027年，全市所有县区通过国家义务教育优质均衡发展督导评估。',
    ])
    expect([plan.plan.clauseCount, plan.plan.passageCount, plan.plan.warnings!.map((w) => w.message)]).toEqual([
      0, 12, ['正文有 12 段文字，但没有找到编号条款：全部作为无编号段落索引，其中 12 段按所在章、节中的段次引用（第几段）。'],
    ])
  })

  it('reads 一、 heading lines over paragraphs as chapters, not as one clause each', () => {
    const [plan] = parse('pingxiang-2024-cn-chapters-of-prose.txt')
    expect(places('pingxiang-2024-cn-chapters-of-prose.txt')).toEqual([
      '一 第1段', '二 第1段', '二 第2段', '三 第1段', '三 第2段', '三 第3段', '四 第1段', '四 第2段', '五 第1段',
    ])
    expect(plan.plan.levels).toEqual([{ marker: '一、', role: 'chapter', count: 5 }])
    expect(plan.clauses[4]).toMatchObject({ chapter: { number: '三', title: '重点任务' }, paragraph: 2, text: '组织开展校园足球、篮球、排球联赛，每年举办全市中小学生田径运动会。' })
  })

  it('keeps the numbered clauses of a mixed plan and gives only its chapters of prose paragraph places', () => {
    expect(places('yingtan-2024-mixed-prose-and-clauses.txt')).toEqual(['一 第1段', '一 第2段', '二 第1条', '二 第2条', '二 第3条', '三 第1段', '三 第2段'])
  })
})

describe('parseDocument on clause numbering in other styles', () => {
  const parse = (file: string, text = readFileSync(join(DIR, file), 'utf8')) => parseDocument({ file, text, fields: {}, url: null })

  it('reports each plan’s levels with its clause level printed as the plan prints it', () => {
    const levels = (file: string) => parse(`handmade/${file}`)[0].plan.levels!.map((l) => `${l.role} ${l.marker}`).join(' › ')
    expect(
      ['yueyang-2024-full-width-digits', 'yichang-2024-full-width-paren-hard-wrap', 'jiujiang-2023-circled-clauses', 'liuzhou-2024-parenthesized-digits', 'baoding-2023-digit-full-stop', 'wuhu-2024-half-paren', 'weifang-2024-half-paren-full-width', 'nanchong-2024-circled-items'].map((f) => levels(`${f}.txt`)),
    ).toEqual([
      'chapter 一、 › section （一） › clause 1.',
      'chapter 一、 › section （一） › clause （1）',
      'chapter 一、 › clause ①',
      'chapter 一、 › section （一） › clause ⑴',
      'chapter 一、 › clause ⒈',
      'chapter 一、 › section （一） › clause 1)',
      'chapter 一、 › clause 1）',
      'chapter 一、 › clause 1. › item ①',
    ])
  })

  it('gives a plan in full-width digits the clauses, headings and offsets of the same plan in ASCII digits, keeping its own text', () => {
    const file = 'handmade/yueyang-2024-full-width-digits.txt'
    const wide = readFileSync(join(DIR, file), 'utf8')
    const ascii = wide.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    const fold = (text: string) => text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    const [w] = parse(file, wide)
    const [a] = parse(file, ascii)
    expect(w.clauses.map((c) => [c.id, c.number, c.chapter, c.section, fold(c.heading), fold(c.text), c.start, c.end])).toEqual(
      a.clauses.map((c) => [c.id, c.number, c.chapter, c.section, c.heading, c.text, c.start, c.end]),
    )
    expect(w.clauses.find((c) => c.number === 1)!.text).toBe('１．深入学习贯彻党的二十大精神\n健全“第一议题”制度，全年组织理论学习中心组集中学习不少于１２次。')
    for (const c of w.clauses) expect(w.text.slice(c.start, c.end)).toBe(c.text)
  })

  it('joins the lines a PDF wrapped inside （１） clauses and never glues the next （２） to them', () => {
    const [plan] = parse('handmade/yichang-2024-full-width-paren-hard-wrap.txt')
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => c.text)).toEqual([
      '（１）推进思政课一体化建设。建设思政课示范课堂５０节，组织开展“大思政课”实践教学活动。',
      '（２）加强心理健康教育。建立学生心理健康“一生一策”档案，配齐专兼职心理健康教师。',
      '（３）加强体育美育工作。确保中小学生每天校内体育活动时间不少于１小时，全市学生体质健康优良率达到５５％以上。',
      '（４）深化劳动教育。建设市级劳动教育实践基地１０个。',
      '（５）实施学位扩容工程。新建、改扩建中小学校２２所，新增学位１．８万个，全面消除大班额。',
      '（６）提高特殊教育保障水平。适龄残疾儿童少年义务教育入学率达到９７％以上。',
      '（７）提升课后服务质量。课后服务学校覆盖率保持１００％，学生参与率达到９５％以上。',
      '（８）规范校外培训。严格校外培训机构审批和日常监管。',
    ])
  })

  it('keeps circled points inside their clause: one per line where the plan put them so, in the sentence where it ran them in', () => {
    const [plan] = parse('handmade/nanchong-2024-circled-items.txt')
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => [c.number, c.heading, c.text])).toEqual([
      [1, '深入学习贯彻党的二十大精神', '1.深入学习贯彻党的二十大精神。重点抓好以下工作：\n①健全“第一议题”制度，推动理论学习走深走实\n②开展主题教育“回头看”，巩固主题教育成果\n③实施青年教师理论素养提升计划'],
      [2, '加强基层党组织建设', '2.加强基层党组织建设。推进“一校一品”党建品牌创建，①培育示范校10所，②打造党建品牌20个。'],
      [3, '扩大优质学前教育资源', '3.扩大优质学前教育资源。年内完成：\n①新建、改扩建公办幼儿园12所，\n②新增公办学位3600个，\n③公办园在园幼儿占比达到55%以上。'],
      [4, '推进义务教育优质均衡发展', '4.推进义务教育优质均衡发展。重点做好三项工作：①深化集团化办学；②实施强校工程；③加强乡村小规模学校建设。'],
      [5, '促进普通高中特色发展', '5.促进普通高中特色发展。支持建设特色高中5所。'],
    ])
  })

  it('gives clauses numbered ① again in each chapter ids and chapters that tell them apart (九江)', () => {
    const [plan] = parse('handmade/jiujiang-2023-circled-clauses.txt')
    expect(plan.numberingRestarts).toBe(true)
    const clause = plan.clauses.find((c) => c.chapter?.number === '二' && c.number === 2)!
    expect([clause.id, clause.heading, clause.text]).toEqual([
      `${plan.plan.id}-2-2`, '推进义务教育优质均衡', '②推进义务教育优质均衡。深化集团化办学，新组建教育集团6个。',
    ])
  })
})

describe('parseDocument on a plan in parts (第一部分 2023年工作回顾, 第二部分 2024年工作要点)', () => {
  it('keeps each part title as a passage under no chapter, and starts the chapters again at 一 in the next part', () => {
    const file = 'handmade/pingdingshan-2024-review-and-plan-parts.txt'
    const [plan] = parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })
    // Each clause's chapter, number and first sentence (the whole line of a part title).
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, /^[^。，]*[。，]?/.exec(c.text)![0]])).toEqual([
      [null, null, '第一部分 2023年工作回顾'],
      ['一', null, '全年开展主题党日活动120场，'],
      ['二', null, '新增公办学位8600个，'],
      [null, null, '第二部分 2024年工作要点'],
      ['一', 1, '1.深化理论武装。'],
      ['一', 2, '2.加强基层党组织建设。'],
      ['二', 3, '3.扩大优质学位供给。'],
      ['二', 4, '4.深化集团化办学。'],
      ['三', 5, '5.加强师德师风建设。'],
      ['三', 6, '6.提高教师待遇保障。'],
    ])
    expect(plan.plan.levels).toEqual([
      { marker: '第一部分', role: 'part', count: 2 },
      { marker: '一、', role: 'chapter', count: 5 },
      { marker: '1.', role: 'clause', count: 6 },
    ])
  })
})

describe('parseDocument on the foot of a signed document (版记)', () => {
  const parse = async (file: string) => {
    const doc = await readDocument(join(DIR, 'handmade', file))
    return parseDocument({ file, text: doc.text, fields: doc.fields, url: doc.url })
  }

  it('ends the last clause at its own text: the signature, 抄送 and 印发 lines are in no record, and 一是…二是… stay in their clause', async () => {
    const [plan] = await parse('xuchang-2024-run-in-points-signed.txt')
    expect(plan.clauses.at(-1)!.text).toBe('7.深化教师管理改革。一是推进“县管校聘”管理改革；二是新招聘教师800名，优先补充农村学校。')
    expect(plan.clauses.find((c) => c.number === 4)!.text).toBe(
      '4.推进义务教育优质均衡。一是深化集团化办学，新组建教育集团6个；二是实施薄弱学校改造提升工程，改造校舍5万平方米；三是推进城乡学校结对帮扶全覆盖。',
    )
    for (const c of plan.clauses) expect(c.text).not.toMatch(/抄送|印发|许昌市教育局办公室/)
  })

  it('reads a notice’s one-paragraph list of attachments as part of its head: the plan opens at its title under 附件1, and 附件2’s rows end before the 抄送 line', async () => {
    const [plan] = await parse('kaifeng-2024-notice-attachment-list.txt')
    expect(plan.clauses.filter((c) => c.number === null).map((c) => c.text)).toEqual([
      '2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，落实立德树人根本任务，加快建设教育强市。',
    ])
    expect(plan.clauses.filter((c) => c.chapter?.number === '附件2').map((c) => c.text)).toEqual([
      '1.新建、改扩建公办幼儿园15所，牵头单位：规划科',
      '2.新组建教育集团8个，牵头单位：基础教育科',
      '3.培养市级骨干教师300名，牵头单位：教师工作科',
    ])
    expect(plan.plan.warnings).toEqual([])
  })
})

describe('parseDocument on full-width and half-width punctuation mixed as typed', () => {
  it('reads (一) and （二） as one section level and ends each clause heading at its first full stop, . or 。', async () => {
    const doc = await readDocument(join(DIR, 'handmade', 'jiaozuo-2024-mixed-punctuation.txt'))
    const [plan] = parseDocument({ file: 'jiaozuo.txt', text: doc.text, fields: doc.fields, url: doc.url })
    expect(plan.clauses.map((c) => [c.section, c.number, c.heading])).toEqual([
      ['（一）加强党的建设', 1, '深化理论武装'],
      ['（一）加强党的建设', 2, '推进党建品牌创建'],
      ['（二）推进思政课改革创新', 3, '建设思政课程精品课'],
      ['（二）推进思政课改革创新', 4, '开展“大思政课”实践教学'],
      ['（一）学前教育', 5, '扩大普惠资源'],
      ['（二）义务教育', 6, '推进优质均衡发展'],
      ['（二）义务教育', 7, '落实“双减”工作'],
    ])
  })
})

describe('parseDocument on plans that review one year before planning the next, and on task tables', () => {
  const parse = async (file: string) => {
    const doc = await readDocument(join(DIR, 'handmade', file))
    return parseDocument({ file, text: doc.text, fields: doc.fields, url: doc.url })
  }

  it('reads 一、2023年工作总结 and 二、2024年工作要点 as chapters and keeps each review item as a passage under its section', async () => {
    const [plan] = await parse('yongzhou-2024-summary-and-plan-title.txt')
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.section, c.number ?? c.paragraph ?? null, c.text.slice(0, 12)])).toEqual([
      ['一', null, 1, '2023年，在市委、市政'],
      ['一', '（一）党的建设全面加强', 1, '（一）党的建设全面加强。'],
      ['一', '（二）办学条件持续改善', 1, '（二）办学条件持续改善。'],
      ['一', '（三）教育质量稳步提升', 1, '（三）教育质量稳步提升。'],
      ['二', null, null, '2024年，全市教育工作'],
      ['二', '（一）坚持党建引领', 1, '1.深化理论武装。健全“'],
      ['二', '（一）坚持党建引领', 2, '2.加强基层党建。培育党'],
      ['二', '（二）推进教育优质均衡', 3, '3.扩大学前教育资源。新'],
      ['二', '（二）推进教育优质均衡', 4, '4.推进集团化办学。新组'],
      ['二', '（三）加强教师队伍建设', 5, '5.加强师德师风建设。开'],
      ['二', '（三）加强教师队伍建设', 6, '6.深化“县管校聘”改革'],
    ])
    expect(plan.clauses.find((c) => c.number === 2)!.text).toBe('2.加强基层党建。培育党建示范校20所，打造党建品牌30个。')
  })

  it('opens a plan issued as its task table at its title, and heads each area of the table as a chapter over its tasks', async () => {
    const [plan] = await parse('huaihua-2024-area-column-task-table.docx')
    expect(plan.clauses.filter((c) => c.number === null).map((c) => c.text)).toEqual(['为推动全市教育高质量发展，现将2024年教育重点工作任务分解如下，请各牵头单位按时完成。'])
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => [c.chapter?.title, c.text])).toEqual([
      ['党的建设', '1.深化理论武装，健全“第一议题”制度。牵头单位：机关党委；完成时限：2024年12月。'],
      ['党的建设', '2.培育市级党建示范校15所。牵头单位：组织人事科；完成时限：2024年11月。'],
      ['基础教育', '3.新建、改扩建公办幼儿园8所，新增公办学位2400个。牵头单位：基础教育科；完成时限：2024年9月。'],
      ['基础教育', '4.新组建城乡教育共同体6个。牵头单位：基础教育科；完成时限：2024年12月。'],
      ['基础教育', '5.课后服务覆盖率保持100%。牵头单位：基础教育科；完成时限：持续推进。'],
      ['教师队伍', '6.培养市级骨干教师300名。牵头单位：教师工作科；完成时限：2024年12月。'],
    ])
  })

  it('joins the sentence a PDF page break cut, with the page numbers in no clause', async () => {
    const [plan] = await parse('zhangjiajie-2024-two-page.pdf')
    expect(plan.clauses.find((c) => c.number === 3)!.text).toBe('3.扩大普惠性学前教育资源。新建、改扩建公办幼儿园5所，新增公办学位1500个，公办园在园幼儿占比达到60%以上。')
    for (const c of plan.clauses) expect(c.text).not.toMatch(/—/)
  })

  it('joins the sentences two page breaks cut when the running title is printed just above each page number', async () => {
    const [plan] = await parse('yichun-2024-running-title-page-of-pages.pdf')
    expect(plan.clauses.filter((c) => c.number === 2 || c.number === 4).map((c) => c.text)).toEqual([
      '2.深化清廉学校建设。创建清廉学校示范点20个，推动全面从严治党向基层延伸。',
      '4.促进义务教育优质均衡。推进集团化办学，新组建教育集团8个，覆盖农村学校60所。',
    ])
    for (const c of plan.clauses) expect(c.text).not.toMatch(/页|工作要点/)
  })
})

describe('parseDocument on government web pages and the furniture around their articles', () => {
  const parse = async (file: string) => {
    const doc = await readDocument(join(DIR, 'handmade', file))
    return parseDocument({ file, text: doc.text, fields: doc.fields, url: doc.url })
  }
  const FURNITURE = /打印|关闭|分享|上一篇|下一篇|扫一扫|阅读次数|浏览次数|字体|返回顶部|版权所有|ICP|发布时间|来源：|当前位置/
  const pages = handmade.map((e) => e.file).filter((file) => file.endsWith('.html'))

  it.each(pages)('leaves no toolbar, share bar, neighbour link, QR hint, counter or footer in any record of %s', async (file) => {
    for (const c of (await parse(file)).flatMap((p) => p.clauses)) expect(c.text).not.toMatch(FURNITURE)
  })

  it('keeps the attachment files a page links after its signature out of the last clause, as its list of attachments', async () => {
    const [plan] = await parse('huanggang-2024-attachment-links.html')
    expect(plan.clauses.find((c) => c.number === 6)!.text).toBe('6.抓好督导落实。将重点任务纳入教育督导评价，按季度通报进展情况。')
    expect(plan.clauses.filter((c) => c.number === null).map((c) => c.text).slice(1)).toEqual([
      '附件：1.黄冈市2024年教育重点工作任务分解表.doc',
      '2.黄冈市2024年教育督导评估实施细则.pdf',
    ])
  })

  it('reads the clauses of a page Word pasted in, its numbers split over spans and its indentation in &nbsp;, as typed', async () => {
    const [plan] = await parse('yibin-2024-word-spans-split-markers.html')
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => c.text).slice(0, 3)).toEqual([
      '1.加强政治建设。深入学习贯彻习近平总书记关于教育的重要论述，全年开展专题学习不少于12次。',
      '2. 加强基层党组织建设。推进中小学校党组织领导的校长负责制，培育“一校一品”党建品牌30个。',
      '3.扩大优质学前教育资源。新增公办幼儿园学位2400个，普惠性幼儿园覆盖率达到92%。',
    ])
    expect(plan.clauses.map((c) => c.chapter?.title ?? null)).toContain('促进各类教育协调发展')
  })

  it('ends a news report’s last clause at the plan’s words: the reporter’s closing paragraph, its byline and the 通讯员/编辑/审核 lines are in no record', async () => {
    const [plan] = await parse('jiaxing-2024-news-report.html')
    expect(plan.clauses.at(-1)!.text).toBe('22.加大教育投入。确保一般公共预算教育支出逐年只增不减。')
    expect(plan.clauses.map((c) => c.text).join('\n')).not.toMatch(/记者|通讯员|编辑|审核|相关负责人表示/)
    expect(plan.plan.metadataEvidence.title).toEqual({ value: '嘉兴市2024年教育工作要点', source: 'title', quote: '市教育局印发2024年全市教育工作要点' })
  })

  it('reads a lone 附件： paragraph and the files linked one to a <p> after it as the list of attachments, and no 相关链接 title in any record', async () => {
    const [plan] = await parse('yangzhou-2024-zwgk-attachments-related-links.html')
    expect(plan.clauses.filter((c) => c.chapter === null && c.number === null).map((c) => c.text).slice(1)).toEqual([
      '附件：1.扬州市2024年教育重点工作任务分解表.docx',
      '2.扬州市2024年民生实事项目清单.pdf',
    ])
    expect(plan.clauses.at(-3)!.text).toBe('20.加大教育投入。确保一般公共预算教育支出逐年只增不减。')
    expect(plan.clauses.map((c) => c.text).join('\n')).not.toMatch(/相关链接|工作总结|寒假|十四五/)
  })

  it('reads a WeChat article saved with its body hidden: the plan’s clauses under their 【一、】 chapters, with no account line, emoji line or 往期推荐 title in any record', async () => {
    const [plan] = await parse('jingzhou-2024-wechat-article.html')
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => c.chapter?.title ?? null)).toEqual([
      '坚持立德树人根本任务', '坚持立德树人根本任务', '坚持立德树人根本任务', '推动各类教育优质发展', '推动各类教育优质发展', '推动各类教育优质发展',
      '建设高素质教师队伍', '建设高素质教师队伍',
    ])
    expect(plan.clauses.find((c) => c.number === 8)!.text).toBe('8.提升教师专业能力。实施“荆州名师”培养工程，新培养市级骨干教师200名。')
    const text = plan.clauses.map((c) => c.text).join('\n')
    expect(text).not.toMatch(/关注|END|编辑|审核|往期推荐|政策问答|中考时间|在看|阅读原文|轻点两下|📚|🏫|🌟/)
  })
})


describe('parseDocument on a Word file saved in review with notes', () => {
  it('reads a moved clause once, under the chapter it was moved to, a footnote at the end of its clause, and the task table’s rows as a reader numbers them', async () => {
    const file = 'handmade/changzhou-2024-notes-moved-clause-deleted-row.docx'
    const doc = await readDocument(join(DIR, file))
    const [plan] = parseDocument({ file, text: doc.text, fields: doc.fields, url: doc.url })
    expect(plan.clauses.filter((c) => c.text.includes('巩固“双减”成果')).map((c) => [c.chapter?.number, c.number])).toEqual([['三', 10]])
    expect(plan.clauses.find((c) => c.number === 9)!.text).toBe('9.落实“五项管理”。开展作业管理专项督查，每学期通报一次。（注：“五项管理”指中小学生作业、睡眠、手机、读物、体质管理。）')
    expect(plan.clauses.filter((c) => c.chapter?.number === '附件').map((c) => c.text.slice(0, 8))).toEqual(['1.新建、改扩建', '2.新组建紧密型', '3.建成智慧校园', '4.新培养市级学'])
    expect(plan.plan.warnings).toEqual([])
  })
})
