import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city bureau's plan whose clauses are （一）（二）… numbered afresh under each chapter, pasted from a PDF viewer that
// lost every line break and left nothing in its place: each duty line runs into the next clause's （二）, and chapter 二's
// （一）（二） come after chapter 一's （三）. The clauses hold numbers that must stay whole (94.5%, 2024.3, 1.5万, 第1条).
const LINES = [
  '泰安市教育局2024年工作要点',
  '总体要求：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。',
  '一、加强党的全面领导',
  '（一）深化理论武装。全年开展党组理论学习中心组集中学习12次，落实《学习制度》第1条要求，2024.3前完成年度学习计划。',
  '责任单位：组织科',
  '（二）加强基层党组织建设。推进中小学校党组织领导的校长负责制，覆盖率达到100%。',
  '责任单位：组织科、人事科',
  '（三）加强师德师风建设。完善师德考核机制，开展师德专题教育。',
  '牵头单位：教师科',
  '二、推进基础教育优质均衡',
  '（一）扩大学前教育资源。新增公办学位1.5万个，普惠性幼儿园覆盖率达到94.5%。',
  '责任单位：基教科',
  '（二）推进义务教育优质均衡。新建改扩建中小学8所。',
  '责任单位：基教科、规划科',
]
const FLATTENED = ['泰安市教育局2024年工作要点.docx', LINES.join('')].join('\n')

const parse = (text: string) => parseDocument({ file: 'a.txt', text, fields: {}, url: null })

describe('parseDocument on a flattened plan whose clauses are numbered afresh under each chapter', () => {
  it('splits the second chapter\'s （二） after its duty line, though （三） came before it in the line', () => {
    // Before: chapter 二 held one clause, （一）扩大学前教育资源。…责任单位：基教科（二）推进义务教育优质均衡。…, since a
    // glued marker had to count on from every marker of its kind before it in the line (（二） after （三）).
    const [plan] = parse(FLATTENED)
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      [null, null, '总体要求：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。'],
      ['一', 1, '（一）深化理论武装。全年开展党组理论学习中心组集中学习12次，落实《学习制度》第1条要求，2024.3前完成年度学习计划。责任单位：组织科'],
      ['一', 2, '（二）加强基层党组织建设。推进中小学校党组织领导的校长负责制，覆盖率达到100%。责任单位：组织科、人事科'],
      ['一', 3, '（三）加强师德师风建设。完善师德考核机制，开展师德专题教育。牵头单位：教师科'],
      ['二', 1, '（一）扩大学前教育资源。新增公办学位1.5万个，普惠性幼儿园覆盖率达到94.5%。责任单位：基教科'],
      ['二', 2, '（二）推进义务教育优质均衡。新建改扩建中小学8所。责任单位：基教科、规划科'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.year, plan.plan.chapterClauses]).toEqual([
      '泰安市教育局2024年工作要点',
      '泰安市教育局',
      2024,
      [
        { chapter: '一', title: '加强党的全面领导', clauses: 3 },
        { chapter: '二', title: '推进基础教育优质均衡', clauses: 2 },
      ],
    ])
  })

  it('reads the same outline from the flattened line as from the plan with its line breaks', () => {
    const outline = (text: string) => parse(text)[0].clauses.map((c) => [c.chapter?.title ?? null, c.number, c.heading])
    expect(outline(FLATTENED)).toEqual(outline(LINES.join('\n')))
  })

  it('keeps a number that goes back within its chapter in its clause', () => {
    // （二） after chapter 二's （二） is not the next clause (（三） would be): it stays in the text it follows.
    const [plan] = parse(FLATTENED.replace('责任单位：基教科、规划科', '责任单位：基教科、规划科（二）推进义务教育优质均衡。'))
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number])).toEqual([[null, null], ['一', 1], ['一', 2], ['一', 3], ['二', 1], ['二', 2]])
    expect(plan.clauses[5].text).toBe('（二）推进义务教育优质均衡。新建改扩建中小学8所。责任单位：基教科、规划科（二）推进义务教育优质均衡。')
  })
})
