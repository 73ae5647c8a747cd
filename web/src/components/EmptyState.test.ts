// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import { emptySearchState } from '../lib/url-state.js'
import EmptyState from './EmptyState.vue'

const stubs = { RouterLink: RouterLinkStub }
const state = { ...emptySearchState(), q: '霸凌' }
const tips = (w: ReturnType<typeof mount>) => w.findAll('.empty__tips > li').map((li) => li.text())

describe('EmptyState', () => {
  it('offers the mode the server counted results in, with its count', async () => {
    const alternatives = [{ query: '欺凌', mode: 'keyword' as const, total: 4 }, { query: '霸凌', mode: 'hybrid' as const, total: 4 }]
    const w = mount(EmptyState, { props: { state, semanticAvailable: true, alternatives }, global: { stubs } })
    expect(tips(w)[0]).toBe('改用混合检索（4 条），查找意思相近但用词不同的条款')
    await w.get('.empty__tips button').trigger('click')
    expect(w.emitted('mode')).toEqual([['hybrid']])
  })

  it('offers no mode that would find nothing, and asks for other words instead', () => {
    const w = mount(EmptyState, { props: { state, semanticAvailable: true, alternatives: [] }, global: { stubs } })
    expect(tips(w)[0]).toBe('换一种说法，政策文件常用的表述不止一种（如“课后服务”与“托管服务”）')
    expect(w.find('.empty__tips button').exists()).toBe(false)
  })

  it('asks a quoted phrase to be split into words, and a query of several words to keep fewer, never a word or two', () => {
    const quoted = mount(EmptyState, { props: { state: { ...state, q: '“双减作业”' }, semanticAvailable: true }, global: { stubs } })
    expect(tips(quoted)).toContain('去掉引号，把短语拆成词语检索')
    const plain = mount(EmptyState, { props: { state: { ...state, q: '学校食堂饭菜质量差找谁' }, semanticAvailable: true }, global: { stubs } })
    expect(tips(plain)).toContain('缩短检索词，只留下最关键的一两个词')
    // A word or two has nothing to drop: 霸凌, and 长沙 双减 searched as 双减 within 长沙市.
    const one = mount(EmptyState, { props: { state, semanticAvailable: true }, global: { stubs } })
    expect(tips(one).some((t) => t.startsWith('缩短检索词'))).toBe(false)
    const within = mount(EmptyState, { props: { state: { ...state, q: '长沙 双减' }, semanticAvailable: true, inferred: { query: '双减', mentions: ['长沙'], city: ['长沙市'] } }, global: { stubs } })
    expect(tips(within).some((t) => t.startsWith('缩短检索词'))).toBe(false)
    expect(tips(plain).some((t) => t.includes('引号'))).toBe(false)
  })

  it('suggests other words in semantic mode too, where a question found nothing close', () => {
    const w = mount(EmptyState, { props: { state: { ...state, q: '股票行情', mode: 'semantic' as const }, semanticAvailable: true }, global: { stubs } })
    expect(w.get('.empty__title').text()).toBe('没有与“股票行情”意思相近的条款')
    expect(tips(w)).toEqual(['换一种说法，政策文件常用的表述不止一种（如“课后服务”与“托管服务”）', '浏览全部文件'])
  })

  it('offers hybrid mode in semantic mode when clauses say the words though none is close by meaning: 校服', async () => {
    const alternatives = [{ query: '校服', mode: 'hybrid' as const, total: 4 }]
    const w = mount(EmptyState, { props: { state: { ...state, q: '校服', mode: 'semantic' as const }, semanticAvailable: true, alternatives }, global: { stubs } })
    expect(tips(w)[0]).toBe('改用混合检索（4 条），同时列出字面含有这些词的条款')
    await w.get('.empty__tips button').trigger('click')
    expect(w.emitted('mode')).toEqual([['hybrid']])
  })

  it('says the question was searched within the places it named: 长沙 双减 as 双减 in 长沙市\'s plans', () => {
    const inferred = { query: '双减', mentions: ['长沙'], city: ['长沙市'] }
    const keyword = mount(EmptyState, { props: { state: { ...state, q: '长沙 双减' }, semanticAvailable: true, inferred }, global: { stubs } })
    expect(keyword.get('.empty__title').text()).toBe('长沙市的文件中没有包含“双减”的条款')
    const hybrid = mount(EmptyState, { props: { state: { ...state, q: '长沙 双减', mode: 'hybrid' as const }, semanticAvailable: true, inferred }, global: { stubs } })
    expect(hybrid.get('.empty__title').text()).toBe('长沙市的文件中没有与“双减”意思相近的条款')
    expect(hybrid.get('.muted').text()).toBe('语义检索只列出意思足够接近的条款；这个问题在这些文件中没有找到。')
  })
})
