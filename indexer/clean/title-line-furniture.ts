/**
 * A web page's furniture run onto its title's line when the page is pasted or saved as text: its info bar
 * (`…工作要点 发布时间：2024-03-06 浏览次数：1234`, `…工作要点 来源：县教育局 日期：2024-03-06`), its buttons
 * (`…工作要点【打印本页】【关闭窗口】`), or the browser tab's title, which names the section and the site after the
 * document (`…工作要点 - 某县人民政府`, `…工作要点_通知公告_某县教育局`).
 *
 * Glued on, the line was no title (the title was read with the buttons in it, or as the text before a stray passage
 * of the bar). Cut at the furniture, the title is read as a title line and the bar as an info bar on its own line
 * (metadata-fields.ts), so its date of publishing is read as one. Only a cut whose part before reads as a whole
 * title (title-line.ts) is taken: a title's own remark (`（试行）`) or term (`2025-2026上学期`) is no furniture.
 */
import { toSimplified } from '../normalize.js'
import { isTitleLike } from '../structure/title-line.js'
import { classifyFurniture } from './furniture.js'
import { labelStarts } from './metadata-fields.js'

export interface GluedFurniture<R> {
  title: string
  /** What followed the title on its line. */
  trail: string
  /**
   * Why the trail goes, as `removes` said of it; null for the buttons in 【】 and a browser tab's section and site,
   * which no line of their own would show as they are glued on.
   */
  reason: R | null
}

/** The spaces a page sets between its title and its info bar. */
const GAP = /[ \t\u3000\u00a0]+/g
/** Buttons in 【】 glued to the title's last character: `【打印本页】【关闭窗口】`. */
const BRACKETED_BUTTONS = /(?:\s*【[^【】]{1,8}】)+$/
/**
 * What sets a tab title's parts apart: `_` or `|` anywhere, a dash only with spaces around it (a title's own
 * `2024-2025学年` or `2024—2025学年` has none).
 */
const TAB_SEPARATOR = /\s*[_|｜]\s*|\s+[-—–－]{1,2}\s+/
/** A tab title's section (`通知公告`, `政策文件`) and its site, short and without a sentence. */
const TAB_PART = /^[\u4e00-\u9fffA-Za-z0-9（）()]{2,24}$/
/** The site a tab title names last: a government, a bureau, a school, a portal. */
const SITE_NAME = /(政府|人民政府|局|厅|委员会|教委|教育|网|网站|门户|门户网站|平台|学校|中学|小学|幼儿园|学院|大学|中心)$/
/**
 * The column of a site a tab title may name last, with no site after it (`…的通知_政策文件`, `…要点-通知公告`):
 * what a government or school site files its pages under.
 */
const COLUMN_NAME = /^[\u4e00-\u9fff]{0,6}(公告|通知|文件|动态|公开|要闻|新闻|资讯|信息|计划|规划|政策|法规|解读|专栏|公示|简报|通报|发布)$/
/** A dash set close between the title and a column or site (`…要点-通知公告`); the last one on the line. */
const CLOSE_DASH = /[-—–－]{1,2}(?=[^-—–－]+$)/

/**
 * The day and time a page posted the document, after its title with no label (`…工作要点2024-02-20`,
 * `…工作要点 2024-02-20 09:30:11 来源：…`): a web stamp, in figures with dashes or slashes, a title's own years
 * (`2024-2025学年`, `（2024.9-2025.1）`) are no such date.
 */
const POSTED_STAMP = /(?<!\d)\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)/g
/** An info bar the page set in brackets after the title: `…工作要点（发布日期：2024-02-20）`. */
const BRACKETED_BAR = /\s*[（(]([^（）()]{4,60})[)）]$/

/** A title (60 characters at most, title-line.ts) and a page's bar after it; a longer line is text. */
const MAX_LINE = 240

/**
 * The title and what a page glued to it, or null when the line is no title with furniture after it. `removes`
 * says why a part after a space goes as a line of its own would (an info bar, a toolbar; null: it stays), and takes
 * its fields.
 */
export function gluedToTitle<R>(line: string, removes: (trail: string) => R | null): GluedFurniture<R> | null {
  if (line.length > MAX_LINE) return null
  const buttons = BRACKETED_BUTTONS.exec(line)
  if (buttons && buttons.index > 0) {
    const title = line.slice(0, buttons.index).trim()
    const trail = buttons[0].trim()
    if (isTitleLike(title) && classifyFurniture(trail) === 'furniture') return { title, trail, reason: null }
  }
  const tab = tabTitle<R>(line) ?? closeDashTitle<R>(line)
  if (tab) return tab
  for (const gap of line.matchAll(GAP)) {
    const title = line.slice(0, gap.index).trim()
    const trail = line.slice(gap.index + gap[0].length).trim()
    const reason = trail !== '' && isTitleLike(title) ? removes(trail) : null
    if (reason !== null) return { title, trail, reason }
  }
  const bracketed = BRACKETED_BAR.exec(line)
  if (bracketed && bracketed.index > 0) {
    const title = line.slice(0, bracketed.index).trim()
    const reason = isTitleLike(title) ? removes(bracketed[1].trim()) : null
    if (reason !== null) return { title, trail: bracketed[0].trim(), reason }
  }
  // A posting stamp with no label, glued on or after a space, the rest of the bar after it: read as the date it is.
  for (const stamp of line.matchAll(POSTED_STAMP)) {
    const title = line.slice(0, stamp.index).trim()
    const trail = line.slice(stamp.index).trim()
    const reason = stamp.index > 0 && isTitleLike(title) ? removes(`发布日期：${trail}`) : null
    if (reason !== null) return { title, trail, reason }
  }
  // An info bar glued on with no space (`…的通知发布时间：2024-02-20 来源：市教育局`): cut where its first label begins.
  for (const start of labelStarts(line)) {
    const title = line.slice(0, start).trim()
    const trail = line.slice(start).trim()
    const reason = start > 0 && isTitleLike(title) ? removes(trail) : null
    if (reason !== null) return { title, trail, reason }
  }
  return null
}

/** A browser tab's title: the document's title, then its section and its site (`…工作要点_通知公告_某县教育局`). */
function tabTitle<R>(line: string): GluedFurniture<R> | null {
  const parts = line.split(TAB_SEPARATOR)
  if (parts.length < 2 || parts.length > 4) return null
  const [title, ...after] = parts.map((p) => p.trim())
  const last = toSimplified(after[after.length - 1])
  if (!isTitleLike(title) || !after.every((p) => TAB_PART.test(p) && !isTitleLike(p)) || !namesSiteOrColumn(last)) return null
  return { title, trail: line.slice(title.length).trim(), reason: null }
}

/** A tab title whose column or site follows a dash with no space around it: `…工作要点-通知公告`. */
function closeDashTitle<R>(line: string): GluedFurniture<R> | null {
  const dash = CLOSE_DASH.exec(line)
  if (!dash) return null
  const title = line.slice(0, dash.index).trim()
  const after = line.slice(dash.index + dash[0].length).trim()
  if (!isTitleLike(title) || !TAB_PART.test(after) || isTitleLike(after) || !namesSiteOrColumn(toSimplified(after))) return null
  return { title, trail: line.slice(dash.index).trim(), reason: null }
}

const namesSiteOrColumn = (part: string) => SITE_NAME.test(part) || COLUMN_NAME.test(part)
