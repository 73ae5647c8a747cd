import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { chapterLead } from './structure/chapter-number.js'
import { clausesPerChapter } from './plan-outline.js'

const PLAN = `安康市教育局2024年教育工作要点

第一部分 2023年工作回顾
一、党的建设全面加强
（一）理论武装持续深化
1.全年开展党组理论学习中心组集中学习12次。
二、教育质量稳步提升
1.全市高考本科上线率达到62%。
第二部分 2024年工作要点
一、加强党的全面领导
（一）深化理论武装
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。
（二）夯实基层党建
3.推进中小学校党组织领导的校长负责制全覆盖。
二、推进基础教育优质均衡
1.新建、改扩建公办幼儿园6所。
2.新组建紧密型教育集团5个。
`

/** Each record as [id after the plan's id, the lead its citation opens with, section, number, text]. */
function partRows(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  const rows = plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && chapterLead(c.chapter), c.section, c.number, c.text])
  return { plan, rows }
}

describe('parseDocument on a plan in 第一部分 / 第二部分 whose 一、 chapters start again in each part', () => {
  it('ids each clause by part, chapter and number (-2-1-1, not -1-1-2) and leads its citation with the part (第二部分 一、)', () => {
    const { plan, rows } = partRows(PLAN)
    expect(rows).toEqual([
      ['-p1', null, null, null, '第一部分 2023年工作回顾'],
      ['-1-1-1', '第一部分 一、', '（一）理论武装持续深化', 1, '1.全年开展党组理论学习中心组集中学习12次。'],
      ['-1-2-1', '第一部分 二、', null, 1, '1.全市高考本科上线率达到62%。'],
      ['-p2', null, null, null, '第二部分 2024年工作要点'],
      ['-2-1-1', '第二部分 一、', '（一）深化理论武装', 1, '1.健全“第一议题”制度，全年集中学习12次以上。'],
      ['-2-1-2', '第二部分 一、', '（一）深化理论武装', 2, '2.开展党纪学习教育。'],
      ['-2-1-3', '第二部分 一、', '（二）夯实基层党建', 3, '3.推进中小学校党组织领导的校长负责制全覆盖。'],
      ['-2-2-1', '第二部分 二、', null, 1, '1.新建、改扩建公办幼儿园6所。'],
      ['-2-2-2', '第二部分 二、', null, 2, '2.新组建紧密型教育集团5个。'],
    ])
    expect(plan.clauses[4].chapter).toEqual({ number: '一', title: '加强党的全面领导', part: '第二部分' })
    expect(clausesPerChapter(plan.plan)).toEqual([
      { chapter: '第一部分 一', clauses: 1 }, { chapter: '第一部分 二', clauses: 1 }, { chapter: '第二部分 一', clauses: 3 }, { chapter: '第二部分 二', clauses: 2 },
    ])
    expect(plan.plan.warnings).toEqual([])
  })

  it('does the same for parts printed as 第一篇 / 第二篇; parts whose chapters run on (三、四、) keep the ids a plan without parts has but still cite the part, and a plan without parts is read as before', () => {
    const { rows } = partRows(PLAN.replaceAll('部分', '篇'))
    expect(rows.slice(3, 6).map((r) => [r[0], r[1]])).toEqual([['-p2', null], ['-2-1-1', '第二篇 一、'], ['-2-1-2', '第二篇 一、']])
    const runOn = PLAN.replace('一、加强党的全面领导', '三、加强党的全面领导').replace('二、推进基础教育优质均衡', '四、推进基础教育优质均衡')
    expect(partRows(runOn).rows.slice(4).map((r) => [r[0], r[1]])).toEqual([
      ['-3-1', '第二部分 三、'], ['-3-2', '第二部分 三、'], ['-3-3', '第二部分 三、'], ['-4-1', '第二部分 四、'], ['-4-2', '第二部分 四、'],
    ])
    const { rows: plain } = partRows(PLAN.split('第二部分 2024年工作要点\n')[1].replace(/^/, '安康市教育局2024年教育工作要点\n'))
    expect(plain.slice(0, 2).map((r) => [r[0], r[1]])).toEqual([['-1-1', '一、'], ['-1-2', '一、']])
  })
})
