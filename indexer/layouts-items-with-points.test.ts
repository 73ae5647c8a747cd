import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const DIR = 'test/fixtures/layouts/handmade'
const parseText = (file: string, text: string) => parseDocument({ file, text, fields: {}, url: null })
const parse = (file: string) => parseText(file, readFileSync(join(DIR, file), 'utf8'))
const numbered = (text: string) => {
  const [plan] = parseText('inline.txt', text)
  return plan.clauses.filter((c) => c.number !== null).map((c) => [c.chapter?.number ?? null, c.number, c.heading])
}

describe('parseDocument on 一、 items that are sentences, two of which list 1. points after a colon', () => {
  const [plan] = parse('hengshui-2024-cn-items-with-points-inside.txt')

  it('reads items 一–五 as clauses 1–5 under no chapter, each holding its points, with 1. as a level of items', () => {
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter, c.number, c.heading, c.text])).toEqual([
      ['-p1', null, null, '各县（区）教育局，市直各学校：', '各县（区）教育局，市直各学校：'],
      ['-p2', null, null, '为做好2024年春季学期全市中小学教育工作，现提出以下意见', '为做好2024年春季学期全市中小学教育工作，现提出以下意见。'],
      ['-0-1', null, 1, '加强学校党建工作', '一、加强学校党建工作。坚持党对教育工作的全面领导，落实中小学校党组织领导的校长负责制，推动党建与业务深度融合。'],
      ['-0-2', null, 2, '抓实课堂教学改革', '二、抓实课堂教学改革。重点做好以下工作：\n1.推进“大单元”教学设计，每所学校至少开展2次校级教研活动；\n2.落实课后作业公示制度，严控作业总量；\n3.开展优质课评选，评选市级优质课100节。'],
      ['-0-3', null, 3, '强化学生安全教育', '三、强化学生安全教育。开学第一周集中开展安全教育，落实校车安全管理制度，防范学生溺水事故。'],
      ['-0-4', null, 4, '做好教育督导评估', '四、做好教育督导评估。重点做好以下工作：\n1.开展春季开学专项督导；\n2.推进县域义务教育优质均衡发展督导评估。'],
      ['-0-5', null, 5, '加强家校协同育人', '五、加强家校协同育人。各学校要召开一次家长会，畅通家校沟通渠道。'],
    ])
    expect(plan.plan.levels).toEqual([
      { marker: '一、', role: 'clause', count: 5 },
      { marker: '1.', role: 'item', count: 5 },
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['关于做好2024年春季学期中小学教育工作的意见', '衡水市教育局', '2024-02-18', []])
  })

  it('keeps 1. the clause level where most 一、 items introduce points, or a chapter’s opening sentence ends in 。 over them', () => {
    const most = '某市教育局2024年工作要点\n一、加强党建。重点做好：\n1.深化理论武装。\n2.加强支部建设。\n二、推进均衡。重点做好：\n1.扩大学位供给。\n三、守牢安全。开展隐患排查。'
    expect(numbered(most)).toEqual([['一', 1, '深化理论武装'], ['一', 2, '加强支部建设'], ['二', 1, '扩大学位供给']])
    const opening = '某市教育局2024年工作要点\n一、加强党建。全面落实管党治党责任。\n1.深化理论武装。\n2.加强支部建设。\n二、推进均衡。扩大优质资源。\n三、守牢安全。开展隐患排查。'
    expect(numbered(opening)).toEqual([['一', 1, '深化理论武装'], ['一', 2, '加强支部建设']])
  })
})
