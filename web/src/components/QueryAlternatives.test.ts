// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QueryAlternatives from './QueryAlternatives.vue'

const lines = (w: ReturnType<typeof mount>) => w.findAll('.alternatives__line').map((p) => p.text().replace(/\s+/g, ' '))

describe('QueryAlternatives', () => {
  it('asks 您是不是要找 for a corrected query apart from the looser ones, and picks it on click', async () => {
    const corrected = { query: '双减 课后服务', mode: 'keyword' as const, total: 5, soundAlike: true as const }
    const w = mount(QueryAlternatives, { props: { total: 0, alternatives: [corrected, { query: '课后', mode: 'keyword' as const, total: 9 }] } })
    expect(lines(w)).toEqual(['您是不是要找： 双减 课后服务 (5)', '也可检索： 课后 (9)'])
    await w.get('.alternatives__corrected').trigger('click')
    expect(w.emitted('pick')).toEqual([[corrected]])
  })

  it('says how many clauses hold all the words only beside the looser queries, not beside a correction alone', () => {
    const w = mount(QueryAlternatives, { props: { total: 22, alternatives: [{ query: '双减怎么落实', mode: 'hybrid' as const, total: 130, soundAlike: true as const }] } })
    expect(lines(w)).toEqual(['您是不是要找： 双减怎么落实 (130)'])
    const looser = mount(QueryAlternatives, { props: { total: 1, alternatives: [{ query: '学生 近视', mode: 'keyword' as const, total: 5 }, { query: '学生近视', mode: 'semantic' as const, total: 3 }] } })
    expect(lines(looser)[0]).toMatch(/^只找到 1 条同时含有这些词的条款。 也可检索：/)
    expect(looser.findAll('button').map((b) => b.text())).toEqual(['学生 近视 (5)', '语义检索“学生近视” (3)'])
  })

  it('names the search within a place the query only named as that place\'s clauses', () => {
    const w = mount(QueryAlternatives, { props: { total: 0, alternatives: [{ query: '', mode: 'keyword' as const, total: 24, filters: { province: ['湖北省'] } }] } })
    expect(w.findAll('button').map((b) => b.text())).toEqual(['湖北省的全部条款 (24)'])
  })

  it('says in semantic mode that few clauses are close by meaning, and that hybrid mode also lists those saying the words', () => {
    const w = mount(QueryAlternatives, { props: { total: 1, mode: 'semantic' as const, alternatives: [{ query: '近视', mode: 'hybrid' as const, total: 5 }] } })
    expect(lines(w)).toEqual(['只找到 1 条意思足够接近的条款；混合检索还会列出字面含有这些词的条款。 也可检索： 混合检索“近视” (5)'])
  })
})

