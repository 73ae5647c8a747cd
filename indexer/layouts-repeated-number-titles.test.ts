import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { HANDMADE_DIR, headingRows, outlineRows, parseHandmade, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on nested lists copied out as text, both levels numbered 1. (1.全面加强党的建设 over 1.深化…)', () => {
  it('reads each title item as a chapter that keeps its number, and the items under it as clauses from 1 again', () => {
    const [plan] = parseHandmadeText('anshan-2024-nested-lists-one-number-form.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '1全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '1全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-1', '2推动教育优质均衡发展', null, 1, '1.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-2', '2推动教育优质均衡发展', null, 2, '2.推进义务教育优质均衡。新组建教育集团5个。'],
      ['-2-3', '2推动教育优质均衡发展', null, 3, '3.推进县域普通高中发展。实施县中振兴计划。'],
      ['-3-1', '3建设高素质教师队伍', null, 1, '1.加强师德师风建设。开展师德师风专题教育。'],
      ['-3-2', '3建设高素质教师队伍', null, 2, '2.深化“县管校聘”改革。全年交流轮岗教师500名。'],
    ])
    expect([plan.plan.levels, plan.plan.warnings, plan.numberingRestarts]).toEqual([[{ marker: '1.', role: 'clause', count: 7 }], [], true])
  })

  it('reads the same records where a PDF’s text extraction ran the lists into one line', () => {
    const lines = readFileSync(join(HANDMADE_DIR, 'anshan-2024-nested-lists-one-number-form.txt'), 'utf8').split('\n').map((l) => l.trim())
    const text = [lines[0], lines.slice(1, 12).join(' '), ...lines.slice(12)].join('\n')
    const [flat] = parseDocument({ file: 'anshan.txt', text, fields: {}, url: null })
    const [plan] = parseHandmadeText('anshan-2024-nested-lists-one-number-form.txt')
    expect(outlineRows(flat)).toEqual(outlineRows(plan))
  })

  it('reads a Word multilevel list left at %1. and %2. the same way, its numbers written in as Word draws them', async () => {
    const [plan] = await parseHandmade('benxi-2024-multilevel-list-one-number-form.docx')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '1全面加强党的建设', null, 1],
      ['-1-2', '1全面加强党的建设', null, 2],
      ['-2-1', '2推动教育优质均衡发展', null, 1],
      ['-2-2', '2推动教育优质均衡发展', null, 2],
      ['-2-3', '2推动教育优质均衡发展', null, 3],
    ])
    expect([plan.clauses[1].text, plan.plan.warnings]).toEqual(['1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。', []])
  })

  it('reads no chapters where a clause titled over points of its own numbering follows clause 1 (2.实施五大行动)', () => {
    const text = '某市2024年教育工作要点\n1.深化理论武装。健全制度。\n2.实施五大行动\n1.实施铸魂行动。开展主题教育。\n2.实施强基行动。建强基层组织。\n3.加强基层党组织建设。推进全覆盖。'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(headingRows(plan).map((r) => r.slice(0, 3))).toEqual([['-0-1', null, 1], ['-0-2', null, 2], ['-0-3', null, 3]])
  })
})
