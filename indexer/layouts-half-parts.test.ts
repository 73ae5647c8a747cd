import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { chapterLead } from './structure/chapter-number.js'

const PLAN = `某市教育局2024年教育工作要点
上篇　2023年工作回顾
一、党的建设全面加强
1.全年开展党组理论学习中心组集中学习12次。
二、教育质量稳步提升
1.全市高考本科上线率达到62%。
下篇　2024年重点任务
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。
二、推进基础教育优质均衡
1.新建、改扩建公办幼儿园6所。
上一篇：关于印发某市教育局2023年工作要点的通知
下篇：某市教育局召开2024年全市教育工作会议`

/** Each record as [id after the plan's id, the lead its citation opens with, number, text]. */
function rows(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return { plan, rows: plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && chapterLead(c.chapter), c.number, c.text]) }
}

describe('parseDocument on a plan in halves headed 上篇 / 下篇 whose 一、 chapters start again in each', () => {
  it('reads 上篇 and 下篇 as its parts, as 第一篇 and 第二篇 are, and a page’s 下篇： link to the next article as furniture', () => {
    const { plan, rows: got } = rows(PLAN)
    // Before: both part titles were dropped as previous/next links, and 下篇's 一、 ran into 上篇's clause 二、1.
    expect(got).toEqual([
      ['-p1', null, null, '上篇　2023年工作回顾'],
      ['-1-1-1', '上篇 一、', 1, '1.全年开展党组理论学习中心组集中学习12次。'],
      ['-1-2-1', '上篇 二、', 1, '1.全市高考本科上线率达到62%。'],
      ['-p2', null, null, '下篇　2024年重点任务'],
      ['-2-1-1', '下篇 一、', 1, '1.健全“第一议题”制度，全年集中学习12次以上。'],
      ['-2-1-2', '下篇 一、', 2, '2.开展党纪学习教育。'],
      ['-2-2-1', '下篇 二、', 1, '1.新建、改扩建公办幼儿园6所。'],
    ])
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([
      [{ marker: '上篇', role: 'part', count: 2 }, { marker: '一、', role: 'chapter', count: 4 }, { marker: '1.', role: 'clause', count: 5 }],
      [],
    ])
  })

  it('counts 下篇 third after a 中篇', () => {
    const three = PLAN.replace('下篇　2024年重点任务', '中篇　2024年目标任务\n一、主要目标\n1.学前教育普惠率达到92%。\n下篇　2024年重点任务')
    expect(rows(three).rows.filter((r) => r[2] === 1).map((r) => [r[0], r[1]])).toEqual([
      ['-1-1-1', '上篇 一、'], ['-1-2-1', '上篇 二、'], ['-2-1-1', '中篇 一、'], ['-3-1-1', '下篇 一、'], ['-3-2-1', '下篇 二、'],
    ])
  })
})
