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
})
