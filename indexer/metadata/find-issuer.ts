/**
 * Which body issued a plan (inferMetadata's issuer): the candidates its page fields, letterhead, signature, title, 版记 and
 * school lines name, and the one chosen — the most specific, the title's body over the page of another that posted it,
 * under its fullest name.
 */
import type { Evidence } from '../types.js'
import { fullBodyKind } from './body-short-forms.js'
import { ISSUER_NAME } from './find-title.js'
import { findPlaces, placeInName, zoneCity } from './gazetteer.js'
import { CHINESE_DATE } from './head-text.js'
import { leadBody, opensWithPlace } from './lead-body.js'
import { leadStatement } from './report-lead.js'
import { SCHOOL_KINDS, schoolInHead, schoolInTitle } from './school-issuer.js'
import { institutionSignsAt } from '../structure/signature-lines.js'

export const ISSUER_FIELDS = ['来源', '发布机构']
/** Every date in a head line, Arabic or Chinese numerals. */
const DATE = new RegExp(CHINESE_DATE.source, 'g')
/** A year in figures or Chinese numerals, as a title prints it after its issuer. */
const TITLE_YEAR = '(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})'
/**
 * A title that opens with its issuer: the body's name, then 关于, a year (`2024年`), a school year or term (`2023—2024学年`,
 * `2024学年第一学期`, `2024-25学年`), or the plan's kind.
 */
export const TITLE_ISSUER = new RegExp(
  `^(.{2,30}?(?:局|厅|委员会|教委|教育工委|党组|政府|办公室|办公厅|中心))` +
    `(关于|${TITLE_YEAR}(?:年|(?:\\s*[-－—–~～至到]+\\s*(?:${TITLE_YEAR}|[0-9０-９]{2}))?学年)|[\\u4e00-\\u9fff]{0,6}?工作(?:要点|计划)(?:[（(]|$))`,
)
/** A centre a bureau runs (`荆门市教育发展中心`, `…教师发展中心`): an issuer when its place opens its name. */
const EDUCATION_CENTRE = /教[育师][\u4e00-\u9fff]{0,8}中心$/
/** A field names an issuer only when it is an organisation (a mirror's 来源 is `网络`, `本站`, a user). */
export const ORGANISATION = new RegExp(`(?:局|厅|委员会|教委|委|政府|办公室|办公厅|中心|${SCHOOL_KINDS}|部|院|处|科|室|会|党组)$`)
/**
 * A department of a body named alone (`来源：办公室`, `基础教育科`, `信息中心`): the page's author inside the body,
 * never the plan's issuer; with its body or place (`市教育局办公室`, `荆门市教育信息中心`) it is a name of its own.
 */
const BARE_DEPARTMENT = /^(?![\u4e00-\u9fff]*(局|厅|委|政府|学校|大学|学院|中学|小学))[\u4e00-\u9fff]{0,10}(科|股|室|处|中心)$/

export function findIssuer(fields: Record<string, string>, head: string[], tail: string[], title: string): Evidence<string> | null {
  const candidates: Evidence<string>[] = []
  for (const key of ISSUER_FIELDS) {
    const value = fields[key]?.replace(/\s.*$/, '')
    if (value && ORGANISATION.test(value) && !(BARE_DEPARTMENT.test(value) && !placeInName(value))) {
      candidates.push({ value, source: 'header', quote: `${key}:${fields[key]}` })
    }
  }
  const lines = [...head, ...tail]
  for (const [k, line] of lines.entries()) {
    // A letterhead (`荆门市教育局文件`, also at the start of a flattened head), a signature (`荆门市教育局`,
    // `荆门市教育局 2022年3月1日`, or at the end of a flattened line after its last sentence).
    const letterhead = /^(.{2,30}?)文件/.exec(line)?.[1]
    const signed = /[。；;]([^。；;]{2,30}?)(\d{4}|[〇零一二三四五六七八九]{4})年[^。；;]{1,6}日[)）]?$/.exec(line)?.[1]
    const name = line.replace(/文件$/, '').replace(/\d{4}年\d{1,2}月\d{1,2}日$/, '').replace(/[（(].*$/, '')
    // A gazette's line under the title: `（2024年3月5日 大连市教育局）`, `（大连市教育局2024年3月5日印发）`.
    const bracketed = /^[（(]([^（）()]{4,50})[)）]$/.exec(line)?.[1].replace(DATE, '').replace(/(印发|发布|制定|通过)$/, '').trim()
    // A news report's lead: `近日，嘉兴市教育局印发《…》`.
    const reporting = leadStatement(line)?.issuer
    for (const value of [letterhead, signed, name, bracketed, reporting]) {
      if (value && ISSUER_NAME.test(value) && !/^(关于|根据|各)/.test(value)) {
        // A joint letterhead (`中共临沂市委教育工委 临沂市教育局文件`) names its lead body first (lead-body.ts).
        candidates.push({ value: printedFor(leadBody(value), lines[k + 1]), source: 'header', quote: line })
        break
      }
    }
  }
  // A school or an institute signing its own plan above the date (`南京市第二十九中学` / `2024年8月30日`).
  tail.forEach((line, k) => {
    if (institutionSignsAt(tail, k)) candidates.push({ value: line, source: 'header', quote: line })
  })
  // A title or notice that names its issuer: `宜宾市教育局关于进一步加强…的实施意见`, `海淀区教育委员会2024年工作要点`.
  // Before a year, the name must begin with a real place (鼓楼区, even if several cities have one; `市教育局2024年…`
  // names none), written as the gazetteer writes it (乾安县, which the simplified copy misreads as 干安县).
  // The year may be a school year or a term (`2023—2024学年`, `2024学年第一学期`, `2024-25学年`).
  // The year may be in full-width digits as a Word export types it (`九江市教育局２０２４年…`), or follow the plan's
  // kind in brackets (`潍坊市教育局工作要点（2024年）`, `某县教育局教育工作计划`): the name stands before the kind then.
  for (const line of [title, ...head]) {
    const m = TITLE_ISSUER.exec(line)
    const centre = m !== null && EDUCATION_CENTRE.test(m[1])
    if (!m || !(ISSUER_NAME.test(m[1]) || centre)) continue
    const source = line === title ? 'title' : 'header'
    // Bodies issuing jointly are named one after another, the lead first (lead-body.ts).
    const name = leadBody(m[1])
    if (m[2] === '关于' && !centre) {
      candidates.push({ value: name, source, quote: line })
      continue
    }
    // The party's side of education names its place after 中共 (`中共临沂市委教育工委`).
    const party = name.startsWith('中共') && opensWithPlace(name.slice(2))
    const place = findPlaces(name).find((p) => p.full && p.at === 0)
    if (party) candidates.push({ value: name, source, quote: line })
    else if (place) candidates.push({ value: place.place.name + name.slice(place.text.length), source, quote: line })
    // A zone its city names with its short name (`青岛经济技术开发区教育局`) is a real place too (zones.ts), and so is
    // a county-level city under its city's short name (`威海荣成市教育和体育局`).
    else if (zoneCity(name) || countyUnderShortCity(name)) candidates.push({ value: name, source, quote: line })
  }
  // A title that names its issuer in brackets after it: `2024年教育工作要点（荆门市教育局）`.
  const after = /[（(]([^（）()]{4,30})[)）]$/.exec(title)?.[1]
  if (after && ISSUER_NAME.test(after) && placeInName(after)) candidates.push({ value: leadBody(after), source: 'title', quote: title })
  const school = schoolInTitle(title) ?? schoolInHead(head)
  if (school) candidates.push(school)
  if (candidates.length === 0) return null
  // The most specific name wins: 荆门市教育局 (信息来源) over 市教育局 (发布机构).
  const first = candidates.find((c) => placeInName(c.value)) ?? candidates[0]
  // A plan its title names the issuer of, on a page another body posted (`来源：恩施州教育局` over
  // `巴东县教育局2024年工作要点`): the title's body is the plan's, the page's only its publisher.
  const fromPage = ISSUER_FIELDS.some((k) => first.quote?.startsWith(`${k}:`))
  const firstPlace = placeInName(first.value)
  const titled = candidates.find((c) => {
    const place = c.source === 'title' ? placeInName(c.value) : null
    return place !== null && firstPlace !== null && (place.name !== firstPlace.name || place.kind !== firstPlace.kind)
  })
  const specific = fromPage && titled ? titled : first
  // A plan its title names the body of, with only a 版记 at its foot (`浙江省教育厅办公室 2025年2月18日印发`): the
  // office that printed it is a part of that body, not the plan's issuer.
  const chosen = candidates.find((c) => c.source === 'title' && specific.value === `${c.value}办公室`) ?? specific
  return fullerName(chosen, candidates)
}

/** A 版记's date line under the office that printed the document: `2024年2月1日印发`. */
const PRINT_DATE_ALONE = new RegExp(`^${CHINESE_DATE.source}印发$`)

/**
 * The body an office printed a document for: a 版记 names its printer (`湖北省教育厅办公室` over `2024年2月1日印发`),
 * the office of the issuing body, not the issuer. Any other name is itself.
 */
function printedFor(name: string, next: string | undefined): string {
  const body = name.replace(/办公[室厅]$/, '')
  return next !== undefined && PRINT_DATE_ALONE.test(next) && body !== name && ISSUER_NAME.test(body) ? body : name
}

/**
 * A county-level city under its city's short name (`威海荣成市教育和体育局`): the short name opens the name, and the
 * county-level city right after it lies in that city.
 */
function countyUnderShortCity(name: string): boolean {
  const [city, county] = findPlaces(name)
  return (
    city !== undefined && county !== undefined && city.at === 0 && !city.full && city.ambiguity === 1 && city.place.kind === 'prefecture' &&
    county.at === city.text.length && county.full && county.place.kind === 'county' && county.place.prefecture === city.place.name
  )
}

/**
 * The same body under its fullest name: a district bureau's page names it `文峰区教育局` (来源) and its
 * signature `安阳市文峰区教育局`, or `渝北区教委` (发布机构) and `重庆市渝北区教育委员会`. A name counts as the same
 * body's when, the kind written out in full (body-short-forms.ts), it ends with the chosen name and names the same
 * place; the body chosen never changes.
 */
function fullerName(chosen: Evidence<string>, candidates: Evidence<string>[]): Evidence<string> {
  const place = placeInName(chosen.value)
  if (!place) return chosen
  const body = fullBodyKind(chosen.value)
  let best = chosen
  for (const c of candidates) {
    if (c.value.length <= best.value.length || !fullBodyKind(c.value).endsWith(body)) continue
    const other = placeInName(c.value)
    if (other && other.name === place.name && other.kind === place.kind && other.province === place.province) best = c
  }
  return best
}
