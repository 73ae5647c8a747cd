import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmade, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan that marks words ① ② in its clauses and explains them in notes after the last clause', () => {
  const [plan] = parseHandmadeText('tianshui-2024-footnotes-after-clauses.txt')

  it('makes the notes one passage after the last clause, which ends at its own text', () => {
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年，全市教育系统要全面贯彻党的教育方针，落实立德树人根本任务'],
      ['-1-1', '一', 1, '推进“五育并举”'],
      ['-1-2', '一', 2, '加强学生心理健康教育'],
      ['-2-3', '二', 3, '扩大学前教育资源'],
      ['-2-4', '二', 4, '推进义务教育优质均衡'],
      ['-p2', '二', null, '注：①“五育并举”指德育、智育、体育、美育、劳动教育全面发展'],
    ])
    expect(plan.clauses[4].text).toBe('4.推进义务教育优质均衡。新组建教育集团5个。')
    expect(plan.clauses[5].text).toBe('注：①“五育并举”指德育、智育、体育、美育、劳动教育全面发展。\n②“一生一策”指为每名有需要的学生建立个性化心理辅导方案。')
  })

  it('heads a clause without the note mark after its last word, and keeps the mark in its text', () => {
    expect(plan.clauses[1].text).toBe('1.推进“五育并举”①。深化“三全育人”综合改革，建设思政示范课堂30节。')
    expect([plan.plan.publishDate, plan.plan.warnings]).toEqual(['2024-03-02', []])
  })
})

describe('parseDocument on a plan Word saved as a web page, its footnote [1] printed below a rule after the text', () => {
  it('makes the footnote a passage of its own headed by its words, and heads the clause that marks it without [1]', async () => {
    const [plan] = await parseHandmade('wuwei-2024-word-html-footnotes.html')
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年，全市教育系统要全面贯彻党的教育方针，落实立德树人根本任务'],
      ['-1-1', '一', 1, '推进“五育并举”'],
      ['-1-2', '一', 2, '加强学生心理健康教育'],
      ['-2-3', '二', 3, '扩大学前教育资源'],
      ['-2-4', '二', 4, '推进义务教育优质均衡'],
      ['-p2', '二', null, '“五育并举”指德育、智育、体育、美育、劳动教育全面发展'],
    ])
    expect(plan.clauses.map((c) => c.text).slice(4)).toEqual(['4.推进义务教育优质均衡。新组建教育集团5个。', '[1] “五育并举”指德育、智育、体育、美育、劳动教育全面发展。'])
  })
})
