/**
 * Which places (哪些城市, 哪个地方, 几个地区, 各个省) asks for the places that say something, which the results show
 * by their city: it names no topic, and 城市 or 地方 in a plan's text (城市扩容, 地方特色) is not what was asked.
 * The asking words and the place word go, leaving a space: 哪些城市提到了人工智能 searches 人工智能. So does the place word
 * closing a question about what is mentioned (提到人工智能的城市, 没有提到双减的城市): the places that do, asked for. Pure.
 */
import type { RawToken } from './parse-query.js'

/** The words for places a question asks which of. */
const PLACE_WORDS = '城市|地方|地区|省份|地市'
/** Said of what the plans mention: 提到人工智能的城市 asks for places, 建设宜居的城市 names a topic. */
export const PLACES_MENTIONING = `(?<=(?:提到|提及|提出|提过|涉及|说到|讲到|写到|谈到|没提|没有提).*[的了])(?:${PLACE_WORDS})(?=[?？]*$)`
/**
 * The places asked for after what is said of them, closing the question: 提到双减的城市有哪些, 开展课后服务的地方有几个.
 * Only after 的 (or opening the question): 农村地区有多少留守儿童, 民族地区有哪些学校 ask of a kind of place, a topic.
 */
const PLACES_ASKED_AFTER = `(?<=的|^)(?:${PLACE_WORDS})(?:都?(?:有哪些|是哪些|有几个|有多少个?)|是哪几个)(?=[?？]*$)`
/**
 * Which places a question asks for (哪些城市, 几个地区, 提到双减的城市有哪些): the one pattern, read by the parser here
 * (the words go from what is searched) and by plan-level-ask.ts (the spread across places is offered).
 */
/** A place word after 哪些 or 各个: 城市, 省市, 区县, or 省/市/县/区 that does not open another word (市民, 区域). */
const PLACE_NOUN = `(?:${PLACE_WORDS}|省市|市县|区县|县区|(?:省|市|县|区)(?![民域长场委级属份内外直政情容貌区县镇]))`
export const WHICH_PLACES_ASKED = `(?:哪些|哪个|哪几个|哪|几个|多少个|多少)${PLACE_NOUN}|${PLACES_MENTIONING}|${PLACES_ASKED_AFTER}`
/** With 各个城市, 各个省市, which name no topic either (whether they ask is plan-level-ask.ts's EACH_PLACE). */
const WHICH_PLACE = new RegExp(`${WHICH_PLACES_ASKED}|各个${PLACE_NOUN}`, 'g')

/** `text` without its which-places words: what else it says (哪些城市没有提 → 没有提). */
export function withoutWhichPlaceIn(text: string): string {
  return text.replace(WHICH_PLACE, ' ')
}

export function withoutWhichPlace(token: RawToken): RawToken {
  if (!WHICH_PLACE.test(token.norm)) return token
  WHICH_PLACE.lastIndex = 0
  const aligned = token.text.length === token.norm.length
  let norm = ''
  let text = ''
  let at = 0
  for (const m of token.norm.matchAll(WHICH_PLACE)) {
    norm += `${token.norm.slice(at, m.index)} `
    text += `${(aligned ? token.text : token.norm).slice(at, m.index)} `
    at = m.index + m[0].length
  }
  return { ...token, norm: norm + token.norm.slice(at), text: text + (aligned ? token.text : token.norm).slice(at) }
}

