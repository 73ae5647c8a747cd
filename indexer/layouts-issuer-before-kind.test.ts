import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A bureau's plan titled with its name straight before the plan's kind, the year in brackets after it or not printed
// in the title at all (the date under the signature gives it).
const PLAN = (title: string, foot: string[] = []) =>
  [title, '一、加强党的建设', '1.深化理论武装。全年组织集中学习10次。', '2.加强基层党组织建设。培育党建示范校5所。', ...foot].join('\n')

const identity = (text: string) => {
  const [plan] = parseDocument({ file: 'a.txt', text, fields: {}, url: null })
  const { title, issuer, city, year } = plan.plan
  return { title, issuer, city, year }
}

describe('parseDocument on a title that names its bureau straight before the plan\'s kind', () => {
  it('names the bureau the issuer: 潍坊市教育局工作要点（2024年）, 兰陵县教育和体育局教育工作要点', () => {
    // Before: issuer null; a name in the title counted only before a year or 关于.
    expect(identity(PLAN('潍坊市教育局工作要点（2024年）'))).toEqual({ title: '潍坊市教育局工作要点（2024年）', issuer: '潍坊市教育局', city: '潍坊市', year: 2024 })
    expect(identity(PLAN('兰陵县教育和体育局教育工作要点', ['', '2024年3月1日']))).toEqual({ title: '兰陵县教育和体育局教育工作要点', issuer: '兰陵县教育和体育局', city: '兰陵县', year: 2024 })
  })
})
