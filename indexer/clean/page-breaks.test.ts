import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.js'
import { runningHeaderLines } from './running-header.js'

describe('cleanText on the page breaks of PDF text', () => {
  it('joins a sentence cut by a page number that has a blank line above and below it', () => {
    for (const page of ['- 1 -', '第2页 共5页', '— 3 —']) {
      const text = `1.加强思政课建设。建设“大思政课”实践教学基地\n\n${page}\n\n20个。\n\n2.扩大学前教育资源。新增公办学位3000个。`
      expect(cleanText(text).text.split('\n')).toEqual(['1.加强思政课建设。建设“大思政课”实践教学基地20个。', '2.扩大学前教育资源。新增公办学位3000个。'])
    }
  })

  it('keeps a blank line away from page numbers a paragraph break', () => {
    expect(cleanText('2024年是关键一年\n\n各单位要认真落实').text.split('\n')).toEqual(['2024年是关键一年', '各单位要认真落实'])
  })
})

describe('runningHeaderLines', () => {
  it('takes a head line printed once beside the one page number of a two-page PDF for the running header', () => {
    const lines = ['淮南市教育局', '淮教〔2024〕4号', '淮南市2024年教育工作要点', '一、加强党的建设', '1.深化理论武装。健全制度。', '2.加强基层党组织建设。推动', '— 1 —', '淮南市2024年教育工作要点', '全覆盖。']
    expect([...runningHeaderLines(lines)]).toEqual([7])
  })

  it('keeps the head’s issuer signing the last page after the page number, with its date under it', () => {
    const lines = ['淮南市教育局', '淮教〔2024〕4号', '淮南市2024年教育工作要点', '一、加强党的建设', '1.深化理论武装。健全制度。', '2.加强基层党组织建设。', '— 1 —', '淮南市教育局', '2024年3月6日']
    expect([...runningHeaderLines(lines)]).toEqual([])
  })
})
