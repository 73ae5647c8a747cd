import { describe, expect, it } from 'vitest'
import { groupByTheme, moveItem, parseBasket, relinkItem, type BasketItem } from './basket-store.js'

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

describe('relinkItem', () => {
  const kept = [item('a', []), { ...item('old-1-2', ['学前教育']), note: '引用到第三段', citation: '旧的引用' }, item('c', [])]
  const fresh = { ...item('new-1-2', ['学前教育', '义务教育']), planTitle: '江门市教育局2023年全市工作要点', citation: '新的引用' }

  it('gives the item of the old id the live clause’s id and fields in its place, keeping its note', () => {
    expect(relinkItem(kept, 'old-1-2', fresh)).toEqual([
      kept[0],
      { id: 'new-1-2', note: '引用到第三段', planTitle: '江门市教育局2023年全市工作要点', city: '江门市', year: 2023, heading: '', text: '', citation: '新的引用', themes: ['学前教育', '义务教育'] },
      kept[2],
    ])
  })

  it('drops the old item when the basket holds the live id already, and changes nothing when the old id is not in it', () => {
    expect(relinkItem([...kept, fresh], 'old-1-2', fresh).map((i) => i.id)).toEqual(['a', 'c', 'new-1-2'])
    expect(relinkItem(kept, 'gone-1-1', fresh)).toEqual(kept)
  })
})
