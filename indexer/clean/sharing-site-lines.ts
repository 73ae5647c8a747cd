/**
 * What a document-sharing site (道客巴巴, 原创力, 金锄头, 人人文库 …) prints around a document, as a page saved to text
 * or selected in the browser gives it: under the title a badge (`VIP专免`), the upload date, a view count (`999+`),
 * the file's size (`39.75KB`) and pages (`32 页`), the page's buttons (`海报`, `侵权投诉`, `加入Vip免费下载 立即下载`), and
 * under the preview the reader's prompt (`还剩28页未读，继续阅读`). Read by their shape, not by a site's name: a size or a
 * count is a number with a unit no plan prints alone on a line. Pure.
 */
import { isHiddenTextMarker } from './hidden-text-marker.js'

/** `39.75KB`, `1.2 MB`, `856K`: a file's size. */
const FILE_SIZE = /^\d{1,6}(?:\.\d{1,2})?\s*(?:[KMG]i?B|[KMG]|字节|bytes?)$/i
/** `999+`, `1.2万+`, `3456次`, `1.5w`: a view or download count, its plus or unit saying it is one, not a page's number. */
const VIEW_COUNT = /^(?:\d{1,6}\+|\d{1,4}(?:\.\d)?\s*[万wW]\+?|\d{1,7}\s*次)$/
/** `32 页`, `32页`: the preview's page count (a page's number is 第32页 or `- 32 -`, furniture.ts PAGE_NUMBER). */
const PAGE_COUNT = /^\d{1,4}\s*页$/
/** The badge over a document a member reads free: `VIP专免`, `VIP专享`, `VIP免费`, `VIP精品`, `SVIP`. */
const VIP_BADGE = /^s?vip\s*(?:专免|专享|免费|精品|特权|文档|会员)?$/i
/**
 * The button calling to buy or to join: `加入Vip免费下载`, `开通VIP`, `立即下载`, `免费下载本文`, `免费下载这篇文档`,
 * `点击下载完整版文档`, `下载此文档`, and the prompt `下载文档到电脑，查找使用更方便`.
 */
const DOWNLOAD_CALL = /^(?:(?:加入|开通|成为|升级)\s*s?vip(?:会员)?\s*(?:免费下载|下载|专享)?|(?:立即|马上|点击|免费|一键)\s*下载(?:这篇|此|该|本|原|完整版?)?(?:文档|本文|全文|原文|文章)?|下载(?:这篇|此|该|本|原|完整版?)(?:文档|本文|全文|原文|文章)|下载文档到电脑.{0,12})$/i
/** The prompt under a preview cut short: `还剩28页未读，继续阅读`, `剩余12页未读，点击继续阅读`, `已阅读5页` too (furniture.ts). */
const READ_ON = /^(?:还剩|剩余)\s*\d{1,4}\s*页未读[，,。\s]*(?:点击)?(?:继续(?:免费)?阅读|查看全文|阅读全文)?$/
/**
 * The site's buttons that are words a plan may hold (a poster, a complaint, one's footprints): furniture only on a line
 * of their own before the document begins (cleanText's head), where a plan prints its title and 文号, never a word alone.
 */
const HEAD_BUTTONS = new Set(['海报', '生成海报', '侵权投诉', '投诉', '购物车', '我的足迹', '足迹', '意见反馈', '客服', '联系客服', '版权申诉', '申诉'])

/** Whether a trimmed line is a sharing site's counter, badge or button, wherever it stands. */
export function isSharingSiteLine(line: string): boolean {
  if (line.length > 40) return false
  if (isSiteToken(line) || READ_ON.test(line) || isHiddenTextMarker(line)) return true
  const tokens = line.split(/[\s\u3000\u00a0|｜·•/]+/).filter((t) => t.length > 0)
  return tokens.length > 1 && tokens.every(isSiteToken)
}

/** One counter, badge or button; a size or a count may hold its own space (`32 页`, `39.75 KB`). */
function isSiteToken(t: string): boolean {
  return FILE_SIZE.test(t) || VIEW_COUNT.test(t) || PAGE_COUNT.test(t) || VIP_BADGE.test(t) || DOWNLOAD_CALL.test(t)
}

/**
 * An essay site's editor introducing the page: `摘要：好笔杆子网小编为你整理了多篇相关的《…》，但愿对你工作学习有帮助`,
 * `下面是小编为大家整理的…，供大家参考。`, `以下是…，希望对您有所帮助。`. A plan speaks of no 小编 and offers itself to
 * no reader for reference.
 */
const EDITOR_NOTE = /小编.{0,30}(?:整理|收集|搜集|精选|推荐|分享|带来|准备)|^(?:摘要[:：])?(?:以下|下面)是.{0,80}(?:供大家参考|供您参考|仅供参考|希望对.{0,6}有.{0,4}帮助|欢迎(?:阅读|参考|借鉴))/
const MAX_EDITOR_NOTE = 250

/** Whether a trimmed line is an essay site's editorial note over the document (see EDITOR_NOTE). */
export function isEditorNote(line: string): boolean {
  return line.length <= MAX_EDITOR_NOTE && EDITOR_NOTE.test(line)
}

/** Whether a trimmed line in the document's head is a sharing site's button alone (`海报`, `侵权投诉`). */
export function isSharingSiteHeadButton(line: string): boolean {
  const tokens = line.split(/[\s\u3000\u00a0|｜·•/]+/).filter((t) => t.length > 0)
  return tokens.length > 0 && tokens.every((t) => HEAD_BUTTONS.has(t))
}

/** A date alone in the numeric form a site stamps an upload with: `2024-03-20`, `2024.03.20`, `2024/3/20`. */
const NUMERIC_DATE = /^(?:19|20)\d\d([-./])\d{1,2}\1\d{1,2}$/

/**
 * The lines holding a sharing site's upload date: a numeric date alone, with a site's counter, badge or button
 * (isSharingSiteLine) on the line above or below it. Read as the plan's signing date it dated the plan by its upload;
 * a plan's own date alone (signed 2024年3月20日, or numeric under a signature) has no counter beside it.
 */
export function uploadDateLines(lines: string[]): Set<number> {
  const found = new Set<number>()
  const site = (i: number) => i >= 0 && i < lines.length && isSharingSiteLine(lines[i])
  lines.forEach((line, i) => {
    if (!NUMERIC_DATE.test(line)) return
    const above = nearestText(lines, i, -1)
    const below = nearestText(lines, i, 1)
    if (site(above) || site(below)) found.add(i)
  })
  return found
}

/** The index of the nearest non-blank line from i in a direction, or -1. */
function nearestText(lines: string[], i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k] !== '') return k
  return -1
}
