import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { namingWords } from './naming-words.js'

const tokenizer = createSegmenter()

describe('namingWords', () => {
  it('keeps every word, in the order typed, when they fit', () => {
    expect(namingWords(['上', '初二', '作业', '太多'], 16, tokenizer)).toEqual(['上', '初二', '作业', '太多'])
  })

  it('keeps dictionary terms, then longer words, then the later of words alike, in the order typed', () => {
    // 交流轮岗 and 寄宿制学校 are dictionary terms; 县城 and 工资 are two characters like 待遇, which is asked last.
    expect(namingWords(['县城', '工资', '上', '寄宿制学校', '十五年', '待遇', '交流轮岗'], 4, tokenizer)).toEqual(['寄宿制学校', '十五年', '待遇', '交流轮岗'])
  })

  it('drops 上 from a term of five words or more, where it attends or follows, and keeps it in a shorter one', () => {
    expect(namingWords(['家', '不是', '本地', '户口', '上', '公办'], 16, tokenizer)).toEqual(['家', '不是', '本地', '户口', '公办'])
    expect(namingWords(['荆门', '泉州', '课后服务', '上'], 16, tokenizer)).toEqual(['荆门', '泉州', '课后服务', '上'])
  })
})
