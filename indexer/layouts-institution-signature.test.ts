/**
 * Plans a school or an institute signs itself: its name over the date under the last clause is the signature, not
 * a passage, and names the issuer; a school named alone where no date follows stays the plan's text.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })[0]
const rows = (plan: ReturnType<typeof parse>) => plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.text])

describe('parseDocument on a plan signed by a school or an institute', () => {
  it('reads 南京市第二十九中学 over 2024年8月30日 under a closing timetable as the signature and the issuer', () => {
    const plan = parse(`南京市第二十九中学2024—2025学年度第一学期学校工作计划
一、主要工作
1.落实党组织领导的校长负责制，完善“三重一大”决策制度。
2.深化课堂教学改革，全学期开展公开课60节。
二、学期工作行事历
九月：开学典礼；高一新生入学教育。
一月：期末考试；学期总结。

南京市第二十九中学
2024年8月30日`)
    expect(rows(plan)).toEqual([
      ['-1-1', '1.落实党组织领导的校长负责制，完善“三重一大”决策制度。'],
      ['-1-2', '2.深化课堂教学改革，全学期开展公开课60节。'],
      // Each month heads a section of the 行事历 (layouts-month-tasks-on-one-line), its tasks the section's text.
      ['-p1', '开学典礼；高一新生入学教育。'],
      ['-p2', '期末考试；学期总结。'],
    ])
    expect([plan.plan.issuer, plan.plan.publishDate]).toEqual(['南京市第二十九中学', '2024-08-30'])
  })

  it('reads an institute signing with the month alone (某市教育科学研究院 / 2024年2月) as the signature', () => {
    const plan = parse(`荆门市教育科学研究院2024年工作要点
一、深化教学研究
1.开展课堂教学改革研究，全年组织专题教研活动20次。
二、加强教师培训
2.组织骨干教师研修，培训1200人次。
荆门市教育科学研究院
2024年2月`)
    expect(rows(plan)).toEqual([['-1-1', '1.开展课堂教学改革研究，全年组织专题教研活动20次。'], ['-2-2', '2.组织骨干教师研修，培训1200人次。']])
    expect(plan.plan.issuer).toBe('荆门市教育科学研究院')
  })

  it('keeps the schools a closing list names one a line, no date under them, as the plan’s text', () => {
    const plan = parse(`某县教育局2024年教育工作要点
一、推进优质均衡
1.培育党建示范校，名单如下。
岳西中学
汤池中学
某县教育局
2024年2月26日`)
    expect(rows(plan)).toEqual([['-1-1', '1.培育党建示范校，名单如下。\n岳西中学\n汤池中学']])
    expect(plan.plan.issuer).toBe('某县教育局')
  })
})
