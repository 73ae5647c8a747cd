// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import ClauseCard from './ClauseCard.vue'
import type { SearchHitDto } from '../api/types.js'

// Clause 6 of the 荆门市 2025 plan in the bundled corpus, as /api/search returns it for 双减.
const TEXT = '6.持续巩固“双减”成效。坚持校内提质增效,持续抓好中小学生“五项管理”、课后服务“五个严禁”,加强各科作业统筹,控制作业总量,减少不必要的考试,建设一批课后服务特色案例学校。'
const HIT: SearchHitDto = {
  id: 'jingmen-2025-1-6',
  planId: 'jingmen-2025',
  planTitle: '市教育局2025年教育工作要点',
  planName: '荆门市教育局《市教育局2025年教育工作要点》',
  city: '荆门市',
  province: '湖北省',
  level: '市',
  year: 2025,
  chapter: { number: '二', title: '坚持以立德树人为根本，着力提升育人质量' },
  section: null,
  number: 6,
  heading: '持续巩固“双减”成效',
  text: TEXT,
  snippet: '6.持续巩固“<mark>双减</mark>”成效。坚持校内提质增效,持续抓好中小学生“五项管理”、<mark>课后服务</mark>“五个严禁”…',
  themes: ['义务教育', '校外培训'],
  outlineOnly: false,
  firstIndexed: '2026-01-01T00:00:00.000Z',
  url: '/c/jingmen-2025-1-6',
  citation: '荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）二、第6条',
  citationGbt: '荆门市教育局. 市教育局2025年教育工作要点：二、第6条[EB/OL]. (2025-03-12)[2026-11-30]. http://127.0.0.1:3000/c/jingmen-2025-1-6.',
  score: 1,
}

function mountCard(hit: SearchHitDto, query = '双减 课后服务') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:rest(.*)*', component: { render: () => null } }] })
  return mount(ClauseCard, { props: { hit, query }, global: { plugins: [router] } })
}

describe('ClauseCard', () => {
  it('shows where the clause sits: plan, place, year, chapter, number and themes', () => {
    const w = mountCard(HIT)
    expect(w.get('h3').text()).toBe('荆门市教育局《市教育局2025年教育工作要点》第6条')
    expect(w.get('.clause-card__meta').text().replace(/\s+/g, '')).toBe('湖北省荆门市·2025年·二、坚持以立德树人为根本，着力提升育人质量·第6条')
    expect(w.findAll('.tag').map((t) => t.text())).toEqual(['义务教育', '校外培训'])
    expect(w.get('h3 a').attributes('href')).toBe('/c/jingmen-2025-1-6?q=%E5%8F%8C%E5%87%8F+%E8%AF%BE%E5%90%8E%E6%9C%8D%E5%8A%A1')
  })

  it('renders the snippet with its marks', () => {
    const w = mountCard(HIT)
    expect(w.findAll('.clause-card__snippet mark').map((m) => m.text())).toEqual(['双减', '课后服务'])
    expect(w.get('.clause-card__snippet').text()).toBe('6.持续巩固“双减”成效。坚持校内提质增效,持续抓好中小学生“五项管理”、课后服务“五个严禁”…')
  })

  it('never renders a script, an image or a handler smuggled into a snippet', () => {
    const snippet = '持续巩固<mark onmouseover="steal()">双减</mark><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">成效 &lt;b&gt;'
    const w = mountCard({ ...HIT, snippet })
    const html = w.get('.clause-card__snippet').html()
    expect(w.find('script').exists()).toBe(false)
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('b').exists()).toBe(false)
    expect(html).not.toContain('onmouseover')
    expect(html).not.toContain('onerror')
    expect(w.get('.clause-card__snippet').text()).toBe('持续巩固双减window.pwned = 1成效 <b>')
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
  })

  it('expands to the whole clause with every occurrence marked', async () => {
    const w = mountCard(HIT)
    const toggle = w.findAll('button').find((b) => b.text() === '展开全文')!
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(toggle.text()).toBe('收起全文')
    const full = w.get('.clause-card__full')
    expect(full.text()).toBe(TEXT)
    expect(full.findAll('mark').map((m) => m.text())).toEqual(['双减', '课后服务', '课后服务'])
    expect(full.attributes('id')).toBe(toggle.attributes('aria-controls'))
  })

  it('says when only the outline gave the clause and offers no full text', () => {
    const w = mountCard({ ...HIT, outlineOnly: true, text: '', snippet: '巩固“<mark>双减</mark>”工作成果', number: 10 })
    expect(w.text()).toContain('仅有目录标题：原文缺少这一条的正文。')
    expect(w.findAll('button').some((b) => b.text() === '展开全文')).toBe(false)
  })

  it('says when the plan prints the heading with nothing under it, and offers no full text: there is none beyond the heading', () => {
    const w = mountCard({ ...HIT, headingOnly: true, text: '三、其他', heading: '其他', snippet: '三、<mark>其他</mark>', number: null })
    expect(w.get('.clause-card__outline-note').text()).toBe('仅有标题：原文在这一标题下没有文字。')
    expect(w.text()).not.toContain('原文缺少')
    expect(w.findAll('button').some((b) => b.text() === '展开全文')).toBe(false)
  })

  it('shows a heading printed with nothing under it once: its line in the snippet, only what stands above it in the place line', () => {
    // Before: 湖北省荆门市·2025年·三、其他·段落 over the snippet 三、其他, and ·一、加强党的全面领导·（二）深化改革·段落 over （二）深化改革.
    const chapter = mountCard({ ...HIT, headingOnly: true, chapter: { number: '三', title: '其他' }, text: '三、其他', heading: '其他', snippet: '三、<mark>其他</mark>', number: null })
    const section = mountCard({ ...HIT, headingOnly: true, chapter: { number: '一', title: '加强党的全面领导' }, section: '（二）深化改革', text: '（二）深化改革', heading: '深化改革', snippet: '（二）深化改革', number: null })
    expect([chapter, section].map((w) => [w.get('.clause-card__meta').text().replace(/\s+/g, ''), w.get('.clause-card__snippet').text()])).toEqual([
      ['湖北省荆门市·2025年', '三、其他'],
      ['湖北省荆门市·2025年·一、加强党的全面领导', '（二）深化改革'],
    ])
  })

  it('labels a heading printed with nothing under it 仅有标题 in the card title, not 段落: it is no paragraph', () => {
    const w = mountCard({ ...HIT, headingOnly: true, chapter: { number: '三', title: '其他' }, text: '三、其他', heading: '其他', snippet: '三、其他', number: null })
    expect(w.get('.clause-card__number').text()).toBe('仅有标题')
  })
})
