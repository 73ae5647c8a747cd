/**
 * The credits a news report carries around the plan it quotes (a 教育局 site's 工作动态 article, a newspaper's page):
 * its byline in brackets at the end of its last paragraph (`…落到实处。（记者 沈佳怡 通讯员 朱晓峰）`) and the lines
 * that name its reporter and editors (`通讯员：朱晓峰`, `编辑：陈琳`, `责任编辑：王海涛　审核：李建国`). They name
 * the article's people, never the plan's words; left in, they run into the plan's last clause. An official account's
 * article copied as text carries the line under its headline too: the account, the time it was published and where
 * from (`贺州教育 2024-03-09 18:30 发表于广西`), which says when the plan was published.
 */

/** The people a report credits, by their role. */
const ROLES = '本报记者|见习记者|特约记者|融媒体记者|记者|通讯员|实习生|责任编辑|文字编辑|美术编辑|本期编辑|值班编辑|执行编辑|编辑|责编|主编|编审|审核|审校|校对|初审|复审|终审|排版|美编|设计|监制|出品|统筹|摄影|撰稿|供稿|作者|文/图|图/文|文字|图片|图文|文图|信息来源|文章来源|稿件来源|内容来源|来源'
/** A person's name, or several separated by spaces or 、 (foreign names with ·). */
const NAMES = '[\\u4e00-\\u9fff·]{2,8}(?:[ \\u3000、，,]+[\\u4e00-\\u9fff·]{2,8}){0,3}'

/** `（记者 沈佳怡 通讯员 朱晓峰）`, `(本报记者 王敏)`: roles and names in brackets, closing a paragraph. */
const BYLINE = new RegExp(`[（(]\\s*(?:(?:${ROLES})(?:\\s*[:：]\\s*|\\s+)${NAMES}\\s*)+[）)]$`)

/**
 * `编辑：陈琳`, `责任编辑：王海涛　审核：李建国`, `通讯员 朱晓峰`: a line of roles and names only, in brackets too
 * (`（编辑：王某 审核：李某）`, `（来源：县教育局）`, `【责任编辑：王某】`), as a site sets its credits apart under the article.
 */
const CREDIT_LINE = new RegExp(`^(?:[（(【\\[]\\s*)?(?:(?:${ROLES})(?:\\s*[:：|｜丨]\\s*|\\s+)${NAMES}\\s*)+[）)】\\]]?$`)

export function isCreditLine(line: string): boolean {
  return line.length <= 60 && CREDIT_LINE.test(line)
}

/** The bar an official account sets between a role and its name (`来源 | 盐城市教育局`, `编辑丨王晓雨`). */
const CREDIT_BAR = new RegExp(`(${ROLES})\\s*[|｜丨]\\s*`, 'g')

/**
 * A credit line written as label and value (`来源 | 盐城市教育局`) with its bar as the colon a page's label takes
 * (`来源：盐城市教育局`), so the source it names is read as a field as a page's 来源： is; other lines as they are.
 */
export function creditAsLabel(line: string): string {
  return line.replace(CREDIT_BAR, '$1：')
}

/** The paragraph without the byline that closes it, and the byline; null when it has none. */
export function splitByline(line: string): { text: string; byline: string } | null {
  const m = BYLINE.exec(line)
  if (!m || m.index === 0) return null
  return { text: line.slice(0, m.index).trimEnd(), byline: m[0] }
}

/** `贺州教育 2024-03-09 18:30 发表于广西`, `原创 贺州教育 2024年03月09日 18:30`: an account's name, then its publishing time. */
const ACCOUNT_LINE = /^(?:原创\s+)?[\u4e00-\u9fffA-Za-z0-9·]{2,20}(?:\s+[\u4e00-\u9fffA-Za-z0-9·]{2,20})?\s+(\d{4}[-年.]\d{1,2}[-月.]\d{1,2}日?)(?:\s+\d{1,2}:\d{2})?(?:\s*发表于\s*[\u4e00-\u9fff]{2,8})?$/

/** The date an official account's line under its headline gives, or null when the line is no such line. */
export function accountLineDate(line: string): string | null {
  return line.length <= 60 ? (ACCOUNT_LINE.exec(line)?.[1] ?? null) : null
}
