// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { isTextEntry, useResultKeys } from './useResultKeys.js'

const TITLES = ['江门市教育局2023年工作要点 第25条', '2024年全区教育工作要点 第10条', '市教育局2025年教育工作要点 第3条']

/** Three results as the result list marks them, a search box and a facet check box outside them. */
const Page = defineComponent({
  setup() {
    const root = ref<HTMLElement | null>(null)
    const opened = ref<string[]>([])
    useResultKeys(root)
    return () => h('div', [
      h('input', { id: 'box', type: 'search' }),
      h('input', { id: 'facet', type: 'checkbox' }),
      h('section', { ref: root }, [
        h('p', { id: 'summary', tabindex: -1 }, '共 3 条'),
        ...TITLES.map((title, i) => h('article', { 'data-result': '' }, [
          h('a', { href: `#c${i}`, 'data-result-link': '' }, title),
          h('a', { href: `#p${i}`, 'data-context-link': '', onClick: (e: Event) => { e.preventDefault(); opened.value.push(`p${i}`) } }, '在原文中查看'),
        ])),
      ]),
      h('output', { id: 'opened' }, opened.value.join(',')),
    ])
  },
})

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function press(key: string, target: Element = document.activeElement ?? document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}
const focusedText = () => document.activeElement?.textContent

describe('useResultKeys', () => {
  it('moves through the results with j and k, staying on the first and the last', () => {
    wrapper = mount(Page, { attachTo: document.body })
    press('j')
    expect(focusedText()).toBe(TITLES[0])
    press('j')
    press('j')
    press('j')
    expect(focusedText()).toBe(TITLES[2])
    press('k')
    expect(focusedText()).toBe(TITLES[1])
  })

  it('moves with the arrow keys only once the summary or a result has focus', () => {
    wrapper = mount(Page, { attachTo: document.body })
    press('ArrowDown')
    expect(document.activeElement).toBe(document.body)
    ;(document.getElementById('summary') as HTMLElement).focus()
    press('ArrowDown')
    press('ArrowDown')
    expect(focusedText()).toBe(TITLES[1])
    press('ArrowUp')
    expect(focusedText()).toBe(TITLES[0])
  })

  it('opens the focused result in its plan with o', async () => {
    wrapper = mount(Page, { attachTo: document.body })
    press('j')
    press('j')
    press('o')
    await wrapper.vm.$nextTick()
    expect(wrapper.get('#opened').text()).toBe('p1')
  })

  it('leaves letters typed into the search box alone, but not on a check box', () => {
    wrapper = mount(Page, { attachTo: document.body })
    const box = document.getElementById('box') as HTMLInputElement
    box.focus()
    press('j', box)
    expect(document.activeElement).toBe(box)
    const facet = document.getElementById('facet') as HTMLInputElement
    facet.focus()
    press('j', facet)
    expect(focusedText()).toBe(TITLES[0])
  })

  it('does nothing while the phone\'s filter drawer covers the results', () => {
    wrapper = mount(Page, { attachTo: document.body })
    document.body.classList.add('drawer-open')
    try {
      press('j')
      expect(document.activeElement).toBe(document.body)
    } finally {
      document.body.classList.remove('drawer-open')
    }
  })
})

describe('isTextEntry', () => {
  it('is true for text fields and selects, false for check boxes, radios and links', () => {
    const make = (html: string) => {
      const host = document.createElement('div')
      host.innerHTML = html
      return host.firstElementChild
    }
    expect(['<input type="search">', '<input>', '<textarea></textarea>', '<select></select>'].map((x) => isTextEntry(make(x)))).toEqual([true, true, true, true])
    expect(['<input type="checkbox">', '<input type="radio">', '<a href="#">x</a>', '<button>x</button>'].map((x) => isTextEntry(make(x)))).toEqual([false, false, false, false])
  })
})
