import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan that prints its own table of contents (目  录, dotted leaders, pages) before its text', () => {
  it('leaves the contents out: the chapters are read once, from the text, with no leader or page in a title', () => {
    const [plan] = parseHandmadeText('ankang-2024-table-of-contents-dotted.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', null, 1],
      ['-1-2', '一全面加强党的建设', null, 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
      ['-2-4', '二推动教育优质均衡发展', null, 4],
      ['-3-5', '三建设高素质教师队伍', null, 5],
    ])
    expect(plan.clauses[0].text).toBe('2024年，全市教育体育系统要坚持稳中求进，加快建设教育强市。')
    expect([plan.plan.title, plan.plan.warnings]).toEqual(['安康市教育体育局2024年工作要点', []])
  })
})

describe('parseDocument on a plan whose 目录 lists its chapters without pages (a web page, a WeChat article)', () => {
  it('leaves the contents out, known as the lines under 目录 the text prints again: each clause under its own chapter', () => {
    const [plan] = parseHandmadeText('lishui-2024-contents-without-pages.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', null, 1],
      ['-1-2', '一全面加强党的建设', null, 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
      ['-2-4', '二推动教育优质均衡发展', null, 4],
      ['-3-5', '三建设高素质教师队伍', null, 5],
      ['-3-6', '三建设高素质教师队伍', null, 6],
    ])
    expect(plan.clauses[2].text).toBe('2.加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖。')
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '一、', role: 'chapter', count: 3 }, { marker: '1.', role: 'clause', count: 6 }], []])
  })
})
