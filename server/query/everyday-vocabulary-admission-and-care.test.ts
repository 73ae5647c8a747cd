import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())

// A parent's words for getting a child into school and looked after once lessons end (data/dict/everyday-terms.txt,
// 2026-12-06): the plans write 居住证, 随迁子女, 招生计划, 划片, 学籍, 普惠, 托育, 普通高中 and 课后服务 托管.
describe('everyday vocabulary of admission and care after school', () => {
  it('searches a family renting (租房) as the plans\' 居住证 随迁子女 就近入学 where a school place is asked about', () => {
    expect(words('租房能上公办学校吗')).toEqual(['租房', '上', '公办', '学校', '居住证', '随迁子女', '就近入学'])
  })

  it('searches 报名 and 名额 as admission only where a school place is asked about, not a contest or an award', () => {
    expect(words('孩子报名上小学')).toEqual(['报名', '上', '小学', '入学', '幼小衔接', '招生'])
    expect(words('公办学校名额太少')).toEqual(['公办', '学校', '名额', '太少', '学位', '招生计划'])
    expect(words('学校报名参加比赛')).toEqual(['学校', '报名', '参加', '比赛', '竞赛'])
    expect(words('学校评优名额')).toEqual(['学校', '评优', '名额', '表彰', '评选'])
  })

  it('searches 跨区 as 划片 就近入学 and 转校 as 学籍 转学', () => {
    expect(words('能不能跨区上学')).toEqual(['跨区', '上学', '划片', '就近入学', '入学', '就学'])
    expect(words('转校要什么手续')).toEqual(['转校', '手续', '学籍', '转学'])
    // 房户一致 (the house and the household registered at one address) is cut 房户 一致 in a question: read across the cut.
    expect(offered('房户一致')).toEqual(['就近入学', '招生入学'])
    expect(words('房户一致才能入学吗')).toEqual(['房户', '一致', '才能', '入学', '就近入学', '招生入学'])
  })

  it('searches the everyday names of kindergarten and nursery places, and of the entrance to senior high and to art colleges', () => {
    expect(words('公办园太少')).toEqual(['公办园', '太少', '公办幼儿园', '普惠', '学位'])
    expect(offered('孩子入托')).toEqual(['托育', '入园'])
    expect(words('考高中难吗')).toEqual(['高中', '难', '中考', '普通高中'])
    expect(offered('艺考')).toEqual(['艺术', '特长生', '招生'])
    // 分数线 of an exam is the plans' 录取 招生, beside what 分数 adds.
    expect(words('中考分数线')).toEqual(['中考', '分数线', '成绩', '评价', '录取', '招生', '分数'])
  })

  it('searches a child nobody fetches when school lets out early as the plans\' 课后服务 托管', () => {
    expect(words('孩子放学太早没人接怎么办')).toEqual(['放学', '太早', '没人接', '课后服务', '托管'])
    expect(words('下班晚没法接孩子')).toEqual(['下班', '晚', '没法', '接', '课后服务', '托管'])
    expect(words('三点半放学没人管')).toEqual(['三点', '半', '放学', '课后服务', '托管'])
  })
})
