// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import SearchBox from './SearchBox.vue'
import type { Suggestion } from '../api/types.js'

const SUGGESTIONS: Suggestion[] = [
  { text: '双减', kind: 'term', count: 12 },
  { text: '双减工作', kind: 'term', count: 3 },
  { text: '荆门市', kind: 'city', count: 96 },
]

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function mountBox(modelValue = '双', suggestions: Suggestion[] = SUGGESTIONS) {
  wrapper = mount(SearchBox, { props: { modelValue, suggestions: [] }, attachTo: document.body })
  return wrapper.setProps({ suggestions }).then(() => wrapper!)
}

async function focusAndReceive(modelValue = '双', suggestions: Suggestion[] = SUGGESTIONS) {
  wrapper = mount(SearchBox, { props: { modelValue, suggestions: [] }, attachTo: document.body })
  const input = wrapper.get('input')
  await input.trigger('focus')
  await wrapper.setProps({ suggestions })
  return { w: wrapper, input }
}

describe('SearchBox', () => {
  it('has a label and combobox semantics', async () => {
    const w = await mountBox()
    const input = w.get('input')
    expect(w.get(`label[for="${input.attributes('id')}"]`).text()).toBe('检索条款')
    expect(input.attributes('role')).toBe('combobox')
    expect(input.attributes('aria-controls')).toBe(w.get('[role="listbox"]').attributes('id'))
  })

  it('emits the typed text', async () => {
    const w = await mountBox('')
    await w.get('input').setValue('课后服务')
    expect(w.emitted('update:modelValue')).toEqual([['课后服务']])
  })

  it('opens the list when suggestions arrive while the box has focus', async () => {
    const { input, w } = await focusAndReceive()
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(w.findAll('[role="option"]').map((o) => o.text())).toEqual(['双减词语 · 12', '双减工作词语 · 3', '荆门市城市 · 96'])
  })

  it('moves through suggestions with ↓ and ↑, wrapping at both ends', async () => {
    const { input, w } = await focusAndReceive()
    const active = () => w.find('[aria-selected="true"]').text()
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toContain('双减')
    expect(input.attributes('aria-activedescendant')).toBe(w.findAll('[role="option"]')[0].attributes('id'))
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toContain('荆门市')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toContain('双减词语')
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(active()).toContain('荆门市')
  })

  it('picks the highlighted suggestion with Enter', async () => {
    const { input, w } = await focusAndReceive()
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter' })
    expect(w.emitted('pick')).toEqual([[SUGGESTIONS[1]]])
    expect(w.emitted('submit')).toBeUndefined()
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('closes the list with Esc, then Enter searches the typed text', async () => {
    const { input, w } = await focusAndReceive(' 双减 ')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(input.attributes('aria-activedescendant')).toBeUndefined()
    await input.trigger('keydown', { key: 'Enter' })
    expect(w.emitted('submit')).toEqual([['双减']])
    expect(w.emitted('pick')).toBeUndefined()
  })

  it('submits with the button too', async () => {
    const w = await mountBox('县中振兴', [])
    await w.get('form').trigger('submit')
    expect(w.emitted('submit')).toEqual([['县中振兴']])
  })

  it('focuses the box when / is pressed elsewhere on the page', async () => {
    const w = await mountBox('', [])
    const other = document.createElement('button')
    document.body.appendChild(other)
    other.focus()
    other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }))
    expect(document.activeElement).toBe(w.get('input').element)
    other.remove()
  })

  it('leaves / alone while the user types in another field', async () => {
    await mountBox('', [])
    const field = document.createElement('input')
    document.body.appendChild(field)
    field.focus()
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    field.dispatchEvent(event)
    expect(document.activeElement).toBe(field)
    expect(event.defaultPrevented).toBe(false)
    field.remove()
  })
})
