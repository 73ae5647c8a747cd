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
})
