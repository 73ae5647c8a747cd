/**
 * The drafting basket as stored in the browser (localStorage): clause ids in the user's order, each
 * with a note and what is needed to show it without the server. Pure parsing and editing; the
 * composable (useBasket) holds the reactive copy and writes it back.
 */
export const BASKET_KEY = 'policy-portal.basket.v1'

export interface BasketItem {
  id: string
  note: string
  planTitle: string
  city: string | null
  year: number | null
  heading: string
  text: string
  citation: string
  themes: string[]
}

const isString = (v: unknown): v is string => typeof v === 'string'

function parseItem(v: unknown): BasketItem | null {
  if (typeof v !== 'object' || v === null) return null
  const o = v as Record<string, unknown>
  if (!isString(o.id) || o.id === '') return null
  return {
    id: o.id,
    note: isString(o.note) ? o.note : '',
    planTitle: isString(o.planTitle) ? o.planTitle : '',
    city: isString(o.city) ? o.city : null,
    year: typeof o.year === 'number' ? o.year : null,
    heading: isString(o.heading) ? o.heading : '',
    text: isString(o.text) ? o.text : '',
    citation: isString(o.citation) ? o.citation : '',
    themes: Array.isArray(o.themes) ? o.themes.filter(isString) : [],
  }
}

/** Whatever is stored (nothing, old or hand-edited JSON) gives a valid basket, duplicates dropped. */
export function parseBasket(raw: string | null): BasketItem[] {
  if (!raw) return []
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  const seen = new Set<string>()
  const out: BasketItem[] = []
  for (const v of data) {
    const item = parseItem(v)
    if (item && !seen.has(item.id)) {
      seen.add(item.id)
      out.push(item)
    }
  }
  return out
}

/**
 * The basket once a clause kept under `oldId` is known by a new id (a re-index renamed its plan; the server
 * answered the old id with the live clause): the item takes the live clause's id and fields in its place and keeps
 * its note. When the basket holds the live id already, the old item goes. Unchanged when `oldId` is not in it.
 */
export function relinkItem(items: readonly BasketItem[], oldId: string, fresh: Omit<BasketItem, 'note'>): BasketItem[] {
  const at = items.findIndex((i) => i.id === oldId)
  if (at < 0 || oldId === fresh.id) return [...items]
  if (items.some((i) => i.id === fresh.id)) return items.filter((i) => i.id !== oldId)
  const { id, planTitle, city, year, heading, text, citation, themes } = fresh
  return items.map((i, n) => (n === at ? { id, note: i.note, planTitle, city, year, heading, text, citation, themes: [...themes] } : i))
}

/** The item moved by `delta` places (clamped), the others keeping their order. */
export function moveItem(items: readonly BasketItem[], id: string, delta: number): BasketItem[] {
  const from = items.findIndex((i) => i.id === id)
  if (from < 0) return [...items]
  const to = Math.max(0, Math.min(items.length - 1, from + delta))
  const out = [...items]
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item)
  return out
}

export const NO_THEME = '未归类'

/** Items grouped by their first theme, groups in the order their first item appears. */
export function groupByTheme(items: readonly BasketItem[]): { theme: string; items: BasketItem[] }[] {
  const groups = new Map<string, BasketItem[]>()
  for (const item of items) {
    const theme = item.themes[0] ?? NO_THEME
    groups.set(theme, [...(groups.get(theme) ?? []), item])
  }
  return [...groups].map(([theme, list]) => ({ theme, items: list }))
}
