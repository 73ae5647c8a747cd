import { parseDocument } from './parse-document.js'
import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan whose foot prints contact lines, 抄送, 印发 and a print count, with ·1· page numbers', () => {
  it('keeps every line of the foot and every page number out of the last clause, the list of attachments as text', () => {
    const [plan] = parseHandmadeText('jinzhou-2024-foot-contact-copies-print-count.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-4', '二推动教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建教育集团5个'],
      ['-p2', null, null, null, '附件：1.锦州市2024年重点任务分工表'],
      ['-p3', null, null, null, '2.锦州市2024年重点项目清单'],
    ])
    expect([plan.plan.issuer, plan.plan.signDate, plan.plan.warnings]).toEqual(['锦州市教育局', '2024-03-08', []])
  })

  it('keeps a 抄送 list wrapped onto a second line out of the last clause', () => {
    const text = [
      '某市教育局2024年教育工作要点', '1.深化理论武装。组织学习。', '2.推进义务教育优质均衡。', '某市教育局', '2024年3月8日',
      '抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公', '室，市纪委监委，各县（区）人民政府。', '某市教育局办公室　　　　2024年3月8日印发',
    ].join('\n')
    const [plan] = parseDocument({ file: 'a.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。组织学习。', '2.推进义务教育优质均衡。'])
  })
})
