import { describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })
const place = (plan: ParsedPlan) => [plan.plan.city, plan.plan.province, plan.plan.level]
const PLAN = (title: string, issuer: string) => `${title}\n\n一、加强党的建设\n1.深化理论武装。全年集中学习12次。\n2.加强基层党建。创建示范校3所。\n\n${issuer}\n2024年2月1日`

describe('parseDocument on a plan of a zone named after a city its province runs directly (济源示范区, 仙桃高新区)', () => {
  it('reads the city, its province and its level from the zone\'s name', () => {
    // Before: city null, province null, level null for both.
    expect(place(parse(PLAN('济源示范区2024年教育工作要点', '济源产城融合示范区教育局'))[0])).toEqual(['济源市', '河南省', '区县'])
    expect(place(parse(PLAN('仙桃高新区2024年教育工作要点', '仙桃高新区教育办'))[0])).toEqual(['仙桃市', '湖北省', '区县'])
  })
})
