import { describe, expect, it } from 'vitest'
import { findTocBlocks } from './plan-splitter.js'

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
