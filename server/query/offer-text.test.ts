import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { offerText } from './offer-text.js'

const tokenizer = createSegmenter()
const offer = (text: string) => offerText(text, tokenizer)

describe('offerText', () => {
  it('offers a question that searches one phrase as that phrase: 有没有提课后服务 is 课后服务', () => {
    expect(offer('有没有提课后服务')).toBe('课后服务')
    expect(offer('有没提双减')).toBe('双减')
    expect(offer('有没有讲到劳动教育')).toBe('劳动教育')
    expect(offer('是怎么做课后服务')).toBe('课后服务')
  })

  it('keeps free text as typed, since its words apart would each be required: 计划多了什么新内容', () => {
    expect(offer('计划多了什么新内容')).toBe('计划多了什么新内容')
    expect(offer('孩子作业太多怎么办')).toBe('孩子作业太多怎么办')
  })

  it('drops a piece that names nothing, left before a comma by a comparison: 比起,计划多了什么新内容 is 计划多了什么新内容', () => {
    expect(offer('比起,计划多了什么新内容')).toBe('计划多了什么新内容')
    expect(offer('请问,学前教育')).toBe('学前教育')
    expect(offer('在课后服务上有什么不同')).toBe('在课后服务上有什么不同')
  })

  it('keeps a phrase, a quoted phrase, an OR and an exclusion as typed', () => {
    expect(offer('双减')).toBe('双减')
    expect(offer('"有没有提课后服务"')).toBe('"有没有提课后服务"')
    expect(offer('双减 | 课后服务')).toBe('双减 | 课后服务')
    expect(offer('托管 -课后服务')).toBe('托管 -课后服务')
  })
})
