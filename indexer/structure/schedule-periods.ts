/**
 * The periods a schedule inside a plan heads its items with, each alone on its line: months (`九月份：`), school weeks
 * (`第一周`), quarters (`第一季度`) and halves of the year (`上半年`). Read by month-sections.ts as the sections of
 * their chapter, and kept by unnumbered-headings.ts from being read as chapter titles.
 */
import { leadSymbols } from '../clean/heading-decoration.js'

const MONTH = '(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})'
/** The theme a school gives a month after its colon (`三月：学雷锋活动月`): a few words, no sentence. */
const THEME = '[\\u4e00-\\u9fff“”‘’]{2,10}'
/**
 * A month alone on its line: `九月份：`, `9月：`, `2024年9月`, `十一至十二月份`, `7-8月`, `三月份工作安排`, `二月（寒假）`,
 * `二月园务行政`, `四月教学工作`. The year, a span of months and a word of work after it (a kindergarten's or a school
 * office's: 园务行政, 德育工作) are the month's heading too, and so is its theme after a colon (`三月：学雷锋活动月`).
 */
const MONTH_LINE = new RegExp(
  `^(?:(?:19|20)\\d{2}\\s*年\\s*)?${MONTH}(?:\\s*(?:[、\\-－—～~至到]|月\\s*[、\\-－—～~至到])\\s*${MONTH})?\\s*月份?(?:[（(][\\u4e00-\\u9fff]{1,6}[)）])?(?:[\\u4e00-\\u9fff]{0,4}(?:工作|行政)(?:安排|要点)?)?\\s*(?:[：:]\\s*${THEME})?[：:]?$`,
)

/**
 * A school week alone on its line, as a term's week-by-week schedule heads its items the way a month does:
 * `第一周`, `第3周：`, `第十七至十八周`, `第一周（2月17日—2月23日）`, `第2周 2月24日-3月2日`.
 */
const WEEK_LINE = new RegExp(
  `^第\\s*${MONTH}(?:\\s*[、\\-－—～~至到]\\s*${MONTH})?\\s*周(?:\\s*[（(][^（）()]{1,30}[)）]|\\s+[0-9０-９月日.．/\\-－—～~至到\\s]{3,24})?\\s*[：:]?$`,
)

/**
 * A quarter or a half of the year alone on its line, as a bureau's schedule heads its items: `第一季度`, `二季度：`,
 * `第三、四季度`, `第一季度（1—3月）`, `上半年`, `2025年下半年工作安排`.
 */
const QUARTER_LINE = new RegExp(
  `^(?:(?:19|20)\\d{2}\\s*年\\s*)?(?:第?[一二三四1-4１-４](?:\\s*[、\\-－—～~至到]\\s*[一二三四1-4１-４])?\\s*季度|[上下]半年)(?:[（(][^（）()]{1,12}[)）])?(?:工作安排|工作要点|重点工作|工作)?\\s*[：:]?$`,
)

/** A chapter title that announces a schedule: 安排, 行事历, 日程, 进度, 月历, a month's or week's work. */
const SCHEDULE_TITLE = /安排|行事历|日程|进度|月历|月工作|周工作|[月周]计划|逐月|每月/

/** The chapter's title names a schedule (`三、月工作安排`, `工作行事历`): the periods under it are its own. */
export function announcesSchedule(title: string): boolean {
  return SCHEDULE_TITLE.test(title)
}

/** A month's line, a week's, a quarter's or a half-year's: the period a schedule's items fall in. */
export function isPeriodLine(line: string): boolean {
  // An editor's symbol before it or brackets round it (`◆九月份`, `【九月份】`) set the period off as a heading.
  const text = withoutDecoration(line.trim())
  return MONTH_LINE.test(text) || WEEK_LINE.test(text) || QUARTER_LINE.test(text)
}

function withoutDecoration(text: string): string {
  const lead = leadSymbols(text)
  const bare = lead ? text.slice(lead.length) : text
  return /^[【［\[][^【】［］\[\]]+[】］\]][：:]?$/.test(bare) ? bare.replace(/[：:]$/, '').slice(1, -1).trim() : bare
}
