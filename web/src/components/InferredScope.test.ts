// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import InferredScope from './InferredScope.vue'

const inferred = { query: '双减', mentions: ['荆门'], city: ['荆门市'] }

describe('InferredScope', () => {
  it('says where a question naming a place was searched, and offers the place as a filter or the question as typed', async () => {
    const w = mount(InferredScope, { props: { inferred, query: '荆门 双减', total: 2 } })
    expect(w.text().replace(/\s+/g, ' ')).toBe('已在 荆门市 的文件中检索“双减”（按查询中的“荆门”限定）。改为筛选条件按原文检索“荆门 双减”')
    await w.findAll('button')[0].trigger('click')
    expect(w.emitted('keep')).toEqual([[]])
  })

  it('offers no filter that would find nothing when nothing was found there: 长沙 双减', async () => {
    const w = mount(InferredScope, { props: { inferred: { ...inferred, mentions: ['长沙'], city: ['长沙市'] }, query: '长沙 双减', total: 0 } })
    expect(w.findAll('button').map((b) => b.text())).toEqual(['按原文检索“长沙 双减”'])
    await w.get('button').trigger('click')
    expect(w.emitted('literal')).toEqual([[]])
  })
})
