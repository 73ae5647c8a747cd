/**
 * Stable, readable, URL-safe ids. A plan id is built from its city, year and title in pinyin
 * (`jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian`); a plan with no known city gets a short hash of its
 * title and first headings so that two anonymous plans with the same title stay apart. Clause ids are
 * `<planId>-<chapter>-<number>` (`<planId>-<part>-<chapter>-<number>` in a plan whose chapters start again in each part) and passages `<planId>-p<k>`;
 * a chapter printed with nothing under it is `<planId>-<chapter>-`, such a section `<planId>-<chapter>-s<k>`. The same files give the same ids on every run.
 */
import { createHash } from 'node:crypto'
import { pinyin } from 'pinyin-pro'
import { shortName } from './metadata/gazetteer.js'
import { foldDigits } from './structure/numeral-glyphs.js'

// Intl.Segmenter's word boundaries depend only on the runtime, not on our dictionary, so ids do not move
// when the domain dictionary grows.
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })

export function slugify(text: string): string {
  const parts: string[] = []
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue
    if (/^[\u4e00-\u9fff]+$/.test(segment)) parts.push(pinyin(segment, { toneType: 'none', type: 'array', v: true }).join(''))
    else parts.push(segment.toLowerCase().replace(/[^a-z0-9]+/g, ''))
  }
  return parts.filter(Boolean).join('-').replace(/-+/g, '-')
}

export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

export interface PlanIdInput {
  city: string | null
  year: number | null
  title: string
  /**
   * Headings of the first clauses: with the title, they tell apart plans that share a title. Not those of heading-only
   * records (a chapter printed with nothing under it): reading those must not move the ids of a plan's clauses.
   */
  firstHeadings: string[]
}

const MAX_TITLE_SLUG = 48

export function planId(input: PlanIdInput): string {
  // A title typed in full-width digits (`眉山市教育局２０２４年…`) gets the id of the same title in ASCII ones.
  let core = foldDigits(input.title)
  if (input.year !== null) core = core.replace(`${input.year}年`, '').replace(chineseYear(input.year), '')
  if (input.city) core = core.replace(input.city, '').replace(shortName(input.city), '')
  let slug = slugify(core)
  if (slug.length > MAX_TITLE_SLUG) slug = slug.slice(0, MAX_TITLE_SLUG).replace(/-[^-]*$/, '')
  const city = input.city ? pinyin(shortName(input.city), { toneType: 'none', type: 'array', v: true }).join('') : null
  const parts = [city, input.year?.toString() ?? null, slug || 'plan']
  if (!input.city) parts.push(shortHash([input.title, ...input.firstHeadings.slice(0, 3)].join('|')))
  return parts.filter(Boolean).join('-')
}

/**
 * `二〇二四年` as a title under a seal prints 2024年 (its 〇 also typed ○, 零 or 0): without it the year became words of
 * the slug (`er-er-sinian`), and the id said the year twice, once wrongly.
 */
function chineseYear(year: number): RegExp {
  const digit = ['[〇○零0OＯ０]', '一', '二', '三', '四', '五', '六', '七', '八', '九']
  return new RegExp(`${[...String(year)].map((d) => digit[Number(d)]).join('')}年`)
}

/** `id`, or `id-2`, `id-3` … when taken; records the id it returns in `seen`. */
export function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id
  for (let n = 2; seen.has(candidate); n++) candidate = `${id}-${n}`
  seen.add(candidate)
  return candidate
}
