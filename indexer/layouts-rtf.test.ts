import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'
import { readRtf } from './read/read-rtf.js'

describe('parseDocument on a plan saved by Word as RTF (GBK bytes, a \\u character, list numbers in \\listtext, a header, a footer page field and a footnote)', () => {
  it('reads the body as a .docx is read: chapters, the list numbers as printed, no header, footer or footnote text', async () => {
    const [plan] = await parseHandmade('guangyang-2024-word-rtf.rtf')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全区教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强区。'],
      ['-1-1', '一全面加强党对教育工作的领导', null, 1, '1.深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['-1-2', '一全面加强党对教育工作的领导', null, 2, '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动基础教育优质均衡发展', null, 3, '3.扩大学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个。'],
      ['-2-4', '二推动基础教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建城乡教育共同体6个，实现乡镇中心学校全覆盖。'],
      ['-2-5', '二推动基础教育优质均衡发展', null, 5, '5.促进普通高中多样化发展。启动特色高中建设项目3个。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.city, plan.plan.publishDate]).toEqual(['广阳区教育局2024年教育工作要点', '廊坊市广阳区教育局', '广阳区', '2024-02-28'])
  })

  it('lays out a table row a line, its cells apart by tabs, and reads a font’s own character set', () => {
    const rtf = "{\\rtf1\\ansi{\\fonttbl{\\f1\\fcharset134 SimSun;}}\\trowd\\cellx1000\\cellx3000\\pard\\intbl\\f1 1\\cell \\'c8\\'ce\\'ce\\'f1\\cell\\row}"
    expect(readRtf(Buffer.from(rtf, 'latin1'))).toBe('1\t任务')
  })

  it('reads GBK bytes in the default font (\\deff0) when the text names no font and no code page is given', () => {
    const rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\pard\\'b5\\'da\\'d2\\'bb\\'cc\\'f5\\par}"
    expect(readRtf(Buffer.from(rtf, 'latin1'))).toBe('第一条')
  })

  it('skips the bytes of \\binN whole, braces among them, and keeps the text after the picture', () => {
    const rtf = '{\\rtf1\\ansi\\ansicpg936 first\\par{\\pict\\bin4 ab}c}second\\par}'
    expect(readRtf(Buffer.from(rtf, 'latin1'))).toBe('first\n\nsecond')
  })
})
