import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const searched = (q: string) => parseQuery(q, tokenizer).groups.map((g) => g.map((t) => (t.kind === 'phrase' ? t.match : t.words)))

describe('who asks, said before the question', () => {
  it('is not searched: 我是记者，想了解… required 记者, which no clause holds, beside 教育信息化', () => {
    expect(searched('我是记者，想了解荣成在教育信息化方面有哪些具体做法')).toEqual([[['荣成', '教育信息化', '具体做法']]])
    expect(searched('我是一名家长，想问一下学校食堂')).toEqual([['学校食堂']])
    expect(searched('您好，我是一名高中生，选科怎么选')).toEqual([[['选科', '选']]])
    expect(searched('作为研究人员，想看各地的双减')).toEqual([['双减']])
  })

  it('stays where it is the whole query, a place, a teacher\'s role or a list item', () => {
    expect(searched('我是家长')).toEqual([['家长']])
    // 荆门人 is where the asker is from: the place is read from it (place-mentions.ts).
    expect(searched('我是荆门人，想问双减')).toEqual([[['荆门', '人', '双减']]])
    expect(searched('我是老师，想去外地学习')).toEqual([[['老师', '外地', '学习']]])
    // Typed apart, 家长 is a term of its own.
    expect(searched('家长，学校食堂')).toEqual([['家长'], ['学校食堂']])
  })
})
