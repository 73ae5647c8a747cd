import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

// Fees charged against the rules and a teacher's pension (data/dict/everyday-terms.txt, 2026-12-06): no plan writes 乱收费 or
// 退休金; they write 严厉查处违规收费 (荆门 2025 五-18), 规范民办学校招生与收费行为 (长沙 2020 六-3) and 退休教师 (荆门 2025 四-14).
describe('everyday vocabulary of fees against the rules and of pensions', () => {
  it('searches a school\'s or a kindergarten\'s 乱收费 as the plans\' 违规收费 and 收费', () => {
    expect(words('学校乱收费找谁')).toEqual(['学校', '乱收费', '违规收费', '收费'])
    expect(words('幼儿园乱收费怎么办')).toEqual(['幼儿园', '乱收费', '违规收费', '收费'])
  })

  it('leaves a tutoring centre\'s 乱收费 to the words of the centre (校外培训), as before', () => {
    expect(words('课外辅导班乱收费谁来管')).toEqual(['课外', '辅导班', '乱收费', '校外培训'])
    expect(words('校外培训机构乱收费')).toEqual(['校外培训', '机构', '乱收费'])
  })

  it('searches a teacher\'s 退休金 or 养老金 as the plans\' 退休 and 待遇', () => {
    expect(words('老师退休金')).toEqual(['老师', '退休金', '教师', '退休', '待遇'])
    expect(words('教师养老金怎么算')).toEqual(['教师', '养老金', '算', '退休', '待遇'])
  })

  it('leaves a pension asked of nobody as typed: 养老金 alone is social insurance, off the plans\' topic (test/eval/honest-results.test.ts)', () => {
    expect(words('养老金')).toEqual(['养老金'])
    expect(words('养老金怎么领')).toEqual(['养老金', '领'])
  })
})
