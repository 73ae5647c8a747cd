/**
 * Whether a line reads as a document's title (what the plan splitter opens a plan at, and what a table of
 * contents lists), a notice's title over a plan, or a compilation's own title.
 */
import { toSimplified } from '../normalize.js'
import { asciiDigits } from '../metadata/head-text.js'
import { readLineMarker } from './line-markers.js'

/** `…重点工作任务分工`, `…重点任务清单`: a plan issued as its task table is titled by the table; a school's term plan as its calendar, `…工作行事历`. 计画: 計畫 (计划 as Taiwan spells it), folded. */
const TITLE_WORDS = /(工作要点|要点|工作计划|计划|计画|实施方案|方案|意见|规划|工作安排|安排|行事历|办法|规定|通知|报告|纲要|分工|任务清单|任务分解)$/
const NOTICE_WORDS = /(印发|转发|关于|通知$)/
/** `…汇编`, or an essay site's page of several articles under one title: `幼儿园工作计划（精选2篇）`, `…工作计划10篇`. */
const COMPILATION_WORDS = /(汇编|合集|选编|[（(][^（）()]{0,6}[0-9０-９一二三四五六七八九十]{1,3}篇[）)]$|[0-9０-９]{1,3}篇$)/
/**
 * The count an essay site sets before or after each article's title on a page of several (`幼儿园工作计划 篇1`,
 * `【篇一】幼儿园工作计划`, `学校工作计划范文3`): no part of the title; read as one, the line was no title.
 */
const ARTICLE_COUNT_BEFORE = /^\s*(?:【篇[一二三四五六七八九十0-9０-９]{1,3}】|篇[一二三四五六七八九十0-9０-９]{1,3}[：:\s])\s*/
const ARTICLE_COUNT_AFTER = /\s*[（(]?(?:篇|范文)\s*[一二三四五六七八九十0-9０-９]{1,3}[）)]?$/

/** The title without an essay site's count of its articles; the line as it was when it holds none. */
export function withoutArticleCount(line: string): string {
  return line.replace(ARTICLE_COUNT_BEFORE, '').replace(ARTICLE_COUNT_AFTER, '')
}

/** Whether the line carries an essay site's count of its articles. */
export function hasArticleCount(line: string): boolean {
  return withoutArticleCount(line) !== line
}

/**
 * What an official account's headline cries around the title: `2024年贺州市教育工作要点来了！`, `…正式印发！`,
 * `重磅！…`, or the column it files the article under before a bar (`聚焦｜…`, `教育动态丨…`; a body's name before a
 * bar, `某县教育局｜…`, is no column). The title is the words inside it.
 */
export const HEADLINE_CRY =
  /(?:\s*[，,]?\s*(?:来了|出炉了?|发布了?|公布了?|出台了?|正式印发|重磅发布|速看|快看)?\s*[！!]+)$|^(?:重磅|权威发布|速看|最新)\s*[！!｜|丨:：]\s*|^[\u4e00-\u9fff]{0,4}(?:聚焦|关注|速递|动态|要闻|头条|热点|资讯|快讯|新闻|发布|政策|解读|提醒|官宣)\s*[｜|丨]\s*/g

/**
 * A line that reads as a document title: ends in 要点/计划/方案…, short, no sentence punctuation, no marker.
 * Traditional characters are folded first, so a Big5 plan (工作要點) has a title too.
 */
export function isTitleLike(line: string): boolean {
  if (line.length < 4 || line.length > 60) return false
  if (/[。；;：:，,]/.test(line)) return false
  if (readLineMarker(line)) return false
  const simple = withoutArticleCount(asciiDigits(toSimplified(line))).replace(HEADLINE_CRY, '').replace(PAGE_CAPTION, '').replace(TEMPLATE_SUFFIX, '')
  return TITLE_WORDS.test(simple.replace(TRAILING_TERM, '').replace(TRAILING_REMARKS, ''))
}

/** A sharing site's caption of its first page image (`2025年新学期学校工作计划_第1页`): the title it names, and the page. */
export const PAGE_CAPTION = /_第\s*1\s*[页頁]$/

/** What a template site glues to the title it lists (`…学校工作计划范文`, `…工作计划范文大全`): no part of the title. */
export const TEMPLATE_SUFFIX = /\s*(范文|范本|模板)(大全|精选)?$/

/**
 * What a title closes with in brackets: a remark (`（试行）`), its own 文号 (`（孟教〔2024〕5号）`), or both
 * (`…要点（试行）（孟教〔2024〕5号）`, which, the 文号 alone cut, read as no title and was the plan's first passage).
 */
const TRAILING_REMARKS = /(?:\s*[（(][^）)]*[）)])+$/

/**
 * A remark in brackets on the line under a title (`（试行）`, `（征求意见稿）`), or a school's term (`2025-2026上学期`):
 * part of the title, as find-title.ts reads it, so no text of the body (it was the plan's first passage). Not the
 * disclosure note (`（此件公开发布）`), nor a section's number alone (`（一）`).
 */
export function isTitleRemark(line: string): boolean {
  const t = line.trim()
  if (isTermLine(t)) return true
  return /^[（(〔][^）)〕]{1,16}[）)〕]$/.test(t) && !/^[（(]此件/.test(t) && !DATE_REMARK.test(t) && readLineMarker(t) === null
}

/**
 * The date a plan was issued, in brackets under its title (`（2024年2月）`, `（2024年2月20日）`, `（二〇二四年二月）`):
 * the head's date, read as the month or signing date (signature-lines.ts, document-dates.ts), never part of the
 * title (it was: 济南市教育局2024年工作要点（2024年2月）).
 */
const DATE_REMARK = /^[（(]\s*([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*[)）]$/

/**
 * A school term with its year or school year (`2025-2026上学期`, `2024—2025学年度第一学期`, `2025年秋季学期`), or
 * with none (`学年第二学期`): a school's plan names the term it is for on the line under its title, or after it on the
 * title's line. A school year dates the plan by its first year, as `2025—2026学年` does (head-text.ts).
 */
export const TERM =
  '(?:(?:19|20)\\d{2}\\s*(?:[-－—–~～至到]+\\s*(?:19|20)?\\d{2}\\s*)?(?:学年度?|年度?)?|学年度?)\\s*(?:第\\s*[一二]|[上下]|春季?|秋季?)\\s*学期'
const TERM_LINE = new RegExp(`^${TERM}$`)
const TRAILING_TERM = new RegExp(`\\s*${TERM}$`)

/** A line that names a school term and nothing else (full-width digits as a Word export types them). */
export function isTermLine(line: string): boolean {
  return TERM_LINE.test(asciiDigits(line.trim()))
}

/**
 * A title with the remark under it: `…工作要点（试行）`; a term stands apart, as a title printed on one line sets it
 * (`…学校工作计划 2025-2026上学期`), since run on it would read as the title's last words.
 */
export function withTitleRemark(title: string, remark: string): string {
  return isTermLine(remark) ? `${title.trimEnd()} ${remark.trim()}` : `${title}${remark.trim()}`
}

/** A notice's title (关于印发《…》的通知): it stands over the plan it issues, not for it. */
export function isNoticeTitle(line: string): boolean {
  return NOTICE_WORDS.test(toSimplified(line))
}

/** A compilation's own title (`教育和体育局2024年工作要点汇编(7篇)`): short, no numbered line, 汇编/合集/选编. */
export function isCompilationTitle(line: string): boolean {
  return COMPILATION_WORDS.test(toSimplified(line)) && line.length <= 60 && !readLineMarker(line)
}
