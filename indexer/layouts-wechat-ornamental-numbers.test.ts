import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on an official account’s article copied as text, its chapters set under big numbers 01 02 03', () => {
  const [plan] = parseHandmadeText('hezhou-2024-wechat-zero-numbered-chapters.txt')

  it('heads a chapter by each title under 01 02 03, the numbers in no record and no title run into a clause', () => {
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。'],
      ['-1-1', '全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-4', '推动教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建教育集团5个。'],
      ['-3-5', '建设高素质教师队伍', null, 5, '5.加强师德师风建设。开展师德师风专题教育。'],
    ])
  })

  it('titles the plan by its headline without 来了！, dated by the account’s line under it, which is in no record', () => {
    expect([plan.plan.title, plan.plan.year, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['2024年贺州市教育工作要点', 2024, '贺州市教育局', '2024-03-09', []])
  })
})

describe('parseDocument on an official account’s page that sets 01 02 in its chapter headings, before their titles', () => {
  it('heads each chapter by its title without the number, and titles the plan by its headline without 发布！', async () => {
    const [plan] = await parseHandmade('xingyi-2024-wechat-numbered-heading-spans.html')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '全面加强党的建设', null, 1],
      ['-1-2', '全面加强党的建设', null, 2],
      ['-2-3', '推动教育优质均衡发展', null, 3],
      ['-2-4', '推动教育优质均衡发展', null, 4],
    ])
    expect([plan.plan.title, plan.plan.city, plan.plan.warnings]).toEqual(['2024年兴义市教育工作要点', '兴义市', []])
  })
})

describe('parseDocument on an official account’s page of chapters of prose under headings numbered 01 02', () => {
  it('heads a chapter by each heading’s title, its paragraphs counted in it', async () => {
    const [plan] = await parseHandmade('xingren-2024-wechat-numbered-headings-prose.html')
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.paragraph ?? null, c.text])).toEqual([
      [null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['全面加强党的建设', 1, '健全“第一议题”制度，全年集中学习12次以上。'],
      ['全面加强党的建设', 2, '推进党组织领导的校长负责制全覆盖。'],
      ['推动教育优质均衡发展', 1, '新增公办学位600个。'],
      ['推动教育优质均衡发展', 2, '新组建教育集团2个。'],
    ])
    expect(plan.plan.title).toBe('2024年兴仁市教育工作要点')
  })
})
