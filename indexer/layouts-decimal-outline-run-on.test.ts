import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const FILE = 'zhangjiakou-2024-decimal-outline-run-on.txt'

const ROWS = [
  ['-p1', null, null, null, '2024年是实现“十四五”规划目标任务的关键一年。全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。'],
  ['-1-1', '1坚持党建引领，筑牢立德树人根基', null, 1, '1.1 深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
  ['-1-2', '1坚持党建引领，筑牢立德树人根基', null, 2, '1.2 加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖，培育市级党建示范校10所。'],
  ['-2-1', '2推动基础教育优质均衡发展', null, 1, '2.1 扩大学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个。'],
  ['-2-2', '2推动基础教育优质均衡发展', null, 2, '2.2 推进义务教育优质均衡。新组建教育集团5个，覆盖学校30所。'],
  ['-3-1', '3建设高素质教师队伍', null, 1, '3.1 加强师德师风建设。开展师德师风专题教育。'],
  ['-3-2', '3建设高素质教师队伍', null, 2, '3.2 深化“县管校聘”改革。全年交流轮岗教师500名。'],
]

describe('parseDocument on a decimal outline that PDF text extraction ran into one line', () => {
  it('reads `1 title` before its own `1.1` as a chapter and the decimals after it as its clauses', () => {
    const [plan] = parseHandmadeText(FILE)
    expect(outlineRows(plan)).toEqual(ROWS)
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '1.', role: 'chapter', count: 3 }, { marker: '1.1', role: 'clause', count: 6 }], []])
  })

  it('gives the same records with one item a line, a chapter title holding a comma included', () => {
    const [flat] = parseHandmadeText(FILE)
    const text = flat.plan.title + '\n' + flat.clauses.map((c) => (c.chapter && c.number === 1 ? `${c.chapter.number} ${c.chapter.title}\n` : '') + c.text).join('\n')
    const [plan] = parseDocument({ file: FILE, text, fields: {}, url: null })
    expect(outlineRows(plan)).toEqual(ROWS)
  })

  it('takes no number before a title unless that title is followed by its own N.1 (`2 所学校 1.1` is text)', () => {
    const text = '张家口市2024年教育工作要点\n1 全面加强党的领导\n1.1 深化理论武装。新建 2 所学校 1.2 加强基层党组织建设。\n1.3 推进清廉学校建设。'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      ['1', 1, '1.1 深化理论武装。新建2所学校'],
      ['1', 2, '1.2 加强基层党组织建设。'],
      ['1', 3, '1.3 推进清廉学校建设。'],
    ])
  })
})
