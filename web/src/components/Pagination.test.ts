// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import Pagination from './Pagination.vue'

describe('Pagination', () => {
  it('offers no 转到 box for a few pages', () => {
    const w = mount(Pagination, { props: { page: 1, total: 140, limit: 20 } })
    expect(w.find('form').exists()).toBe(false)
  })

  it('goes straight to a page typed in the 转到 box, kept within the pages there are', async () => {
    const w = mount(Pagination, { props: { page: 300, total: 8584, limit: 20 } })
    expect(w.get('form').text()).toContain('共 430 页')
    await w.get('input[type="number"]').setValue('77')
    await w.get('form').trigger('submit')
    await w.get('input[type="number"]').setValue('9999')
    await w.get('form').trigger('submit')
    await w.get('form').trigger('submit')
    expect(w.emitted('go')).toEqual([[77], [430]])
  })

  it('marks the pages beside the current one, which a phone folds away', () => {
    const w = mount(Pagination, { props: { page: 300, total: 8584, limit: 20 } })
    const near = w.findAll('li.is-near').map((li) => li.text())
    expect(near).toEqual(['298', '299', '301', '302'])
  })

  it('links no page past the last the server answers, and says so', () => {
    const w = mount(Pagination, { props: { page: 1, total: 86_000, limit: 20 } })
    expect(w.findAll('button.pagination__page').map((b) => b.text()).at(-1)).toBe('1000')
    expect(w.get('form').text()).toContain('共 4,300 页，可翻到第 1,000 页；请加条件缩小范围')
  })

  it('puts an ellipsis wherever a phone skips pages: 1 … 4 … 7, while wider screens show 1 2 3 4 5 6 7', () => {
    // What each layout shows: the wide one hides the phone's gaps; the phone hides the near pages and the wide gaps.
    const layout = (w: ReturnType<typeof mount>, phone: boolean) =>
      w.findAll('.pagination__pages li')
        .filter((li) => (phone ? !li.classes('is-near') && !li.classes('is-wide-gap') : !li.classes('is-phone-gap')))
        .map((li) => li.text())
    const seven = mount(Pagination, { props: { page: 4, total: 140, limit: 20 } })
    expect(layout(seven, true)).toEqual(['1', '…', '4', '…', '7'])
    expect(layout(seven, false)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    const first = mount(Pagination, { props: { page: 1, total: 140, limit: 20 } })
    expect(layout(first, true)).toEqual(['1', '…', '7'])
    expect(layout(first, false)).toEqual(['1', '2', '3', '…', '7'])
    const many = mount(Pagination, { props: { page: 300, total: 8584, limit: 20 } })
    expect(layout(many, true)).toEqual(['1', '…', '300', '…', '430'])
    expect(layout(many, false)).toEqual(['1', '…', '298', '299', '300', '301', '302', '…', '430'])
    // Next to the first page nothing is skipped: no ellipsis between 1 and 2.
    const second = mount(Pagination, { props: { page: 2, total: 140, limit: 20 } })
    expect(layout(second, true)).toEqual(['1', '2', '…', '7'])
    // The ellipses are not read out or reached by Tab; each page is a button named 第 N 页.
    expect(many.findAll('.pagination__gap').every((g) => g.attributes('aria-hidden') === 'true')).toBe(true)
    expect(many.findAll('button.pagination__page').map((b) => b.attributes('aria-label'))).toEqual(
      ['第 1 页', '第 298 页', '第 299 页', '第 300 页', '第 301 页', '第 302 页', '第 430 页'])
  })
})
