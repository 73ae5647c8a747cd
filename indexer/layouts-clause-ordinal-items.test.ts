import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const rows = (text: string) => {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.number ?? null, c.number, c.text])
}

describe('parseDocument on a numbered clause that leads with a colon into paragraphs opening 一是… 二是… 三是…', () => {
  it('keeps the items and the sentence that sums them up in the clause, not as passages with the summary in 三是', () => {
    const text = [
      '某县教育局2024年教育工作要点',
      '一、全面加强党的建设',
      '1.深化理论武装。健全“第一议题”制度。',
      '2.加强基层党组织建设。重点抓好三项工作：',
      '一是推进党组织领导的校长负责制。',
      '二是开展党建示范校创建。',
      '三是加强督导。开展专项督查。通过以上措施，确保党建工作各项任务落到实处。',
      '二、推动教育优质均衡发展',
      '3.扩大学前教育资源。新增公办学位600个。',
    ].join('\n')
    // Before: clause 2 was '2.加强基层党组织建设。重点抓好三项工作：' and the three items passages -p1 to -p3 of chapter 一.
    expect(rows(text)).toEqual([
      ['-1-1', '一', 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['-1-2', '一', 2, '2.加强基层党组织建设。重点抓好三项工作：\n一是推进党组织领导的校长负责制。\n二是开展党建示范校创建。\n三是加强督导。开展专项督查。通过以上措施，确保党建工作各项任务落到实处。'],
      ['-2-3', '二', 3, '3.扩大学前教育资源。新增公办学位600个。'],
    ])
  })

  it('keeps 一是 paragraphs under a clause that does not lead into them, or a count that skips, as passages', () => {
    const text = [
      '某县教育局2024年教育工作要点',
      '一、全面加强党的建设',
      '1.深化理论武装。健全“第一议题”制度。',
      '一是推进党组织领导的校长负责制。',
      '2.加强基层党组织建设。重点抓好两项工作：',
      '一是开展党建示范校创建。',
      '三是加强督导。开展专项督查。',
    ].join('\n')
    expect(rows(text)).toEqual([
      ['-1-1', '一', 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['-p1', '一', null, '一是推进党组织领导的校长负责制。'],
      ['-1-2', '一', 2, '2.加强基层党组织建设。重点抓好两项工作：\n一是开展党建示范校创建。'],
      ['-p2', '一', null, '三是加强督导。开展专项督查。'],
    ])
  })
})
