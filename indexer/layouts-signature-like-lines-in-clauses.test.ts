import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

describe('parseDocument on lines that read like a signature inside a plan’s clauses', () => {
  it('keeps a deadline in figures and the bodies a clause lists in its text, and still drops the signature after the last clause', () => {
    const text = [
      '某县2024年教育工作要点',
      '一、加强党的建设',
      '1.落实全面从严治党主体责任。牵头单位：',
      '中共某县教育局党组',
      '2.开展教育系统安全隐患排查整治。完成时限：',
      '2024.12.31',
      '二、推进教育优质均衡',
      '3.组织校园安全联合检查。参加单位：',
      '各乡镇人民政府  县直各学校办公室',
      '4.扩大学前教育资源。新增公办学位500个。',
      '中共某县教育局党组    某县教育体育局',
      '2024年3月1日',
    ].join('\n')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    // Before: each of the three lines was read as a signature wherever it stood and cut out of its clause.
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '1.落实全面从严治党主体责任。牵头单位：\n中共某县教育局党组',
      '2.开展教育系统安全隐患排查整治。完成时限：\n2024.12.31',
      '3.组织校园安全联合检查。参加单位：\n各乡镇人民政府  县直各学校办公室',
      '4.扩大学前教育资源。新增公办学位500个。',
    ])
    expect([plan.plan.issuer, plan.plan.signDate]).toEqual(['中共某县教育局党组', '2024-03-01'])
  })
})
