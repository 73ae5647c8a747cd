/**
 * Infers a plan's metadata from its header fields, title, signature lines and body, recording for each
 * value where it came from. A value that cannot be proved is null: an anonymised plan (`XX区`, `市教育局`
 * with no name) gets no city rather than a guess.
 */
import type { AdminLevel, Evidence, PlanMetadata, PlanRecord } from '../types.js'
import { findPlaces, levelOf, placeInName, type Place } from './gazetteer.js'

export interface MetadataInput {
  title: string | null
  /** Label/value fields of the page or header (发布机构, 发文日期, 文号, 来源 …). */
  fields: Record<string, string>
  /** Lines before the title (notice, addressees) and signature lines (issuer, date). */
  headerLines: string[]
  /** Plan text (body and outline) for place names and the year. */
  bodyText: string
}

export type MetadataEvidence = PlanRecord['metadataEvidence']

const ISSUER_FIELDS = ['信息来源', '来源', '发布机构', '发文机关', '发布单位']
const DATE_FIELDS = ['成文日期', '发文日期', '发布日期', '发布时间', '时间']
const ISSUER_LINE = /^[\u4e00-\u9fff]{2,24}(教育局|教育厅|教育委员会|教委|人民政府|办公室|办公厅|教育和体育局|教育体育局|教体局)$/
const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔\[【（(]\d{4}[〕\]】）)]\s*\d{1,4}\s*号/

export function inferMetadata(input: MetadataInput): { metadata: PlanMetadata; evidence: MetadataEvidence } {
  const evidence: MetadataEvidence = {}
  const set = <K extends keyof PlanMetadata>(key: K, ev: Evidence<PlanMetadata[K]> | null): PlanMetadata[K] | null => {
    if (!ev || ev.value === null) return null
    ;(evidence as Record<string, unknown>)[key] = ev
    return ev.value
  }
  const title = input.title ?? ''
  set('title', title ? { value: title, source: 'title' } : null)
  const issuer = set('issuer', findIssuer(input))
  const publishDate = set('publishDate', findDate(input))
  const docNumber = set('docNumber', findDocNumber(input))
  const validity = set('validity', input.fields['效力状态'] ? { value: input.fields['效力状态'], source: 'header' } : null)
  const year = set('year', findYear(title, input.bodyText, publishDate))

  const placeEvidence = findPlace(issuer, title, input.bodyText)
  const place = placeEvidence?.place ?? null
  const city = set('city', place && place.kind !== 'province' ? { value: place.name, source: placeEvidence!.source, quote: placeEvidence!.quote } : null)
  const provincePlace = place ?? findProvinceOnly(input.bodyText)
  const province = set(
    'province',
    provincePlace ? { value: provincePlace.province, source: place ? 'inferred' : 'body', quote: provincePlace.name } : null,
  )
  const level = set('level', place ? { value: levelOf(place), source: 'inferred', quote: place.name } : levelFromTitle(title))

  return {
    metadata: { title, issuer, city, province, level, year, publishDate, docNumber, validity },
    evidence,
  }
}

function findIssuer(input: MetadataInput): Evidence<string> | null {
  const candidates: Evidence<string>[] = []
  for (const key of ISSUER_FIELDS) {
    const value = input.fields[key]?.trim()
    if (value) candidates.push({ value, source: 'header', quote: `${key}:${value}` })
  }
  for (const line of input.headerLines) if (ISSUER_LINE.test(line)) candidates.push({ value: line, source: 'header', quote: line })
  if (candidates.length === 0) return null
  // The most specific name wins: 荆门市教育局 (信息来源) over 市教育局 (发布机构).
  return candidates.find((c) => placeInName(c.value)) ?? candidates[0]
}

export function parseDate(text: string): string | null {
  const m = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(text)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function findDate(input: MetadataInput): Evidence<string> | null {
  for (const key of DATE_FIELDS) {
    const value = input.fields[key] && parseDate(input.fields[key])
    if (value) return { value, source: 'header', quote: `${key}:${input.fields[key]}` }
  }
  for (const line of input.headerLines) {
    const value = /^[（(]?\d{4}年\d{1,2}月\d{1,2}日[)）]?$/.test(line) ? parseDate(line) : null
    if (value) return { value, source: 'header', quote: line }
  }
  return null
}

function findDocNumber(input: MetadataInput): Evidence<string> | null {
  const field = input.fields['文号']?.trim()
  if (field) return { value: field, source: 'header' }
  for (const line of input.headerLines) {
    const m = DOC_NUMBER.exec(line)
    if (m) return { value: m[0].replace(/\s+/g, ''), source: 'header', quote: line }
  }
  return null
}

function findYear(title: string, body: string, publishDate: string | null): Evidence<number> | null {
  const t = /(\d{4})\s*年/.exec(title)
  if (t) return { value: Number(t[1]), source: 'title', quote: title }
  const b = /^(\d{4})年(?:是|全|教育|，|,)/m.exec(body)
  if (b) return { value: Number(b[1]), source: 'body', quote: b[0] }
  if (publishDate) return { value: Number(publishDate.slice(0, 4)), source: 'inferred', quote: publishDate }
  return null
}

interface PlaceEvidence {
  place: Place
  source: 'header' | 'title' | 'body'
  quote: string
}

function findPlace(issuer: string | null, title: string, body: string): PlaceEvidence | null {
  const fromIssuer = issuer ? placeInName(issuer) : null
  if (fromIssuer) return { place: fromIssuer, source: 'header', quote: issuer! }
  const fromTitle = placeInName(title)
  if (fromTitle) return { place: fromTitle, source: 'title', quote: title }
  return placeFromBody(title, body)
}

/**
 * A plan names its own place most: the prefecture with the most mentions (its own name and its counties')
 * wins when it has at least 2 and twice the runner-up; inside it, a county-level place that is mentioned
 * more than the prefecture itself is the plan's place.
 */
function placeFromBody(title: string, body: string): PlaceEvidence | null {
  const prefScore = new Map<string, number>()
  const countyScore = new Map<string, { place: Place; score: number }>()
  const prefSelf = new Map<string, { place: Place; score: number }>()
  const mentions = findPlaces(body)
  // A short name (合作, 安康, 长治) is often an ordinary word: it counts only for a place the text also names in full.
  const named = new Set(mentions.filter((m) => m.full).map((m) => `${m.place.kind}:${m.place.name}`))
  for (const m of mentions) {
    const p = m.place
    if (!p.prefecture || !named.has(`${p.kind}:${p.name}`)) continue
    const w = 1 / m.ambiguity
    prefScore.set(p.prefecture, (prefScore.get(p.prefecture) ?? 0) + w)
    const table = p.kind === 'county' ? countyScore : prefSelf
    const entry = table.get(p.name) ?? { place: p, score: 0 }
    entry.score += w
    table.set(p.name, entry)
  }
  const ranked = [...prefScore.entries()].sort((a, b) => b[1] - a[1])
  if (ranked.length === 0) return null
  const [bestName, best] = ranked[0]
  const runnerUp = ranked[1]?.[1] ?? 0
  if (best < 2 || best < 2 * runnerUp) return null
  const self = prefSelf.get(bestName)
  const counties = [...countyScore.values()].filter((c) => c.place.prefecture === bestName).sort((a, b) => b.score - a.score)
  const topCounty = counties[0]
  const selfScore = self?.score ?? 0
  if (topCounty && topCounty.score >= 2 && topCounty.score > selfScore && titleFits(title, topCounty.place.name)) {
    return { place: topCounty.place, source: 'body', quote: `${topCounty.place.name} ×${Math.round(topCounty.score)}` }
  }
  const place = self?.place ?? counties[0]?.place
  if (!place) return null
  const prefecture: Place = place.kind === 'prefecture' ? place : { name: bestName, kind: 'prefecture', province: place.province, prefecture: bestName }
  return { place: prefecture, source: 'body', quote: `${bestName} ×${Math.round(best)}` }
}

/** `全市…` fits a county-level city, `全县…`/`县…` a county, `全区…`/`区…` a district. */
function titleFits(title: string, county: string): boolean {
  const suffix = county.slice(-1)
  if (!/[市县区]/.test(title)) return true
  return title.includes(suffix)
}

function findProvinceOnly(body: string): Place | null {
  const provinces = new Map<string, { place: Place; full: number; short: number }>()
  for (const m of findPlaces(body)) {
    if (m.place.kind !== 'province' || m.ambiguity !== 1) continue
    const entry = provinces.get(m.place.name) ?? { place: m.place, full: 0, short: 0 }
    if (m.full) entry.full++
    else entry.short++
    provinces.set(m.place.name, entry)
  }
  // As for cities, a province counts only when the text names it in full at least once (北京、天津 in 京津冀 do not).
  const named = [...provinces.values()].filter((p) => p.full >= 1)
  return named.length === 1 ? named[0].place : null
}

function levelFromTitle(title: string): Evidence<AdminLevel> | null {
  if (/(省|自治区)(教育厅|人民政府|教育)/.test(title) || /^全省/.test(title)) return { value: '省', source: 'title', quote: title }
  if (/(^|\d年)(全?[区县]|[区县](教育|人民政府))/.test(title)) return { value: '区县', source: 'title', quote: title }
  if (/(^|\d年)(全?市|市(教育|人民政府))/.test(title)) return { value: '市', source: 'title', quote: title }
  return null
}
