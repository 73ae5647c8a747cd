import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => parseQuery(q, tokenizer).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

// What a question asks of its topic (how old, what date, must it, may it, is it lawful: data/dict/stopwords.txt) is
// not what it is about: no plan answers 几岁 or 几号 in those words, and 必须 需要 合法 stand in its prose on other things.
describe('the words of age, date, obligation and permission in a question', () => {
  it('drops 几岁, 几号 and 几月 as it drops 几点 and 几天: 小学几岁上 searches 小学, 开学时间是几号 开学 时间', () => {
    expect(words('小学几岁上')).toEqual(['小学', '上'])
    expect(words('开学时间是几号')).toEqual(['开学', '时间'])
    expect(words('几月开始报名')).toEqual(['开始', '报名'])
  })

  it('drops 必须, 需要, 随便 and 合法 said of the topic: 校服必须买吗 searches 校服 买, 孩子转学需要什么手续 转学 手续', () => {
    expect(words('校服必须买吗')).toEqual(['校服', '买'])
    expect(words('孩子转学需要什么手续')).toEqual(['转学', '手续'])
    expect(words('学校可以随便开除学生吗')).toEqual(['学校', '开除', '学生'])
    expect(words('研学旅行收费合法吗')).toEqual(['研学', '旅行', '收费'])
  })

  it('drops 重视 and 看重, which ask which place cares more: 哪个更重视体育 searches 体育, and 重视 alone is searched as typed', () => {
    expect(words('哪个更重视体育')).toEqual(['体育'])
    expect(words('哪里看重职业教育')).toEqual(['职业教育'])
    expect(words('重视')).toEqual(['重视'])
  })

  it('keeps a plans\' word that only holds one of them (教师合法权益), and searches one typed alone as typed', () => {
    expect(words('保障教师合法权益')).toEqual(['保障', '教师', '合法权益'])
    expect(words('必须')).toEqual(['必须'])
  })
})
