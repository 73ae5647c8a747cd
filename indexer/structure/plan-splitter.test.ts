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
