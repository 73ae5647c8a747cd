/**
 * The drafting basket, shared by every page: add a clause from a result, a clause page or a comparison,
 * reorder, annotate, remove. Kept in localStorage (no account), so it survives a reload, and kept in
 * step across tabs through the `storage` event.
 */
import { computed, shallowRef } from 'vue'
import { BASKET_KEY, moveItem, parseBasket, relinkItem, type BasketItem } from '../lib/basket-store.js'

export type { BasketItem } from '../lib/basket-store.js'

function read(): BasketItem[] {
  try {
    return parseBasket(window.localStorage.getItem(BASKET_KEY))
  } catch {
    return [] // storage disabled (private mode, policy): the basket lives for this page only
  }
}

const items = shallowRef<BasketItem[]>(typeof window === 'undefined' ? [] : read())
let listening = false

function write(next: BasketItem[]) {
  items.value = next
  try {
    window.localStorage.setItem(BASKET_KEY, JSON.stringify(next))
  } catch {
    // Quota or disabled storage: the basket still works until the page is closed.
  }
}

export function useBasket() {
  if (!listening && typeof window !== 'undefined') {
    listening = true
    window.addEventListener('storage', (e) => { if (e.key === BASKET_KEY) items.value = read() })
  }
  return {
    items,
    count: computed(() => items.value.length),
    has: (id: string) => items.value.some((i) => i.id === id),
    add(c: Omit<BasketItem, 'note'>) {
      if (items.value.some((i) => i.id === c.id)) return
      // Only the fields the basket shows and exports: a search hit also carries its snippet and score.
      const item: BasketItem = { id: c.id, note: '', planTitle: c.planTitle, city: c.city, year: c.year, heading: c.heading, text: c.text, citation: c.citation, themes: [...c.themes] }
      write([...items.value, item])
    },
    remove: (id: string) => write(items.value.filter((i) => i.id !== id)),
    move: (id: string, delta: number) => write(moveItem(items.value, id, delta)),
    setNote: (id: string, note: string) => write(items.value.map((i) => (i.id === id ? { ...i, note } : i))),
    /** A clause kept under an id a re-index renamed, now known by its live one (lib/basket-store.ts relinkItem). */
    relink(oldId: string, fresh: Omit<BasketItem, 'note'>) {
      if (items.value.some((i) => i.id === oldId)) write(relinkItem(items.value, oldId, fresh))
    },
    clear: () => write([]),
  }
}
