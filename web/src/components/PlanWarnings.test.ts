// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PlanWarnings from './PlanWarnings.vue'

const WARNINGS = [
  { code: 'year_missing', message: '没有找到年份：标题、文号和落款日期都没有写明' },
  { code: 'title_fallback', message: '没有找到标题行，标题取自文首的“湘潭市教育局二〇二三年教育重点工作”，请核对' },
]

describe('PlanWarnings', () => {
  it('lists a plan’s warnings in Chinese on the plan page', () => {
    const w = mount(PlanWarnings, { props: { warnings: WARNINGS } })
    expect(w.get('h2').text()).toBe('解析提示（2）')
    expect(w.findAll('li').map((li) => li.text())).toEqual(['没有找到年份：标题、文号和落款日期都没有写明', '没有找到标题行，标题取自文首的“湘潭市教育局二〇二三年教育重点工作”'])
  })

  it('shows a count with the messages on hover in the plans table', () => {
    const w = mount(PlanWarnings, { props: { warnings: WARNINGS, compact: true } })
    expect(w.get('.plan-warnings__mark').text().replace(/\s+/g, '')).toBe('⚠22条解析提示')
    expect(w.get('.plan-warnings__mark').attributes('title')).toBe('没有找到年份：标题、文号和落款日期都没有写明\n没有找到标题行，标题取自文首的“湘潭市教育局二〇二三年教育重点工作”')
  })

  it('renders nothing for a plan without warnings or from an older build', () => {
    expect(mount(PlanWarnings, { props: { warnings: [] } }).html()).toBe('<!--v-if-->')
    expect(mount(PlanWarnings, { props: {} }).html()).toBe('<!--v-if-->')
  })

  it('leaves the maintainer’s hint (可在 data/catalog.json 中补上) out of a warning, on the plan page and in the table', () => {
    const titleMissing = [{ code: 'title_missing', message: '没有找到标题，暂以文件名“2024-x.txt”称呼，可在 data/catalog.json 中补上' }]
    expect(mount(PlanWarnings, { props: { warnings: titleMissing } }).findAll('li').map((li) => li.text())).toEqual(['没有找到标题，暂以文件名“2024-x.txt”称呼'])
    expect(mount(PlanWarnings, { props: { warnings: titleMissing, compact: true } }).get('.plan-warnings__mark').attributes('title')).toBe('没有找到标题，暂以文件名“2024-x.txt”称呼')
  })
})
