import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())

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

// Fees and pay in a parent's and a teacher's words (data/dict/everyday-terms.txt, 2026-12-06): the plans write 收费, 校服,
// 校园餐, 寄宿, 招生, 绩效 待遇, 乡村教师生活补助 and 编制 临聘.
describe('everyday vocabulary of what a family pays and what a teacher earns', () => {
  it('searches the fees a parent names by what is paid for: 交钱, 校服费, 园服, 伙食费, 住宿费, 报名费', () => {
    expect(words('学校让交钱')).toEqual(['学校', '交钱', '收费'])
    expect(offered('校服费')).toEqual(['校服', '收费'])
    expect(offered('伙食费多少')).toEqual(['校园餐', '收费', '膳食', '食品安全'])
    expect(offered('住宿费多少')).toEqual(['住宿', '寄宿', '收费'])
    expect(words('园服要买吗')).toEqual(['园服', '买', '校服'])
    expect(words('中考报名费')).toEqual(['中考', '报名费', '招生', '收费'])
  })

  it('searches a teacher\'s 年终奖 as the plans\' 绩效 待遇 and a temporary teacher\'s 转正 as 编制 临聘', () => {
    expect(words('老师年终奖')).toEqual(['老师', '年终奖', '教师', '绩效', '待遇'])
    expect(words('代课老师转正')).toEqual(['代课老师', '转正', '教师', '临聘', '老师', '代课', '编制'])
  })

  it('searches 补贴 asked of a teacher as the plans\' 乡村教师 生活补助 待遇, and of a pupil as their 资助, as before', () => {
    expect(words('乡村老师补贴')).toEqual(['乡村', '老师', '补贴', '教师', '乡村教师', '生活补助', '待遇'])
    expect(words('穷孩子上学有补贴吗')).toEqual(['穷孩子', '上学', '补贴', '入学', '就学', '资助'])
  })
})

describe('everyday vocabulary of nursery fees', () => {
  it('searches 托育费 as the plans\' 托育 收费 and a kindergarten\'s 保育费 as their 保教费 收费', () => {
    expect(words('托育费太贵')).toEqual(['托育费', '太贵', '托育', '收费'])
    expect(words('幼儿园保育费')).toEqual(['幼儿园', '保育费', '保教费', '收费'])
  })
})

describe('everyday vocabulary of costs asked of a school', () => {
  it('searches 费用 as the plans\' 收费 where a school or its boarding, meals or uniforms are named, and leaves other costs as typed', () => {
    expect(words('高中住校费用')).toEqual(['高中', '住校', '费用', '寄宿', '收费'])
    expect(offered('维修费用')).toEqual([])
  })
})
