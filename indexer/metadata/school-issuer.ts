/**
 * A school as the issuer of its own plan. Its plan names it before the year or term in the title
 * (`济宁市南池小学2024-2025学年度第一学期工作计划`, `霍邱县龙潭镇中心幼儿园2025—2026学年度工作计划`) or before 学校工作计划
 * (`开原市城东镇中学学校工作计划`) or an office's plan (`兖州区实验小学教学工作计划`, `…德育工作计划`), or prints its name on a line of its own over or under the title
 * (`2024—2025学年第一学期工作计划` / `长沙市第一中学`). A government body's name is read elsewhere (infer-metadata.ts).
 */
import type { Evidence } from '../types.js'
import { findPlaces, type Place } from './gazetteer.js'

/** The words a school's name ends in; the short names a town calls its schools by too (兖州一中, 实验二小, 师大附中). */
export const SCHOOL_KINDS = '(?:中学|小学|学校|幼儿园|中心校|学院|大学|[一二三四五六七八九十]{1,3}[中小]|附中|附小)'
const SCHOOL = `[\\u4e00-\\u9fff（）()]{2,30}?${SCHOOL_KINDS}`
const SCHOOL_TITLE = new RegExp(
  `^(${SCHOOL})(?=(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\\s*(?:年|[-－—–~～至到])|学校工作|工作计划|工作要点|[\\u4e00-\\u9fff]{1,4}工作(?:计划|要点|方案))`,
)
const SCHOOL_LINE = new RegExp(`^${SCHOOL}$`)
/**
 * A school's office that issues and signs the plan of its work (`临沂第一中学教务处`, `实验小学德育处`): the school's own,
 * named as no government body's office is (处 and 室 after a school's name).
 */
export const SCHOOL_OFFICES = '(?:教务处|教导处|德育处|政教处|学生处|教学处|教科处|教研处|教科室|总务处|校长室|年级部)'
const SCHOOL_END = new RegExp(`${SCHOOL_KINDS}${SCHOOL_OFFICES}?$`)

/** Whether an issuer's name is a school's or its office's (长沙市第一中学, 霍邱县龙潭镇中心幼儿园, 某中学教务处), not a government body's. */
export function isSchoolName(name: string): boolean {
  return SCHOOL_END.test(name) && !/(局|厅|委|政府|办公室)/.test(name)
}

/**
 * The name as the issuer writes it, when it is one school's: it begins with a real place, as a bureau's before its
 * year must, and names no body over it. `长沙市中小学…`, `某县中学…`, `各中小学`: the schools of a place, which their
 * bureau addresses, name no school.
 */
function schoolName(text: string): string | null {
  if (/(局|厅|委|政府|关于)/.test(text)) return null
  if (cityOfShortNamedSchool(text)) return text
  const place = findPlaces(text).find((p) => p.full && p.at === 0)
  const name = place ? text.slice(place.text.length) : ''
  if (!place || name.length <= 2 || /^(中小学|全|各|所有|[市县区]属)/.test(name)) return null
  return place.place.name + name
}

/**
 * A city's numbered, experimental or foreign-language school calls itself after the city's short name (`临沂第一中学`,
 * `青岛二中`, `杭州外国语学校`): the name after it is one of those few, so the short name is the city's, not a word.
 */
const AFTER_SHORT_CITY = new RegExp(
  `^(?:第?[一二三四五六七八九十]{1,3}(?:中学|小学|实验中学|实验小学)|[一二三四五六七八九十]{1,3}[中小]|实验(?:中学|小学|学校)|外国语(?:实验)?学校)${SCHOOL_OFFICES}?$`,
)

/** The city (a prefecture, or a county-level 市) a school so named (see AFTER_SHORT_CITY) is in; null for any other name. */
export function cityOfShortNamedSchool(name: string): Place | null {
  const city = (p: Place) => p.kind === 'prefecture' || (p.kind === 'county' && p.name.endsWith('市'))
  const first = findPlaces(name).filter((m) => m.at === 0 && !m.full && city(m.place))
  if (first.length !== 1 || first[0].ambiguity !== 1) return null
  return AFTER_SHORT_CITY.test(name.slice(first[0].text.length)) ? first[0].place : null
}

/** The school a title opens with, before its year, school year or 学校工作计划. */
export function schoolInTitle(title: string): Evidence<string> | null {
  const m = SCHOOL_TITLE.exec(title)
  const value = m ? schoolName(m[1]) : null
  return value ? { value, source: 'title', quote: title } : null
}

/** A school's name standing alone on a line of the head (closed up, in simplified characters): over or under the title. */
export function schoolInHead(head: string[]): Evidence<string> | null {
  for (const line of head) {
    const value = SCHOOL_LINE.test(line) ? schoolName(line) : null
    if (value) return { value, source: 'header', quote: line }
  }
  return null
}
