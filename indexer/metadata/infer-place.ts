/**
 * The plan's place (city, province, level), proved from the issuer's name, the title or the place names of
 * the body. A value that cannot be proved is null: an anonymised plan (`XX区`, `市教育局` with no name)
 * gets no city rather than a guess.
 */
import type { AdminLevel, Evidence } from '../types.js'
import { findPlaces, isMunicipality, levelOf, placeInName, zoneCity, type Place } from './gazetteer.js'
import { cityOfShortNamedSchool } from './school-issuer.js'
import { ZONE } from './zones.js'

export interface PlaceFinding {
  city: Evidence<string> | null
  province: Evidence<string> | null
  level: Evidence<AdminLevel> | null
}

/**
 * Issuer first, then title, then the body's place names; the province alone when only it is named. A
 * municipality (北京市) is its plan's city as well as its province.
 */
export function inferPlace(issuer: string | null, title: string, body: string): PlaceFinding {
  const placeEvidence = findPlace(issuer, title, body)
  const place = placeEvidence?.place ?? null
  const city =
    place && (place.kind !== 'province' || isMunicipality(place)) ? { value: place.name, source: placeEvidence!.source, quote: placeEvidence!.quote } : null
  const provincePlace = place ?? findProvinceOnly(body)
  const province = provincePlace
    ? { value: provincePlace.province, source: place ? ('inferred' as const) : ('body' as const), quote: provincePlace.name }
    : null
  const district = placeEvidence?.zone ?? (placeEvidence && placeEvidence.source !== 'body' ? unlistedDistrict(placeEvidence.quote, place!) : null)
  const level = district
    ? { value: '区县' as const, source: 'inferred' as const, quote: district }
    : place
      ? (placeEvidence!.source === 'body' ? countyTitleInCity(title, place) : null) ?? { value: levelOf(place), source: 'inferred' as const, quote: place.name }
      : levelFromTitle(title) ?? sharedDistrictLevel(title)
  return { city, province, level }
}

/**
 * A plan whose title speaks as a district or county (`2024年全县教育工作要点`, `区教育局2024年工作要点`) is one, even
 * when its body proves only the city it lies in (长沙市): the title's level wins over the city's. A 地区, 盟 or
 * 自治州 speaks of itself as 全区, 全盟, 全州, so only a city (市) or a municipality is read so.
 */
function countyTitleInCity(title: string, place: Place): Evidence<AdminLevel> | null {
  if (!((place.kind === 'prefecture' && place.name.endsWith('市')) || isMunicipality(place))) return null
  const fromTitle = levelFromTitle(title)
  return fromTitle?.value === '区县' ? fromTitle : null
}

/**
 * A district the gazetteer does not list, named after its city in an issuer or title: `郑州市郑东新区教育文化体育局`,
 * `西安市曲江新区社会事业局`, `北京经济技术开发区2024年…`. Its plan is a district's, whatever city it names.
 * Words that only speak of the city's area (辖区, 市区, 城区, 全区, 各区) are no district.
 */
const UNLISTED_DISTRICT = new RegExp(
  '^(?!市|全|各|本|区|县|辖区|城区|郊区)([\\u4e00-\\u9fff]{1,14}?(?:新区|开发区|园区|示范区|区|县))' +
    '(?=教育|教体|人民政府|政府|管委会|管理委员会|社会事业|公共服务|党工委|工委|(?:\\d{4}|[〇零一二三四五六七八九]{4})年)',
)

function unlistedDistrict(name: string, place: Place): string | null {
  if (place.kind !== 'prefecture' && !isMunicipality(place)) return null
  const mention = findPlaces(name).find((m) => m.full && m.place.name === place.name && m.place.kind === place.kind)
  if (!mention) return null
  const m = UNLISTED_DISTRICT.exec(name.slice(mention.at + mention.text.length))
  return m ? `${mention.text}${m[1]}` : null
}

interface PlaceEvidence {
  place: Place
  source: 'header' | 'title' | 'body'
  quote: string
  /** A development zone the name sets in its city (`成都高新区`): the plan is a district's. */
  zone?: string
}

function findPlace(issuer: string | null, title: string, body: string): PlaceEvidence | null {
  const named = (name: string) => placeInName(name) ?? zoneOf(name)?.place ?? shared(name, title, body) ?? cityOfShortNamedSchool(name)
  const fromIssuer = issuer ? named(issuer) : null
  const fromTitle = named(title) ?? shortNameInTitle(title)
  // A title naming a place inside the issuer's is the plan's own (a county's plan on its city's site, a
  // city's plan republished by the province).
  if (fromIssuer && !(fromTitle && isInside(fromTitle, fromIssuer))) return { place: fromIssuer, source: 'header', quote: issuer!, zone: zoneOf(issuer!)?.zone }
  if (fromTitle) return { place: fromTitle, source: 'title', quote: title, zone: zoneOf(title)?.zone }
  return placeFromBody(title, body)
}

/** `成都高新区社区发展治理和社会事业局`: the city the zone's name begins with, and the zone. */
function zoneOf(name: string): { place: Place; zone: string } | null {
  if (placeInName(name)) return null
  const place = zoneCity(name)
  if (!place) return null
  const city = findPlaces(name)[0].text
  return { place, zone: city + ZONE.exec(name.slice(city.length))![0] }
}

/**
 * A district several cities have (鼓楼区: 南京, 福州, 徐州, 开封) that opens the name, told apart by the city the body
 * names (`福州市委教育工委`, `争创福州市…`): the one in that city; none when the body names none of them.
 */
function shared(name: string, title: string, body: string): Place | null {
  const candidates = findPlaces(name).filter((m) => m.at === 0 && m.full && m.ambiguity > 1 && m.place.kind === 'county')
  if (candidates.length === 0) return null
  const city = placeFromBody(title, body)?.place
  const prefecture = city ? (city.kind === 'province' ? city.name : city.prefecture) : null
  const inCity = candidates.filter((m) => m.place.prefecture === prefecture)
  if (inCity.length === 1) return inCity[0].place
  // The province or municipality the text names, if only once (`服务北京市教育现代化`), tells them apart as well.
  const province = findProvinceOnly(body)
  const inProvince = province ? candidates.filter((m) => m.place.province === province.province) : []
  return inProvince.length === 1 ? inProvince[0].place : null
}

/** Where a title's words start after the year it may open with (`2024年`, `二〇二四年度`). */
const YEAR_OPENING = /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年度?)?/

/**
 * A place a title names short right before 教育, first or after its year (`2024年荆门教育工作要点`, `荣成教育2024年…`):
 * a short name only one place bears. Elsewhere a short name is as often a word; before 教育 at the head of a title it
 * stands where the place stands.
 */
function shortNameInTitle(title: string): Place | null {
  const at = YEAR_OPENING.exec(title)![0].length
  const first = findPlaces(title).filter((m) => m.at === at && !m.full)
  if (first.length !== 1 || first[0].ambiguity !== 1) return null
  return title.startsWith('教育', at + first[0].text.length) ? first[0].place : null
}

/**
 * A title opening with a district or county several cities have (`2024年和平区教育工作要点`) that nothing else places:
 * no city, but a district's or county's plan whichever it is.
 */
function sharedDistrictLevel(title: string): Evidence<AdminLevel> | null {
  const at = YEAR_OPENING.exec(title)![0].length
  const first = findPlaces(title).filter((m) => m.at === at && m.full)
  return first.length > 1 && first.every((m) => m.place.kind === 'county') ? { value: '区县', source: 'title', quote: first[0].text } : null
}

function isInside(inner: Place, outer: Place): boolean {
  if (inner.name === outer.name || inner.province !== outer.province) return false
  if (outer.kind === 'province') return inner.kind !== 'province'
  return outer.kind === 'prefecture' && inner.kind === 'county' && inner.prefecture === outer.prefecture
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
  // An issuer named `…区教育局` or `…县人民政府` is a district or county, whatever its name (but a 地区 is a prefecture);
  // a banner (旗) is a county too. 区域 and 县域 (`2024年县域普通高中…`) speak of areas, not of the issuer.
  if (
    /(^|(?:\d|[〇零○一二三四五六七八九]{4})年度?)(全?[区县](?!域)|[区县](教育|人民政府)|全旗|旗(?=教育|人民政府))|(?<!地)[区县旗](教育局|教育和体育局|教育体育局|教体局|人民政府|教育委员会)/.test(title)
  ) {
    return { value: '区县', source: 'title', quote: title }
  }
  // A prefecture may be a 市, an autonomous 州 or a 盟.
  if (/(^|(?:\d|[〇零○一二三四五六七八九]{4})年度?)(全?市|市(教育|人民政府)|全[州盟]|[州盟](?=教育|人民政府|\d))/.test(title)) return { value: '市', source: 'title', quote: title }
  return null
}
