import { describe, expect, it } from 'vitest'
import { textForModel } from './model-text.js'

describe('the text the model embeds', () => {
  it('reads traditional characters as the simplified the plans are written in: 雙減 → 双减, 課後服務怎麼安排 → 课后服务怎么安排', () => {
    expect(textForModel('雙減')).toBe('双减')
    expect(textForModel('課後服務怎麼安排')).toBe('课后服务怎么安排')
  })

  it('drops pasted markup, emoji and symbols, and punctuation at the edges: <b>双减</b>, 双减👍, 【双减】, 双减？？？ and ……课后服务…… are 双减 and 课后服务', () => {
    for (const q of ['<b>双减</b>', '双减👍', '【双减】', '双减？？？', '★双减★', ' 双减 ']) expect(textForModel(q)).toBe('双减')
    expect(textForModel('……课后服务……')).toBe('课后服务')
  })

  it('reads NOT before a term as the parser does, a minus: 双减 NOT 校外培训 → 双减 -校外培训; NOT last or lower-case stays', () => {
    expect(textForModel('双减 NOT 校外培训')).toBe('双减 -校外培训')
    expect(textForModel('NOT 双减')).toBe(textForModel('-双减'))
    expect(textForModel('双减 NOT')).toBe('双减 NOT')
    expect(textForModel('双减 not 校外培训')).toBe('双减 not 校外培训')
  })

  it('reads full-width letters and digits as ASCII: ＡＩ教育 → AI教育, ２０２４年 → 2024年', () => {
    expect(textForModel('ＡＩ教育')).toBe('AI教育')
    expect(textForModel('２０２４年课后服务')).toBe('2024年课后服务')
  })

  it('keeps quotes and the punctuation between clauses, one of a run: 我家孩子上初二，，作业太多了！！ → 我家孩子上初二，作业太多了', () => {
    expect(textForModel('"孩子的课本费太贵"')).toBe('"孩子的课本费太贵"')
    expect(textForModel('我家孩子上初二，，作业太多了！！')).toBe('我家孩子上初二，作业太多了')
  })

  it('keeps a query of symbols alone as typed, for the parser to answer', () => {
    expect(textForModel('👍👍')).toBe('👍👍')
  })
})

describe('the places a question asks for', () => {
  it('are not read by the model, nor the particles they leave: 开展课后服务的地方有几个 → 开展课后服务, 提到双减的城市有哪些 → 双减', () => {
    expect(textForModel('开展课后服务的地方有几个')).toBe('开展课后服务')
    expect(textForModel('提到双减的城市有哪些')).toBe('双减')
    expect(textForModel('哪些城市提到了人工智能')).toBe('人工智能')
    expect(textForModel('哪些城市')).toBe('哪些城市')
    expect(textForModel('农村地区有多少留守儿童')).toBe('农村地区有多少留守儿童')
  })
})
