import { describe, expect, it } from 'vitest'
import { splitPlans } from './plan-splitter.js'
import { findTocBlocks } from './table-of-contents.js'

describe('findTocBlocks', () => {
  it('reads a table of contents numbered in full-width digits as its ASCII twin, titles as printed', () => {
    const ascii = ['教育工作要点汇编', '目录', '1.2024年全市教育工作要点 3', '2.2024年全区教育和体育工作要点 15', '3.2024年县教育体育工作要点 27']
    const wide = ['教育工作要点汇编', '目录', '１．2024年全市教育工作要点　３', '２．2024年全区教育和体育工作要点　１５', '３．２０２４年县教育体育工作要点　２７']
    expect(findTocBlocks(ascii)).toEqual([
      { from: 2, to: 5, entries: [{ index: 1, title: '2024年全市教育工作要点' }, { index: 2, title: '2024年全区教育和体育工作要点' }, { index: 3, title: '2024年县教育体育工作要点' }] },
    ])
    expect(findTocBlocks(wide)).toEqual([
      { from: 2, to: 5, entries: [{ index: 1, title: '2024年全市教育工作要点' }, { index: 2, title: '2024年全区教育和体育工作要点' }, { index: 3, title: '２０２４年县教育体育工作要点' }] },
    ])
  })
})

const plan = (title: string) => [title, '一、加强党的建设', '1.深化理论学习。坚持第一议题制度。', '二、推进教育均衡', '2.实施义务教育优质均衡创建。']

describe('findTocBlocks with Word’s dotted leaders', () => {
  it('reads entries without numbers, and numbered ones, whose title runs to the page through a leader', () => {
    const lines = ['目  录', '甲县教育局2024年教育工作要点……………………1', '乙县教育局2024年教育工作要点…………………… 3', '丙区教育局2024年教育工作要点..........5']
    expect(findTocBlocks(lines)).toEqual([
      { from: 1, to: 4, entries: [{ index: 1, title: '甲县教育局2024年教育工作要点' }, { index: 2, title: '乙县教育局2024年教育工作要点' }, { index: 3, title: '丙区教育局2024年教育工作要点' }] },
    ])
    expect(findTocBlocks(['1.甲县教育局2024年教育工作要点……1', '2.乙县教育局2024年教育工作要点……3'])[0].entries.map((e) => e.title)).toEqual(['甲县教育局2024年教育工作要点', '乙县教育局2024年教育工作要点'])
  })
})

describe('splitPlans on a compilation without a table of contents', () => {
  it('cuts three plans printed one after another at their titles, each starting at chapter 一 again', () => {
    const lines = [...plan('甲县教育局2024年教育工作要点'), '甲县教育局', '2024年2月1日', ...plan('乙县教育局2024年教育工作要点'), ...plan('丙区教育局2024年教育工作要点')]
    expect(splitPlans(lines).map((s) => [s.title, s.body, s.partOf])).toEqual([
      ['甲县教育局2024年教育工作要点', { from: 1, to: 7 }, { title: '甲县教育局2024年教育工作要点 / 乙县教育局2024年教育工作要点 / 丙区教育局2024年教育工作要点', index: 1, count: 3 }],
      ['乙县教育局2024年教育工作要点', { from: 8, to: 12 }, { title: '甲县教育局2024年教育工作要点 / 乙县教育局2024年教育工作要点 / 丙区教育局2024年教育工作要点', index: 2, count: 3 }],
      ['丙区教育局2024年教育工作要点', { from: 13, to: 17 }, { title: '甲县教育局2024年教育工作要点 / 乙县教育局2024年教育工作要点 / 丙区教育局2024年教育工作要点', index: 3, count: 3 }],
    ])
  })

  it('gives a plan the remark under its title (（试行）) as part of its title, and starts its body below the remark', () => {
    // Before: titled 乙县教育局2024年教育工作要点, its body from line 6, the （试行） that was its first passage.
    const [first, ...rest] = plan('乙县教育局2024年教育工作要点')
    const lines = [...plan('甲县教育局2024年教育工作要点'), first, '（试行）', ...rest, ...plan('丙区教育局2024年教育工作要点')]
    expect(splitPlans(lines).map((s) => [s.title, s.body])).toEqual([
      ['甲县教育局2024年教育工作要点', { from: 1, to: 5 }],
      ['乙县教育局2024年教育工作要点（试行）', { from: 7, to: 11 }],
      ['丙区教育局2024年教育工作要点', { from: 12, to: 16 }],
    ])
  })

  it('takes two plans under a compilation title, and keeps one plan whose notice title stands over its own', () => {
    const two = ['2024年各县区教育工作要点汇编', ...plan('甲县教育局2024年教育工作要点'), ...plan('乙县教育局2024年教育工作要点')]
    expect(splitPlans(two).map((s) => [s.title, s.partOf?.title, s.partOf?.index])).toEqual([
      ['甲县教育局2024年教育工作要点', '2024年各县区教育工作要点汇编', 1],
      ['乙县教育局2024年教育工作要点', '2024年各县区教育工作要点汇编', 2],
    ])
    const one = ['某县2024年工作计划', ...plan('某县教育局2024年教育工作要点')]
    expect(splitPlans(one).map((s) => [s.title, s.partOf])).toEqual([['某县教育局2024年教育工作要点', null]])
  })
})

/** A county's notice issuing its plan, as a compilation prints it before the plan's title. */
const notice = (county: string, number: string, date: string) => [
  `${county}教育局关于印发《${county}2024年教育工作要点》的通知`,
  number,
  '各镇（街道）中心学校，直属各学校：',
  `现将《${county}2024年教育工作要点》印发给你们，请结合实际认真贯彻落实。`,
  `${county}教育局`,
  date,
]
const body = (county: string) => [
  `${county}2024年教育工作要点`,
  '一、加强党的全面领导',
  '1.深化理论武装。坚持第一议题制度，推动党的创新理论进校园。',
  '二、推进教育优质均衡',
  `2.促进义务教育优质均衡。${county}新建改扩建学校3所。`,
]
/** Each segment's title, its header's first line, its body's first and last lines. */
const ends = (lines: string[]) =>
  splitPlans(lines).map((s) => [s.title, s.header.from < s.header.to ? lines[s.header.from] : null, lines[s.body!.from], lines[s.body!.to - 1]])

describe('splitPlans on a compilation without a table of contents whose plans each follow the notice that issues them', () => {
  it('gives each notice (title, 文号, addressees, 现将…印发, issuer, date) to the plan after it, not to the end of the plan before', () => {
    const lines = [
      ...notice('长沙县', '长县教发〔2024〕3号', '2024年2月20日'), ...body('长沙县'),
      ...notice('望城区', '望教发〔2024〕5号', '2024年2月26日'), ...body('望城区'),
      ...notice('宁乡市', '宁教发〔2024〕2号', '2024年3月1日'), ...body('宁乡市'),
    ]
    expect(ends(lines)).toEqual([
      ['长沙县2024年教育工作要点', '长沙县教育局关于印发《长沙县2024年教育工作要点》的通知', '一、加强党的全面领导', '2.促进义务教育优质均衡。长沙县新建改扩建学校3所。'],
      ['望城区2024年教育工作要点', '望城区教育局关于印发《望城区2024年教育工作要点》的通知', '一、加强党的全面领导', '2.促进义务教育优质均衡。望城区新建改扩建学校3所。'],
      ['宁乡市2024年教育工作要点', '宁乡市教育局关于印发《宁乡市2024年教育工作要点》的通知', '一、加强党的全面领导', '2.促进义务教育优质均衡。宁乡市新建改扩建学校3所。'],
    ])
    expect(splitPlans(lines).map((s) => [s.header, s.titleLine, s.body])).toEqual([
      [{ from: 0, to: 6 }, 6, { from: 7, to: 11 }],
      [{ from: 11, to: 17 }, 17, { from: 18, to: 22 }],
      [{ from: 22, to: 28 }, 28, { from: 29, to: 33 }],
    ])
  })

  it('starts the notice at the letterhead and 文号 printed over its title, and at the first half of a title a PDF wrapped', () => {
    const [, ...rest] = notice('望城区', '望教发〔2024〕5号', '2024年2月26日')
    const letterhead = ['望城区教育局文件', '望教发〔2024〕5号', '望城区教育局关于印发《望城区2024年教育工作要点》的通知', ...rest.slice(1)]
    const wrapped = ['望城区教育局关于印发《望城区2024年', '教育工作要点》的通知', ...rest]
    for (const second of [letterhead, wrapped]) {
      const lines = [...body('长沙县'), '长沙县教育局', '2024年2月20日', ...second, ...body('望城区'), ...body('宁乡市')]
      expect(ends(lines).slice(0, 2)).toEqual([
        ['长沙县2024年教育工作要点', null, '一、加强党的全面领导', '2024年2月20日'],
        ['望城区2024年教育工作要点', second[0], '一、加强党的全面领导', '2.促进义务教育优质均衡。望城区新建改扩建学校3所。'],
      ])
    }
  })

  it('leaves a plan its last lines when no notice stands before the next title, or numbered lines stand between a notice title and it', () => {
    const closing = ['三、强化保障', '3.关于印发实施方案的通知要及时转发到校。', '各学校要认真落实。']
    const lines = [...body('长沙县'), '长沙县教育局关于做好2024年教育工作的通知', ...closing, ...body('望城区'), ...body('宁乡市')]
    expect(ends(lines).slice(0, 2)).toEqual([
      ['长沙县2024年教育工作要点', null, '一、加强党的全面领导', '各学校要认真落实。'],
      ['望城区2024年教育工作要点', null, '一、加强党的全面领导', '2.促进义务教育优质均衡。望城区新建改扩建学校3所。'],
    ])
  })
})

describe('splitPlans on a notice that numbers its own requirements before the plan it issues', () => {
  const notice = ['某市教育局关于印发《某市2024年教育工作要点》的通知', '各县区教育局：', '现将《某市2024年教育工作要点》印发给你们。现就有关事项通知如下：']
  const requirements = ['1.提高思想认识。各单位要高度重视。', '2.细化任务分工。各单位要制定方案。']

  it('opens the plan at its own title below the numbered requirements, the notice its head', () => {
    const lines = [...notice, ...requirements, '某市教育局', '2024年3月8日', ...plan('某市2024年教育工作要点')]
    expect(splitPlans(lines).map((s) => [s.title, s.titleLine, s.header, s.body])).toEqual([
      ['某市2024年教育工作要点', 7, { from: 0, to: 7 }, { from: 8, to: 12 }],
    ])
  })

  it('keeps a notice that issues no plan of its own titled by itself, its numbered lines its body', () => {
    const lines = ['某市教育局关于做好2024年春季开学工作的通知', '各县区教育局：', ...requirements, '某市教育局', '2024年2月8日']
    expect(splitPlans(lines).map((s) => [s.title, s.body])).toEqual([['某市教育局关于做好2024年春季开学工作的通知', { from: 1, to: 6 }]])
  })
})
