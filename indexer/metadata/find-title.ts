/**
 * The document's own title from the lines of its head (everything before the first numbered line).
 *
 * A title is a short line with no sentence punctuation that ends in a document kind (要点, 计划, 意见 …).
 * A title a PDF broke over two lines is joined again. A notice that issues the plan (`关于印发《…》的通知`)
 * is a wrapper: the plan's own title line after it wins; when the wrapper is the only title, the title
 * inside its 《》 is the plan's. Web furniture around the title (`.doc`, `_百度文库`, `- 道客巴巴`) is cut off.
 * Lines are tested in simplified characters and returned as written.
 */
import { toSimplified } from '../normalize.js'
import { BRACKETED_YEAR } from './doc-number.js'
import { asciiDigits, closeUp } from './head-text.js'
import { headlineTitle, leadStatement } from './report-lead.js'
import { HEADLINE_CRY, isTermLine, isTitleRemark, PAGE_CAPTION, TEMPLATE_SUFFIX, TERM, withTitleRemark } from '../structure/title-line.js'
import { SENTENCE_STOP } from '../structure/sentence-stop.js'
import { isFileLinkLine } from '../structure/page-file-link.js'

export type TitleSource = 'title-line' | 'wrapper' | 'field' | 'first-line'

export interface TitleFinding {
  title: string
  source: TitleSource
  /** The line(s) the title was read from. */
  quote: string
}

// 计画: 計畫, as plans in Taiwan spell 计划, folded to simplified characters one by one.
const KINDS =
  '工作要点|要点|工作计划|行动计划|计划|计画|实施方案|工作方案|方案|实施意见|指导意见|意见|规划|纲要|工作安排|安排|行事历|实施细则|细则|' +
  '管理办法|办法|规定|条例|规则|决定|通知|通报|报告|总结|公告|通告|批复|函|任务分工|责任分工|任务|清单|措施|指南|指引|标准|制度|章程|要求|思路|部署'
const SPACED_KINDS = KINDS.split('|').map((kind) => [...kind].join('\\s?')).join('|')
/**
 * A title ends in a document kind, optionally followed by a remark in brackets (`（试行）`, `（2022年修订）`) or a
 * school's term (`…学校工作计划 2025-2026上学期`).
 */
const TITLE_END = new RegExp(`(${KINDS})([（(〔][^）)〕]{1,16}[）)〕])?(\\s*${TERM})?$`)
const SENTENCE = /[。；;：:，,！!？?]/
const WRAPPER = /(印发|转发|下发|颁发|公布|发布)/
/** A file name (with the VIP badge a sharing site runs on to it: `….docxVIP`) or a sharing site's suffix glued to a title. */
const FILE_SUFFIX = /\s*\.(docx?|pdf|wps|txt|html?)(\s*VIP)?$/i
const SITE_SUFFIX = /\s*[-_—|｜]+\s*[^-_—|｜]{0,12}(文库|文档|网|范文|资料|首页|官网|频道|下载|在线)\s*$/
/** Lines that are never part of a title: letterheads, issuers, numbers, dates, addressees, site names. */
const NOT_TITLE_PART =
  new RegExp(`(文件|[〔\\[［【（(]${BRACKETED_YEAR}[〕\\]］】）)]\\s*\\d+\\s*[号號]|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[:：]$|文库|文档|范文|网站?$|下载|上传|浏览|阅读|页数|收藏|举报|分享)`)
const MAX_TITLE = 80
/** Shorter lines are section headings (`工作安排`, `实施方案`), not a document's title. */
const MIN_TITLE = 6
/** A line taken for a title when none ends in a document kind must at least speak of a year, a place or education. */
const FALLBACK_TITLE = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年|教育|[市县区省州旗盟]/
const WEAK_END = /(函|任务|任务分工|责任分工|清单|措施|标准|制度|要求|思路|部署)([（(〔][^）)〕]{1,16}[）)〕])?$/
/** A page's list of other documents (`热点推荐`, `相关文章`): the titles under it are not this document's. */
const LIST_HEADING = /^(热点|热门|相关|最新|精品|推荐|延伸|猜你|为你|更多|往期)[\u4e00-\u9fff]{0,4}(推荐|文章|阅读|文档|喜欢|新闻|信息|资料|下载|链接)?$/
/** An issuer's name alone (a letterhead or a signature), never a title. */
export const ISSUER_NAME = /^(?!.*(格局|布局|大局|开局|全局|新局|变局|结局|当局)$)[\u4e00-\u9fffA-Za-z（）()]{2,30}(局|厅|委员会|教委|教育工委|人民政府|政府|办公室|办公厅|党组|领导小组|领导小组秘书组|局党委|局机关党委)$/

/** A tag before the title (`【工作计划】`) or an attachment label (`附件1：`). */
const LEADING_TAG = /^(【[^】]{1,12}】(?=.)|\[[^\]]{1,12}\](?=.)|附件\s*\d*\s*[:：]?\s*(?=\S))/

/** What a template or sharing site adds to a title: `（word版）`, `(共5页)`, `-常德市教育局` (the site's name). */
const SITE_REMARK = /\s*[（(](word版?|可编辑|完整版|精选|范文|最新|定稿|全文|共\s*\d+\s*页|\d+\s*页|docx?|pdf)[）)]\s*$/i
/** `（2021年6月18日市教育局局务会议审议通过）` after a title says when it was adopted; it is no part of the title. */
const ADOPTION_REMARK = /\s*[（(][^（()）]*\d{4}\s*年[^（()）]*(通过|修订|发布|施行)[)）]\s*$/
const SITE_OWNER = /\s*[-_|｜]\s*[\u4e00-\u9fff]{2,20}(局|厅|委员会|政府|网站|门户)$/
/**
 * `…工作要点（孟教〔2024〕5号）`: a disclosure page prints the document's own 文号 after its title; no part of the title.
 * Its year may be in Chinese numerals (`（某教〔二〇二四〕3号）`), as doc-number.ts reads it.
 */
const NUMBER_REMARK = new RegExp(`\\s*[（(]\\s*[\\u4e00-\\u9fff]{1,10}\\s*[〔\\[［【]\\s*${BRACKETED_YEAR}\\s*[〕\\]］】]\\s*第?\\s*\\d{1,4}\\s*[号號]\\s*[)）]\\s*$`)

function clean(line: string): string {
  return closeUp(line)
    .replace(FILE_SUFFIX, '')
    .replace(SITE_SUFFIX, '')
    .replace(SITE_OWNER, '')
    .replace(SITE_REMARK, '')
    .replace(TEMPLATE_SUFFIX, '')
    .replace(PAGE_CAPTION, '')
    .replace(ADOPTION_REMARK, '')
    .replace(NUMBER_REMARK, '')
    .replace(LEADING_TAG, '')
    .replace(HEADLINE_CRY, '')
    .replace(/^[【\[]|[】\]]$/g, '')
    // A title set in 《》 on its own line names itself, not a document it cites.
    .replace(/^《([^《》]+)》$/, '$1')
    .trim()
}

export function isTitleText(text: string): boolean {
  const t = toSimplified(text)
  if (t.length < MIN_TITLE || t.length > MAX_TITLE || SENTENCE.test(t) || !TITLE_END.test(asciiDigits(t)) || /^\d{1,3}[.．、]/.test(t)) return false
  // `总体要求`, `主要任务`, `保障措施` head sections; a title of these kinds names its year, place or subject.
  return !WEAK_END.test(t) || (t.length >= 8 && /(\d{4}|[〇零一二三四五六七八九]{4})年|关于|[市县区省州旗盟]/.test(t))
}

function isWrapper(text: string): boolean {
  const t = toSimplified(text)
  return WRAPPER.test(t) && /(通知|通报|决定|函)$/.test(t)
}

/** The plan's title inside a wrapper: the 《》 it names, or the words between 印发 and 的通知. */
export function wrappedTitle(text: string): string | null {
  const t = toSimplified(text)
  // 《》, or what a conversion to ASCII left of them (`<<…>>`, `<…>`), or 〈〉.
  const quoted = /(?:《|〈|<<?)([^》〉<>]+)(?:》|〉|>>?)/.exec(text)
  if (quoted && isTitleText(quoted[1])) return quoted[1].trim()
  // Every verb of WRAPPER has two characters, and toSimplified keeps offsets: the words sit at the same place in `text`.
  const m = /(?:印发|转发|下发|颁发|公布|发布)(.+?)的(?:通知|通报|决定|函)$/.exec(t)
  if (!m) return null
  const start = m.index + 2
  const candidate = text.slice(start, start + m[1].length).replace(/^[《〈<“"]+|[》〉>”"]+$/g, '')
  return isTitleText(candidate) ? candidate : null
}

/** A title a PDF or a centred layout broke over lines, joined: `2022年荆门市教育` + `工作要点`. */
function joinBrokenTitles(lines: string[]): { text: string; quote: string }[] {
  const out: { text: string; quote: string }[] = []
  for (let i = 0; i < lines.length; i++) {
    let text = clean(lines[i])
    let quote = lines[i]
    let j = i
    // The last of issuers stacked over the title (`中共某市委教育工作委员会` / `某市教育局` / `2023年全市教育工作要点`)
    // heads the title as the others do; it is no first half of it.
    const stacked = i > 0 && ISSUER_NAME.test(text) && ISSUER_NAME.test(clean(lines[i - 1]))
    while (!stacked && j + 1 < lines.length && continues(text, clean(lines[j + 1]))) {
      text = isTitleText(text) ? withTitleRemark(text, clean(lines[j + 1])) : text + clean(lines[j + 1])
      quote += `\n${lines[j + 1]}`
      j++
    }
    out.push({ text, quote })
    i = j
  }
  return out
}

/** The first half of a broken title names a year, a place, an issuer or a policy verb (a site's name does not). */
const TITLE_OPENING = /(\d{4}年|[市县区省州盟旗]|教育|关于|局|厅|委|推进|加强|实施|开展|做好|进一步|深化|建设|促进|提升|规范|完善|落实|全面)/

/** Whether `next` completes the title begun on `current`. */
function continues(current: string, next: string): boolean {
  const cur = toSimplified(current)
  const nxt = toSimplified(next)
  if (cur.length < 2 || nxt.length === 0 || cur.length + nxt.length > MAX_TITLE) return false
  if (SENTENCE.test(cur) || SENTENCE.test(nxt) || NOT_TITLE_PART.test(cur) || NOT_TITLE_PART.test(nxt)) return false
  // An unclosed 《 or a wrapper's tail (`…的通知`) always continues.
  if ((cur.match(/《/g)?.length ?? 0) > (cur.match(/》/g)?.length ?? 0)) return true
  if (/^(的)?(通知|通报|意见|决定|函)$/.test(nxt) || /^的/.test(nxt)) return true
  // A remark in brackets completes a title (`（试行）`), but not the disclosure note of GB/T 9704 (`（此件公开发布）`),
  // nor the number of the first section standing alone under it (`（一）`); a school's term (`2025-2026上学期`) does too.
  if (isTitleText(cur)) return isTitleRemark(nxt)
  // A school's term over its title (`2024-2025学年度第二学期` / `某县第一小学工作计划`) opens it, as its year would.
  if (isTermLine(cur)) return isTitleText(nxt)
  // The first half names the issuer, the year or the subject; the second half ends the title.
  return isTitleText(cur + nxt) && TITLE_OPENING.test(cur)
}

/**
 * The plan's own title among the title lines of the head: the one its notice names (`印发《…》`), else one
 * a web page prints twice (window title and heading), else the last before the body (a page title or a
 * notice comes first).
 */
function bestOwnTitle(owns: TitleFinding[], wrapped: string | null): TitleFinding {
  const key = (t: string) => toSimplified(t).replace(/\s/g, '')
  const score = (t: TitleFinding) =>
    (wrapped && key(t.title) === key(wrapped) ? 4 : 0) + (owns.filter((o) => key(o.title) === key(t.title)).length > 1 ? 2 : 0)
  let best = owns[0]
  for (const t of owns) if (score(t) >= score(best)) best = t
  return best
}

/**
 * The title of a single-plan document. `fields` are the page's label/value metadata (a `标题` field is used
 * when the text has no title line). Returns null when nothing in the head reads as a title.
 */
export function findTitle(headLines: string[], fields: Record<string, string>): TitleFinding | null {
  const candidates = joinBrokenTitles(headLines)
  const owns: TitleFinding[] = []
  const listed: TitleFinding[] = []
  let wrapper: TitleFinding | null = null
  let inList = false
  for (const { text, quote } of candidates) {
    // The plan's text has begun under its title: a heading below that ends like a title (`具体工作安排` in a plan
    // that numbers nothing, read here up to its first numbered line) is the plan's own.
    if (owns.length > 0 && SENTENCE_STOP.test(text)) break
    // A page's link to the file it came from (`附件：….docx`, page-file-link.ts) under the page's title names the file,
    // which may be named otherwise (`2024年工作要点（定稿）.docx`): the title above stands.
    if (owns.length > 0 && isFileLinkLine(quote)) continue
    if (LIST_HEADING.test(toSimplified(text))) inList = true
    if (!isTitleText(text)) {
      if (!LIST_HEADING.test(toSimplified(text))) inList = false
      continue
    }
    if (inList) {
      listed.push({ title: text, source: 'title-line', quote })
      continue
    }
    // A notice that names no document inside it (`关于做好新闻发布工作的通知`) is a title of its own.
    const inner = isWrapper(text) ? wrappedTitle(text) : null
    if (inner) {
      if (!wrapper) wrapper = { title: inner, source: 'wrapper', quote }
      continue
    }
    // A news report's headline (`市教育局印发2024年全市教育工作要点`): the plan's title is the one its lead quotes.
    const reported = headlineTitle(text, isTitleText)
    if (reported) {
      if (!wrapper) wrapper = { title: leadTitle(headLines, reported) ?? reported, source: 'wrapper', quote }
      continue
    }
    owns.push({ title: text, source: 'title-line', quote })
  }
  if (owns.length > 0) return bestOwnTitle(owns, wrapper?.title ?? null)
  if (listed.length > 0 && !wrapper) return listed[listed.length - 1]
  if (wrapper) return wrapper
  const field = fields['标题'] ? clean(fields['标题']) : ''
  const fromField = field && isTitleText(field) ? (isWrapper(field) ? wrappedTitle(field) : field) : null
  if (fromField) return { title: fromField, source: 'field', quote: `标题:${fields['标题']}` }
  const first = candidates.find(({ text }) => {
    const t = toSimplified(text)
    return t.length >= MIN_TITLE && t.length <= 40 && !SENTENCE.test(t) && !NOT_TITLE_PART.test(t) && !ISSUER_NAME.test(t) && FALLBACK_TITLE.test(t) && !/(网站|欢迎|首页|登录|导航|栏目)/.test(t)
  })
  return first ? { title: first.text, source: 'first-line', quote: first.quote } : null
}

/**
 * The title lines of the head above the plan's own title: a web page's window title over its heading
 * (`2025-2026学年度上学期工作计划` over `开原市城东镇中学学校工作计划`). They name the same plan, and may name its year
 * where its own title does not; a notice over the plan (印发…的通知) is no such line.
 */
export function titleLinesAbove(headLines: string[], finding: TitleFinding): string[] {
  const at = headLines.indexOf(finding.quote.split('\n')[0])
  if (at <= 0 || finding.source !== 'title-line') return []
  return joinBrokenTitles(headLines.slice(0, at))
    .map(({ text }) => text)
    .filter((text) => isTitleText(text) && !isWrapper(text) && !headlineTitle(text, isTitleText))
}

/** The title a report's lead quotes in 《》 as the plan it reports, of the headline's year (a lead may cite other documents too). */
function leadTitle(headLines: string[], headline: string): string | null {
  const year = /\d{4}/.exec(headline)?.[0]
  for (const line of headLines) {
    const lead = leadStatement(line)
    if (lead && isTitleText(lead.title) && (!year || lead.title.includes(year))) return lead.title.trim()
  }
  return null
}

/**
 * The title in a flattened head (a PDF's text on one line): inside its `印发《…》`, else the title words that
 * open the line after the letterhead and 文号, up to the space that ends them
 * (`洛阳市教育局文件 洛教〔2022〕8号 洛阳市2022年教育工作要点 2022年全市教育工作的总体思路是：…`).
 */
export function flattenedTitle(headLines: string[]): TitleFinding | null {
  for (const line of headLines) {
    const text = closeUp(line)
    const m = /(?:印发|转发|下发)《([^》]{4,80})》/.exec(toSimplified(text))
    const inner = m ? wrappedTitle(`印发${text.slice(m.index + 2, m.index + m[0].length)}的通知`) : null
    if (inner) return { title: inner, source: 'wrapper', quote: m![0] }
  }
  const first = headLines[0] ?? ''
  const simple = toSimplified(first)
  let start = /^.{0,60}?文\s*件\s*/.exec(simple)?.[0].length ?? 0
  start += new RegExp(`^[^，。：；]{0,30}?[〔\\[［【（(]\\s*${BRACKETED_YEAR}\\s*[〕\\]］】）)]\\s*第?\\s*\\d{1,4}\\s*[号號]\\s*`).exec(simple.slice(start))?.[0].length ?? 0
  // Letter-spaced text spaces every character: the title ends where a word of two or more characters follows.
  const opening = new RegExp(`^(.{4,120}?(?:${SPACED_KINDS}))(?:[（(][^）)]{1,16}[）)])?(?=\\s+\\S{2})`).exec(simple.slice(start))
  if (!opening) return null
  const title = clean(first.slice(start, start + opening[0].length))
  return isTitleText(title) && !isWrapper(title) ? { title, source: 'title-line', quote: cut(first) } : null
}

function cut(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}
