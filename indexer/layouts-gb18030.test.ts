import { describe, expect, it } from 'vitest'
import { parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'
import { readDocument } from './read/read-document.js'

describe('parseDocument on a GB18030 text holding characters beyond GBK (four-byte 𬌗, two-byte extension 䶮)', () => {
  it('reads the file as GB18030 and keeps those characters in their clauses', async () => {
    const doc = await readDocument('test/fixtures/layouts/handmade/lianchi-2024-gb18030-four-byte.txt')
    expect(doc.encoding).toBe('GB18030')
    const [plan] = await parseHandmade('lianchi-2024-gb18030-four-byte.txt')
    expect(plan.clauses.filter((c) => /[𬌗䶮]/u.test(c.text)).map((c) => c.text)).toEqual([
      '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖，培育“䶮”字号党建品牌2个。',
      '4.推进义务教育优质均衡。在𬌗阳片区新组建城乡教育共同体6个，实现乡镇中心学校全覆盖。',
      '5.加强学生口腔健康教育。开展“𬌗学”科普进校园活动，覆盖全区中小学生。',
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.clauseCount]).toEqual(['保定市莲池区教育局2024年教育工作要点', '保定市莲池区教育局', 5])
  })
})
