/**
 * The top of a government site's page copied as text: the site's name (`崇义县人民政府`), its menu
 * (`首页 政务公开 政务服务 互动交流 走进崇义`), then its breadcrumb. Left in the head, the menu stood over the title as a
 * line of the text and the site's name was read as the plan's issuer (a letterhead's line), though the title and
 * the signature name the bureau that wrote it.
 *
 * A menu opens with the site's 首页 and lists its sections, short words apart by spaces or bars. The line over a menu
 * or a breadcrumb, short and no sentence, is the site's banner: no document prints its own lines over a site's
 * navigation; a title (title-line.ts) over it stays. Only in the document's head.
 */
import { readLineMarker } from '../structure/line-markers.js'
import { isTitleLike } from '../structure/title-line.js'

/** The site's menu: 首页 and at least two more sections of 2-8 characters. */
const MENU = /^(?:网站)?首页(?:\s*[|｜·•]?\s*[\u4e00-\u9fffA-Za-z]{2,8}){2,12}$/
const MENU_PART = /\s+|\s*[|｜·•]\s*/
/** A breadcrumb from the site's 首页, with or without its lead (`当前位置：首页 > …`). */
const BREADCRUMB_FROM_HOME = /^(?:(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|你现在的位置|所在位置|位置)\s*[:：]\s*)?(?:网站)?首页\s*(?:[>＞›»]|\/\s)/
/** A site's name as its banner prints it: short, no sentence, no number (and no item's marker: `（三）教育`, `一是加强`). */
const BANNER = /^[\u4e00-\u9fffA-Za-z（）()]{4,24}$/
/** How far into the text a site's banner and menu may stand. */
const HEAD_LINES = 12

/** Whether a trimmed line is a site's menu, `首页 政务公开 政务服务 互动交流`. */
export function isSiteMenu(line: string): boolean {
  return line.length <= 80 && MENU.test(line) && line.split(MENU_PART).length >= 3
}

/** The indices of a site's banner and menu lines in the head (lines trimmed, blanks kept). */
export function siteBannerLines(lines: string[]): Set<number> {
  const found = new Set<number>()
  const text = lines.flatMap((line, i) => (line === '' ? [] : [i])).slice(0, HEAD_LINES)
  text.forEach((i, k) => {
    if (!isSiteMenu(lines[i]) && !BREADCRUMB_FROM_HOME.test(lines[i])) return
    if (isSiteMenu(lines[i])) found.add(i)
    const above = text[k - 1]
    if (above !== undefined && BANNER.test(lines[above]) && !readLineMarker(lines[above]) && !isTitleLike(lines[above])) found.add(above)
  })
  return found
}
