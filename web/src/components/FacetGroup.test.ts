// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import FacetGroup, { type FacetGroupData } from './FacetGroup.vue'
import SearchBox from './SearchBox.vue'

const cities = (n: number): FacetGroupData => ({
  field: 'city',
  label: '城市',
  chosen: [],
  values: Array.from({ length: n }, (_, i) => ({ value: i === 3 ? '南京市' : `城市${i + 1}`, count: 100 - i })),
  except: 'exceptCity',
  leftOut: [],
})

describe('FacetGroup', () => {
  it('forgets the 查找 text once the facet has too few values for the box, and lists all of them again', async () => {
    const w = mount(FacetGroup, { props: { group: cities(20) } })
    await w.get('input[aria-label="查找城市"]').setValue('南京')
    expect(w.findAll('input[name="city"]').map((i) => (i.element as HTMLInputElement).value)).toEqual(['南京市'])
    // A narrower search leaves 6 cities: no box, so no hidden text may narrow them.
    await w.setProps({ group: cities(6) })
    expect(w.find('input[type="search"]').exists()).toBe(false)
    expect(w.find('.facet__found').exists()).toBe(false)
    expect(w.findAll('input[name="city"]').map((i) => (i.element as HTMLInputElement).value))
      .toEqual(['城市1', '城市2', '城市3', '南京市', '城市5', '城市6'])
    // And when the facet grows long again, the box comes back empty.
    await w.setProps({ group: cities(20) })
    expect((w.get('input[aria-label="查找城市"]').element as HTMLInputElement).value).toBe('')
    expect(w.findAll('input[name="city"]')).toHaveLength(8)
  })

  it('draws the 查找 box and the search box with the one .text-input style of base.css, not a copy in each', () => {
    const find = mount(FacetGroup, { props: { group: cities(20) } }).get('input[type="search"]')
    const search = mount(SearchBox, { props: { modelValue: '', suggestions: [] } }).get('input')
    expect(find.classes()).toContain('text-input')
    expect(search.classes()).toContain('text-input')
    const source = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8')
    expect(source('../styles/base.css')).toContain('.text-input {\n  width: 100%;')
    // The input's border was written out in both components; now neither repeats it.
    for (const file of ['./FacetGroup.vue', './SearchBox.vue']) {
      const style = source(file).split('<style')[1]
      expect(style).not.toContain('#9aa1ab')
    }
  })
})
