import { describe, expect, it } from 'vitest'
import { splitClauses } from './clause-splitter.js'

const records = (lines: string[]) => splitClauses(lines).records.map((r) => [r.chapter && [r.chapter.number, r.chapter.title], r.number, r.paragraph ?? null, r.text])
const CHAPTERS = ['一、加强党的建设', '1.深化理论武装。坚持第一议题制度。']
const chapter1 = [['一', '加强党的建设'], 1, null, '1.深化理论武装。坚持第一议题制度。']

describe('headings printed without a number before the first numbered chapter', () => {
  it('heads each its own paragraphs, counted from 1 under each, before chapter 一', () => {
    expect(records(['指导思想', '坚持以习近平新时代中国特色社会主义思想为指导。', '工作目标', '全市学前教育普惠率达到92%。', '义务教育巩固率保持100%。', ...CHAPTERS])).toEqual([
      [['', '指导思想'], null, 1, '坚持以习近平新时代中国特色社会主义思想为指导。'],
      [['', '工作目标'], null, 1, '全市学前教育普惠率达到92%。'],
      [['', '工作目标'], null, 2, '义务教育巩固率保持100%。'],
      chapter1,
    ])
  })

  it('takes no title, bracketed line, line over another short line, or line in a plan without numbered chapters for such a heading', () => {
    expect(records(['市教育局2024年工作要点', '全年工作如下。', ...CHAPTERS])[0]).toEqual([null, null, null, '市教育局2024年工作要点'])
    expect(records(['（征求意见稿）', '全年工作如下。', ...CHAPTERS])[0]).toEqual([null, null, null, '（征求意见稿）'])
    expect(records(['总体要求', '坚持稳中求进', '全年工作如下。', ...CHAPTERS])[0]).toEqual([null, null, null, '总体要求'])
    expect(records(['总体要求', '全年工作如下。', '1.深化理论武装。', '2.加强基层党建。'])[0]).toEqual([null, null, null, '总体要求'])
  })
})

describe('a title printed without a number right above chapter 一, after numbered text', () => {
  it('is a passage of its own under no chapter, not the tail of the numbered item above it', () => {
    expect(records(['2023年工作回顾', '全年各项工作取得新成效。', '1.党建引领持续加强。实现全覆盖。', '2024年工作要点', ...CHAPTERS])).toEqual([
      [['', '2023年工作回顾'], null, null, '全年各项工作取得新成效。'],
      [['', '2023年工作回顾'], 1, null, '1.党建引领持续加强。实现全覆盖。'],
      [null, null, null, '2024年工作要点'],
      chapter1,
    ])
  })

  it('stays in the item above when that item’s sentence runs on into it (a wrapped line)', () => {
    expect(records(['1.党建引领持续加强，中小学校党组织', '领导的校长负责制', ...CHAPTERS])[0]).toEqual([null, 1, null, '1.党建引领持续加强，中小学校党组织\n领导的校长负责制'])
  })
})
