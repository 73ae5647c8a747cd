/** How clause positions and plan metadata are written in the UI. */
import type { ChapterRef } from '../../../indexer/types.js'

export function chapterLabel(chapter: ChapterRef | null): string {
  if (!chapter) return ''
  return chapter.title ? `${chapter.number}、${chapter.title}` : chapter.number
}

/** `第6条`, or `导语段落` for a passage without a number (preamble, chapter introduction). */
export function numberLabel(number: number | null): string {
  return number === null ? '段落' : `第${number}条`
}

export function placeLabel(city: string | null, province: string | null): string {
  if (city && province && !city.startsWith(province)) return `${province} ${city}`
  return city ?? province ?? '地区未注明'
}

export function yearLabel(year: number | null): string {
  return year === null ? '年份未知' : `${year}年`
}

/** A link to the clause page that keeps the query so its terms stay marked. */
export function clauseLink(id: string, q?: string): { path: string; query?: { q: string } } {
  const path = `/c/${encodeURIComponent(id)}`
  return q ? { path, query: { q } } : { path }
}

export function absoluteClauseUrl(id: string, q?: string): string {
  const url = new URL(`/c/${encodeURIComponent(id)}`, window.location.origin)
  if (q) url.searchParams.set('q', q)
  return url.toString()
}
