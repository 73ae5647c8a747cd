import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { homophonesOf, slipsIn } from './homophones.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => parseQuery(q, tokenizer).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

// How often a thing happens (老是, 总是, 天天: data/dict/stopwords.txt) is how a complaint is said, never what it is about.
describe('the words of how often in a complaint', () => {
  it('drops 老是, 总是, 经常, 天天 and 一直 from the words searched: no plan writes them', () => {
    expect(words('体育课老是被数学老师占')).toEqual(['体育课', '数学老师', '占'])
    expect(words('学校总是让家长批改作业')).toEqual(['学校', '家长', '批改作业'])
    expect(words('孩子经常被老师骂')).toEqual(['老师', '骂'])
    expect(words('学校天天补课')).toEqual(['学校', '补课'])
  })

  it('reads no slip in them: 老是 was offered as 老师 (体育课老师被数学老师占), a word of the same sound', () => {
    const index = homophonesOf({ countedWords: () => [{ text: '教师', count: 70 }, { text: '体育', count: 33 }] }, new Map([['老师', ['教师']]]))
    expect(slipsIn(parseQuery('体育课老是被数学老师占', tokenizer), index, new Map([['老师', ['教师']]]), tokenizer)).toEqual([])
    expect(slipsIn(parseQuery('老师老是拖堂', tokenizer), index, new Map([['老师', ['教师']]]), tokenizer)).toEqual([])
  })
})

// Whether it is so (到底, 究竟, 真的, 靠谱, 咋回事) is how a doubt is said, never what it is about.
describe('the words of doubt in a question', () => {
  it('drops 到底, 真的 and 回事 from the words searched: 课后服务到底收不收钱 searches 课后服务 收钱', () => {
    expect(words('课后服务到底收不收钱')).toEqual(['课后服务', '收钱'])
    expect(words('课后服务是真的免费吗')).toEqual(['课后服务', '免费'])
    expect(words('作业太多咋回事')).toEqual(['作业', '太多'])
  })
})
