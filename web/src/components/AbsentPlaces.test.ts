// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import AbsentPlaces from './AbsentPlaces.vue'

const stubs = { RouterLink: RouterLinkStub }

describe('AbsentPlaces', () => {
  it('says the places have no plan here, and that the results come from elsewhere when there are any', () => {
    const w = mount(AbsentPlaces, { props: { places: ['南京市', '浙江省'], total: 9 }, global: { stubs } })
    expect(w.text().replace(/\s+/g, ' ')).toBe('已收录的文件中没有 南京市、浙江省 的文件，以下结果均来自其他地方。 查看已收录的文件')
    expect(w.getComponent(RouterLinkStub).props('to')).toBe('/plans')
    const none = mount(AbsentPlaces, { props: { places: ['南京市'], total: 0 }, global: { stubs } })
    expect(none.text().replace(/\s+/g, ' ')).toBe('已收录的文件中没有 南京市 的文件。 查看已收录的文件')
  })

  it('names plan years with no plan here too, and says the results come from other years', () => {
    const w = mount(AbsentPlaces, { props: { years: [2026], total: 11 }, global: { stubs } })
    expect(w.text().replace(/\s+/g, ' ')).toBe('已收录的文件中没有 2026年 的文件，以下结果均来自其他年份。 查看已收录的文件')
    const both = mount(AbsentPlaces, { props: { places: ['南京市'], years: [2026], total: 0 }, global: { stubs } })
    expect(both.text().replace(/\s+/g, ' ')).toBe('已收录的文件中没有 南京市、2026年 的文件。 查看已收录的文件')
  })

  it('names a run of consecutive years as one range and keeps single years apart', () => {
    const before2020 = Array.from({ length: 20 }, (_, i) => 2000 + i)
    const w = mount(AbsentPlaces, { props: { years: [...before2020, 2023, 2021], total: 4 }, global: { stubs } })
    expect(w.get('strong').text()).toBe('2000–2019年、2021年、2023年')
    const two = mount(AbsentPlaces, { props: { years: [2026, 2025], total: 0 }, global: { stubs } })
    expect(two.get('strong').text()).toBe('2025–2026年')
  })
})
