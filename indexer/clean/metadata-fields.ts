/**
 * Label/value metadata of Chinese government web pages (信息公开 tables), e.g.
 * `索引号: 11420800011236449Y/2025-00078 主题分类: 教育` or `来源:泉州市教育局 时间:2025-03-22 23:50 浏览量:`.
 *
 * Sites spell the same label many ways (发布时间 / 时间 / 发布日期, 信息来源 / 来源, `文 号` with a space),
 * so every label maps to one canonical key. Values are kept exactly as written (dates are not parsed
 * here: the metadata inference decides what a value means).
 */
import { toSimplified } from '../normalize.js'

/**
 * Canonical key → the labels that mean it. Canonical keys: 索引号, 主题分类, 发布机构, 发文日期, 成文日期,
 * 发布日期, 文号, 效力状态, 来源, 生效日期, 废止日期, 标题, 作者, 编辑, 关键词, 公开方式, 公开范围, 上传时间, 上传者.
 */
const LABELS: Record<string, string[]> = {
  索引号: ['索引号'],
  主题分类: ['主题分类', '所属主题', '分类'],
  发布机构: ['发布机构', '发文机关', '发文机构', '发文单位', '发布单位', '发布部门'],
  // 生成日期: the day a 政府信息公开 catalog entry was made, which is the day the page published its document (the
  // 索引号 | 发布机构 | 生成日期 | 文号 tables of municipal sites); read as 发文日期, it is checked like one.
  发文日期: ['发文日期', '发文时间', '生成日期'],
  成文日期: ['成文日期', '成文时间'],
  发布日期: ['发布日期', '发布时间', '发表时间', '公开日期', '时间', '日期'],
  文号: ['文号', '发文字号', '发文文号', '文件编号'],
  效力状态: ['效力状态', '有效性', '时效性', '效力'],
  来源: ['来源', '信息来源', '文章来源', '稿件来源', '原文来源'],
  生效日期: ['生效日期', '实施日期'],
  废止日期: ['废止日期', '失效日期'],
  标题: ['标题', '名称'],
  作者: ['作者'],
  编辑: ['责任编辑', '编辑'],
  关键词: ['关键词', '主题词'],
  公开方式: ['公开方式'],
  公开范围: ['公开范围'],
  // A sharing or template site's upload: its time is never the document's date (see metadata/document-dates.ts).
  上传时间: ['上传时间', '上传日期', '上传于'],
  上传者: ['上传者', '上传人', '贡献者', '分享者'],
}

/** Labels that belong to the page, not the document: consumed so the line goes, but never a field. */
const PAGE_LABELS = [
  '浏览量', '浏览次数', '浏览', '访问量', '访问次数', '点击数', '点击量', '点击率', '点击', '阅读量', '阅读次数', '阅读数', '阅读',
  '字号', '字体', '下载次数', '下载量', '下载', '页数', '文档页数', '评论', '评论数', '收藏', '收藏数', '文件大小', '文档格式', '评分',
  // Template and document-sharing sites, mirrors. Their upload time and uploader are read as fields (上传时间, 上传者)
  // so the metadata inference can refuse them as the document's date; the line goes either way.
  '标签', '镜像时间', '抓取时间', '转载时间',
  // The people an article or a news report credits (`编辑：王晓雨 审核：刘建国`): the page's, never the plan's.
  '审核', '审校', '校对', '初审', '复审', '终审', '责编', '排版', '美编', '监制', '统筹',
  // Who put the article on the site and when it was changed (`发布者：系统管理员`, `文章录入：admin`, `更新时间：…`), and
  // its own address (`原文链接：http://…`): the page's.
  '发布者', '发布人', '录入', '文章录入', '录入者', '录入人', '更新时间', '更新日期', '访问人次', '点击次数',
  '原文链接', '本文链接', '原文地址', '本文地址', '文章链接', '文章地址',
]

/** Labels too common in body text (时间：2024年9月) to be taken for metadata unless the line also has a specific label or sits in the document head. */
const GENERIC_LABELS = new Set([
  '时间', '日期', '分类', '效力', '名称', '标题', '作者', '编辑', '浏览', '点击', '阅读', '下载', '评论', '收藏', '评分', '标签',
])

const CANONICAL = new Map<string, string>()
for (const [key, labels] of Object.entries(LABELS)) for (const label of labels) if (!CANONICAL.has(label)) CANONICAL.set(label, key)
for (const label of PAGE_LABELS) CANONICAL.set(label, '')

/** Longest labels first so `信息来源` wins over `来源` and `发布时间` over `时间`. */
const ALL_LABELS = [...CANONICAL.keys()].sort((a, b) => b.length - a.length)
/** A label may be spaced out (`文 号`, `索 引 号`) and is followed by a colon, optionally in 【】. */
const LABEL_SOURCE = ALL_LABELS.map((label) => [...label].join('[ \\t\\u3000\\u00a0]*')).join('|')
const LABEL_RE = new RegExp(`[【\\[]?(${LABEL_SOURCE})[】\\]]?[ \\t\\u3000\\u00a0]*[:：]`, 'g')
/** The same, at the start of a line only: most lines of a document are no label line, and this says so cheaply. */
const LABEL_AT_START = new RegExp(`^${LABEL_RE.source}`)
/** A label and its colon stand within the first characters of a label line. */
const LABEL_HEAD = 60

/** A metadata value is short and is no sentence of the body. */
const MAX_VALUE_LENGTH = 60
const SENTENCE_INSIDE = /[。！？；!?;]/

export interface MetadataLine {
  /** Canonical key → raw value, for the labels with a non-empty value. */
  fields: Record<string, string>
  /** True when the line held at least one document label (not only page counters such as 浏览量). */
  hasDocumentLabel: boolean
  /** True when the line held a label other than the generic ones (时间, 日期, 标题 …). */
  hasSpecificLabel: boolean
}

/** The canonical key for a label (`信息来源` → `来源`, `文 号` → `文号`); undefined for unknown labels, '' for page counters. */
export function canonicalKey(label: string): string | undefined {
  return CANONICAL.get(label.replace(/[\s\u3000\u00a0【】[\]:：]/g, ''))
}

/**
 * The day and time a news portal or a repost posted the article, unlabelled, opening the info line before its labels
 * (`2024-02-26 10:47:32　来源：…`, `2024年03月11日15:32 | 来源：…`): the page's publish date. A date alone before a
 * phrase (`2024年3月 责任单位：…`) is no such stamp: it names the day.
 */
const POSTED_LEAD = /^((?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)[\s\u3000|｜丨/]+(?=\S)/

/**
 * The source a posted time may be followed by with no label (`2024-03-05 | 宁陵县教育体育局`, `… 10:21 新浪网`): a body's
 * or a site's name alone, where a schedule's dated line names an event (`2024-03-05 全县教育工作会议`).
 */
const BARE_SOURCE = /^[\u4e00-\u9fff·]{2,30}(?:局|委员会|教委|厅|政府|办公室|中心|网|报|电视台|客户端)$/

/**
 * What sets a line's pairs apart, left at the end of a value: `来源：某区教育体育局 ｜ 发布时间：…`, or the bracket a
 * page closes each pair with (`【发布时间：2024-03-05】【来源：…】`).
 */
const PAIR_SEPARATOR_END = /[\s|｜/／·•丨】\]]+$/
/** An info line a page sets in square brackets as a whole: `[ 作者：办公室   时间：2024-03-05   点击：333 ]`. */
const ENCLOSED = /^[[［]\s*(.+?)\s*[\]］]$/

/**
 * Reads a line made only of `label: value` pairs, maybe after the time the page posted it (POSTED_LEAD). Returns null
 * when the line is anything else (it does not start with a label, or a value is too long to be metadata).
 */
export function parseMetadataLine(line: string): MetadataLine | null {
  const text = line.trim()
  const enclosed = ENCLOSED.exec(text)
  if (enclosed) return parseMetadataLine(enclosed[1])
  const posted = POSTED_LEAD.exec(text)
  if (posted) {
    const after = text.slice(posted[0].length)
    if (BARE_SOURCE.test(after)) return { fields: { 发布日期: posted[1], 来源: after }, hasDocumentLabel: true, hasSpecificLabel: true }
    const rest = parseMetadataLine(after)
    return rest?.hasSpecificLabel ? { ...rest, fields: { 发布日期: posted[1], ...rest.fields }, hasDocumentLabel: true } : null
  }
  if (!text.includes(':') && !text.includes('：')) return null
  if (!LABEL_AT_START.test(toSimplified(text.slice(0, LABEL_HEAD)))) return null
  // Labels are matched on the simplified form (same length), so a traditional page's 發佈日期 is 发布日期; values stay as written.
  const matches = [...toSimplified(text).matchAll(LABEL_RE)]
  if (matches.length === 0 || matches[0].index !== 0) return null
  const fields: Record<string, string> = {}
  let hasDocumentLabel = false
  let hasSpecificLabel = false
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    const valueStart = m.index! + m[0].length
    const valueEnd = i + 1 < matches.length ? matches[i + 1].index! : text.length
    const value = text.slice(valueStart, valueEnd).trim().replace(PAIR_SEPARATOR_END, '')
    if (value.length > MAX_VALUE_LENGTH || SENTENCE_INSIDE.test(value)) return null
    const label = m[1].replace(/[ \t\u3000\u00a0]/g, '')
    const key = canonicalKey(label)!
    if (!GENERIC_LABELS.has(label)) hasSpecificLabel = true
    if (key === '') continue
    hasDocumentLabel = true
    if (value !== '' && !(key in fields)) fields[key] = value
  }
  return { fields, hasDocumentLabel, hasSpecificLabel }
}

/**
 * Where a label and its colon begin inside a line (`…的通知发布时间：2024-02-20`): a page's info bar may be glued to
 * the title before it with no space.
 */
export function labelStarts(line: string): number[] {
  return [...toSimplified(line).matchAll(LABEL_RE)].map((m) => m.index!)
}

/** Adds fields that are not there yet: the first statement of a key wins. */
export function mergeFields(into: Record<string, string>, from: Record<string, string>): void {
  for (const [key, value] of Object.entries(from)) if (!(key in into)) into[key] = value
}
