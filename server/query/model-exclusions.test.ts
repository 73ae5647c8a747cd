import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { widenForModes } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const vectorText = (q: string) => widenForModes(parseQuery(q, tokenizer)).vectorText

describe('the text the model embeds, without what the user excluded', () => {
  it('drops an excluded term with its minus or NOT: 心理健康 -教师 → 心理健康, 双减 NOT 作业 → 双减, 课后服务 -"收费" → 课后服务', () => {
    expect(vectorText('心理健康 -教师')).toBe('心理健康')
    expect(vectorText('双减 NOT 作业')).toBe('双减')
    expect(vectorText('课后服务 -"收费"')).toBe('课后服务')
  })

  it('drops an exclusion said in words with the words that said it: 不含职业教育的教师培训 → 教师培训, 除了双减以外的课后服务 → 课后服务, 人工智能但没有提到编程 → 人工智能', () => {
    expect(vectorText('不含职业教育的教师培训')).toBe('教师培训')
    expect(vectorText('除了双减以外的课后服务')).toBe('课后服务')
    expect(vectorText('人工智能但没有提到编程')).toBe('人工智能')
    expect(vectorText('不是双减的减负措施')).toBe('减负措施')
    expect(vectorText('减负但不要校外培训的')).toBe('减负')
  })

  it('adds no vocabulary word that says an excluded one: 食堂 -安全 → 食堂 校园餐 (not 食品安全), where 食堂 → 食堂 食品安全 校园餐', () => {
    expect(vectorText('食堂')).toBe('食堂 食品安全 校园餐')
    expect(vectorText('食堂 -安全')).toBe('食堂 校园餐')
  })

  it('keeps a query of exclusions alone as the model read it before: -双减 and NOT 双减 → 双减', () => {
    expect(vectorText('-双减')).toBe('双减')
    expect(vectorText('NOT 双减')).toBe('双减')
  })
})
