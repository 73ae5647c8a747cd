import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county bureau's plan as a user pastes it from a PDF viewer that lost every line break and left no space in its
// place: the title runs into 总体要求, each clause's duty line runs into the next clause's number (one printed `2 .`), and
// the clauses hold numbers that must stay whole (第1条, 94.5%, 2025.3, 1.5万, 2025年9月1日).
const LINES = [
  '临邑县教育和体育局2025年工作要点',
  '总体要求：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，落实立德树人根本任务，加快建设教育强县。',
  '一、坚持党建引领，筑牢立德树人根基',
  '1.深化理论武装。健全“第一议题”制度，全年组织党组理论学习中心组集中学习12次，落实《中小学校党组织会议议事规则》第1条至第5条。',
  '牵头单位：办公室、组织人事股',
  '2 .加强师德师风建设。开展师德专题教育，教师师德考核优秀率达到94.5%以上。',
  '责任单位：教师工作股',
  '3.推进“大思政课”建设。建设思政课实践基地10个，2025.3前完成首批认定。',
  '责任单位：德育股',
  '二、推进基础教育优质均衡',
  '4.扩大普惠性学前教育资源。新增公办学位1.5万个，普惠性幼儿园覆盖率保持在90%以上。',
  '责任单位：基础教育股',
  '5.深化集团化办学。新组建教育集团6个，覆盖学校30所，2025年9月1日前完成挂牌。',
  '责任单位：基础教育股、教研室',
]
const FLATTENED = ['临邑县教育和体育局2025年工作要点.docx', LINES.join('')].join('\n')

const parse = (text: string) => parseDocument({ file: 'a.txt', text, fields: {}, url: null })

describe('parseDocument on a plan flattened into one line with no spaces where its breaks were', () => {
  it('splits the clauses at the numbers that continue the plan after each duty line, and finds the title run into 总体要求', () => {
    // Before: one numbered clause, 1.深化理论武装。…牵头单位：办公室、组织人事股2 .加强师德师风建设。… to the end, chapter 二 lost
    // inside it; title null (the file name stood in), year null.
    const [plan] = parse(FLATTENED)
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      [null, null, '总体要求：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，落实立德树人根本任务，加快建设教育强县。'],
      ['一', 1, '1.深化理论武装。健全“第一议题”制度，全年组织党组理论学习中心组集中学习12次，落实《中小学校党组织会议议事规则》第1条至第5条。牵头单位：办公室、组织人事股'],
      ['一', 2, '2 .加强师德师风建设。开展师德专题教育，教师师德考核优秀率达到94.5%以上。责任单位：教师工作股'],
      ['一', 3, '3.推进“大思政课”建设。建设思政课实践基地10个，2025.3前完成首批认定。责任单位：德育股'],
      ['二', 4, '4.扩大普惠性学前教育资源。新增公办学位1.5万个，普惠性幼儿园覆盖率保持在90%以上。责任单位：基础教育股'],
      ['二', 5, '5.深化集团化办学。新组建教育集团6个，覆盖学校30所，2025年9月1日前完成挂牌。责任单位：基础教育股、教研室'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.year, plan.plan.city, plan.plan.chapterClauses]).toEqual([
      '临邑县教育和体育局2025年工作要点',
      '临邑县教育和体育局',
      2025,
      '临邑县',
      [
        { chapter: '一', title: '坚持党建引领，筑牢立德树人根基', clauses: 3 },
        { chapter: '二', title: '推进基础教育优质均衡', clauses: 2 },
      ],
    ])
  })

  it('reads the same outline from the flattened line as from the plan with its line breaks', () => {
    const outline = (text: string) => parse(text)[0].clauses.map((c) => [c.chapter?.title ?? null, c.number, c.heading])
    expect(outline(FLATTENED)).toEqual(outline(LINES.join('\n')))
  })

  it('reads no chapter where a duty line is followed by a numeral that does not continue the chapters', () => {
    // 三、 after 一、 skips 二: it stays in clause 3, and clauses 4 and 5 go on under 一.
    const [plan] = parse(FLATTENED.replace('责任单位：德育股二、', '责任单位：德育股三、'))
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number])).toEqual([[null, null], ['一', 1], ['一', 2], ['一', 3], ['一', 4], ['一', 5]])
    expect(plan.clauses[3].text).toBe('3.推进“大思政课”建设。建设思政课实践基地10个，2025.3前完成首批认定。责任单位：德育股三、推进基础教育优质均衡')
  })

  it('leaves a paragraph of ordinary length whole, though a duty line in it is followed by the next number', () => {
    const text = ['临邑县教育和体育局2025年工作要点', '一、坚持党建引领', '1.深化理论武装。健全“第一议题”制度。牵头单位：办公室2.加强师德师风建设。开展师德专题教育。责任单位：教师工作股3.推进“大思政课”建设。'].join('\n')
    const [plan] = parse(text)
    expect(plan.clauses.map((c) => [c.number, c.text])).toEqual([
      [1, '1.深化理论武装。健全“第一议题”制度。牵头单位：办公室2.加强师德师风建设。开展师德专题教育。责任单位：教师工作股3.推进“大思政课”建设。'],
    ])
  })
})
