// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import SentenceWords from './SentenceWords.vue'

const stubs = { RouterLink: RouterLinkStub }

describe('SentenceWords', () => {
  it('names the words a sentence question matched by, and links each common word that only ranked to a search of its own', () => {
    const w = mount(SentenceWords, { props: { matched: ['职业', '毕业', '就业'], rankOnly: ['学校', '工作'] }, global: { stubs } })
    expect(w.text().replace(/\s+/g, ' ')).toBe('按 “职业”、“毕业”、“就业” 匹配；“学校”、“工作”在三成以上的条款中都有，只参与排序，点击可单独检索。')
    expect(w.findAllComponents(RouterLinkStub).map((l) => l.props('to'))).toEqual([
      { path: '/', query: { q: '学校' } },
      { path: '/', query: { q: '工作' } },
    ])
  })

  it('shows words as text, never as markup', () => {
    const w = mount(SentenceWords, { props: { matched: ['<b>x</b>'], rankOnly: ['学校'] }, global: { stubs } })
    expect(w.get('strong').text()).toBe('“<b>x</b>”')
    expect(w.find('b').exists()).toBe(false)
  })
})
