import { describe, expect, it } from 'vitest'
import { groupByTheme, moveItem, parseBasket, type BasketItem } from './basket-store.js'

const item = (id: string, themes: string[]): BasketItem => ({
  id, note: '', planTitle: '江门市教育局2023年工作要点', city: '江门市', year: 2023, heading: '', text: '', citation: '', themes,
})

describe('parseBasket', () => {
  it('returns an empty basket for nothing, broken JSON or a non-list, and drops duplicates and id-less entries', () => {
    expect(parseBasket(null)).toEqual([])
    expect(parseBasket('{')).toEqual([])
    expect(parseBasket('{"id":"a"}')).toEqual([])
    const parsed = parseBasket(JSON.stringify([{ id: 'a', note: '用于起草', themes: ['双减与课后服务', 3] }, { id: 'a' }, { note: 'x' }]))
    expect(parsed.map((i) => [i.id, i.note, i.themes])).toEqual([['a', '用于起草', ['双减与课后服务']]])
  })
})

describe('moveItem and groupByTheme', () => {
  const items = [item('a', ['学前教育']), item('b', []), item('c', ['学前教育', '义务教育'])]

  it('moves an item within the bounds of the list', () => {
    expect(moveItem(items, 'c', -1).map((i) => i.id)).toEqual(['a', 'c', 'b'])
    expect(moveItem(items, 'a', -1).map((i) => i.id)).toEqual(['a', 'b', 'c'])
  })

  it('groups by the first theme in the order the groups first appear', () => {
    expect(groupByTheme(items).map((g) => [g.theme, g.items.map((i) => i.id)])).toEqual([['学前教育', ['a', 'c']], ['未归类', ['b']]])
  })
})
