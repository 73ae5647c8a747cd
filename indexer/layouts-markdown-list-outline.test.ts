import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { readMarkdown } from './read/read-markdown.js'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a Markdown plan written as nested ordered lists, chapter titles outside, clauses inside', () => {
  it('heads a chapter by each outer item’s number and title and numbers the inner items as its clauses, from 1 in each', async () => {
    const [plan] = await parseHandmade('tongren-2024-markdown-nested-ordered-lists.md')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '1全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '1全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-1', '2推动教育优质均衡发展', null, 1, '1.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-2', '2推动教育优质均衡发展', null, 2, '2.推进义务教育优质均衡。新组建教育集团5个。'],
    ])
    expect([plan.plan.title, plan.plan.warnings]).toEqual(['铜仁市教育局2024年教育工作要点', []])
  })
})

describe('parseDocument on a Markdown plan of nested ordered lists with a (一) line after them or an opening paragraph under a title', () => {
  const parseMarkdown = (source: string) => {
    const { text, headings } = readMarkdown(source)
    return parseDocument({ file: 'x.md', text, fields: {}, url: null, headings })
  }
  const opening = '# 某市教育局2024年教育工作要点\n\n2024年，全市教育系统要坚持稳中求进，加快建设教育强市。\n\n'

  it('still reads the lists as chapters over their clauses when a （一） paragraph follows them', () => {
    const [plan] = parseMarkdown(
      opening +
        '1. 全面加强党的建设\n   1. 深化理论武装。健全“第一议题”制度。\n   2. 加强基层党组织建设。推进校长负责制。\n' +
        '2. 推动教育优质均衡发展\n   1. 扩大学前教育资源。新增公办学位2000个。\n   2. 推进义务教育优质均衡。新组建教育集团5个。\n\n' +
        '（一）组织保障。各地要加强组织领导。\n',
    )
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '1全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['-1-2', '1全面加强党的建设', null, 2, '2.加强基层党组织建设。推进校长负责制。'],
      ['-2-1', '2推动教育优质均衡发展', null, 1, '1.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-2', '2推动教育优质均衡发展', null, 2, '2.推进义务教育优质均衡。新组建教育集团5个。'],
      ['-p2', '2推动教育优质均衡发展', '（一）组织保障', null, '（一）组织保障。各地要加强组织领导。'],
    ])
    expect(plan.plan.warnings).toEqual([])
  })

  it('still reads them so when an opening paragraph stands between a title and its clauses', () => {
    const [plan] = parseMarkdown(
      opening +
        '1. 全面加强党的建设\n\n   坚持把党的政治建设摆在首位。\n\n   1. 深化理论武装。健全“第一议题”制度。\n   2. 加强基层党组织建设。推进校长负责制。\n\n' +
        '2. 推动教育优质均衡发展\n\n   坚持公益普惠，扩大优质资源。\n\n   1. 扩大学前教育资源。新增公办学位2000个。\n   2. 推进义务教育优质均衡。新组建教育集团5个。\n',
    )
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-p2', '1全面加强党的建设', null, null, '坚持把党的政治建设摆在首位。'],
      ['-1-1', '1全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['-1-2', '1全面加强党的建设', null, 2, '2.加强基层党组织建设。推进校长负责制。'],
      ['-p3', '2推动教育优质均衡发展', null, null, '坚持公益普惠，扩大优质资源。'],
      ['-2-1', '2推动教育优质均衡发展', null, 1, '1.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-2', '2推动教育优质均衡发展', null, 2, '2.推进义务教育优质均衡。新组建教育集团5个。'],
    ])
    expect(plan.plan.warnings).toEqual([])
  })
})
