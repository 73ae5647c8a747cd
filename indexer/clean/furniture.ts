/**
 * Recognises the lines a web page or a PDF adds around a document: breadcrumbs, print/close buttons,
 * share bars, font-size switches, QR-code hints, previous/next links, site footers, page numbers,
 * and link spam injected into hacked government pages (casino sites).
 *
 * Lines are judged by their shape, never by a single word: a clause that mentions 赌博 is text, a short
 * line that names a gambling site or a breadcrumb that starts with one is spam. The caller never asks
 * about numbered lines, and every rule here caps the line length, so a long prose line is never furniture.
 */
import { toSimplified } from '../normalize.js'
import { isEditorNote, isSharingSiteLine } from './sharing-site-lines.js'
import { isTitleLike } from '../structure/title-line.js'

export type FurnitureKind = 'furniture' | 'spam'

/** Names of gambling sites and products used in link spam. Ordinary words such as 赌博 are not here. */
const GAMBLING_NAMES = [
  '葡京', '威尼斯人', '金沙娱乐', '金沙赌场', '金沙集团', '太阳城', '永利皇宫', '银河娱乐', '百家乐', '博彩',
  '真人娱乐', '真人视讯', '娱乐城', '娱乐平台', '棋牌游戏', '开元棋牌', '老虎机', '六合彩', '时时彩',
  '北京赛车', '皇冠体育', '体育投注', '网上赌场', '在线赌场', '网络赌场', '赌场', '澳门赌', 'bet365',
  '亚博体育', '开云体育', '九游娱乐',
]
const GAMBLING_RE = new RegExp(GAMBLING_NAMES.join('|'), 'i')

/** Words that make up toolbars: print, close, share, font size, accessibility, language, login. */
const TOOLBAR_WORDS = new Set([
  '打印', '打印本页', '打印此页', '打印文章', '打印页面', '打印正文', '关闭', '关闭窗口', '关闭本页', '关闭页面',
  '返回', '返回顶部', '返回首页', '返回列表', '回到顶部', '顶部', '收藏', '加入收藏', '收藏本页', '保存', '保存本页',
  '分享', '分享到', '纠错', '我要纠错', '字号', '字体', '大', '中', '小', '默认', '放大', '缩小', '无障碍',
  '大字号', '中字号', '小字号', '默认字号',
  '无障碍浏览', '长者模式', '关怀版', '适老化', '适老模式', '简体', '繁体', '简', '繁', '简体中文', '繁體',
  'english', '登录', '注册', '网站地图', '首页', '网站首页', '搜索', '扫一扫', '微信', '微博', '新浪微博',
  '腾讯微博', 'qq', 'qq空间', '豆瓣', '朋友圈', '上一页', '下一页', '视力保护色', '相关链接', '相关文章',
  '相关阅读', '相关新闻', '【', '】',
  // Document-sharing and template sites.
  '下载', '下载文档', '立即下载', '免费下载', '下载本文', 'vip', 'vip专享', 'vip免费', '举报', '全文阅读', '阅读全文',
  '展开全文', '收起', '下载本文档', '文档简介', '继续阅读', '继续免费阅读', '评分', '文档', '预览', '付费', '会员', '点赞', '评论', '复制', '全屏',
  // An official account's (公众号) buttons under its article.
  '在看', '阅读原文', '知道了',
  // A government site's links in its footer and side bar: its mobile site, its accounts, its pages about itself.
  '手机版', '移动版', '扫码关注', '微信公众号', '官方微信', '官方微博', '政务微博', '政务微信', '联系我们', '关于我们', '免责声明',
  '隐私声明', '网站声明', '热点新闻', '热门新闻',
])

/** Spam link text is short and has no sentence punctuation; a sentence naming a casino stays. */
const SPAM_MAX_LENGTH = 40

const BREADCRUMB_SEPARATOR = /\s*[>＞›»→]\s*|\s+[/|｜]\s+/
const BREADCRUMB_LEAD = /^(当前位置|您的位置|你的位置|您现在的位置|您当前的位置|你现在的位置|所在位置|位置)[:：]/
const SENTENCE_PUNCTUATION = /[。，,；;！!？?]/
const MAX_BREADCRUMB_LENGTH = 150
const MAX_CRUMB_LENGTH = 24

/**
 * A page's number as a PDF or a Word export prints it in its foot: `- 2 -`, `—3—`, `·3·`, `第2页 共10页` (its numbers in
 * words too, 第三页), `共10页 第2页`, `2/10`, `- 2 / 10 -`, `Page 2 of 10`, `页码：2`.
 */
const PAGE_NUMBER = new RegExp(
  [
    '^[-—–－]\\s*\\d{1,4}\\s*(?:\\/\\s*\\d{1,4}\\s*)?[-—–－]$',
    '^[·•・]\\s*\\d{1,4}\\s*[·•・]$',
    '^第\\s*(?:\\d{1,4}|[一二三四五六七八九十百]{1,4})\\s*页(?:\\s*[,，/]?\\s*共\\s*(?:\\d{1,4}|[一二三四五六七八九十百]{1,4})\\s*页)?$',
    '^共\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,4}\\s*页$',
    '^\\d{1,4}\\s*\\/\\s*\\d{1,4}$',
    '^page\\s*\\d{1,4}(?:\\s*(?:of|\\/)\\s*\\d{1,4})?$',
    '^页码\\s*[:：]\\s*\\d{1,4}$',
  ].join('|'),
  'i',
)

const LINE_PATTERNS: { re: RegExp; maxLength: number }[] = [
  // QR-code hints: 扫一扫在手机打开当前页, 扫一扫在手机上查看当前页面, 用手机扫描二维码.
  { re: /^扫一扫|扫.{0,6}二维码|^(用)?手机(扫描|扫码|浏览|查看|访问)|在手机上?(打开|查看|浏览)/, maxLength: 40 },
  // Share bars: 分享到：微信 微博 QQ空间, 分享：…, 【分享】. Not a line of the plan opening with the word (分享经验, 分享交流会).
  { re: /^【?分享(?:到|至)】?|^【?分享】?\s*(?:[:：]|$)/, maxLength: 60 },
  // The bar of page links under an article split over pages: `共2页 首页 上一页 1 2 下一页 尾页`, `第1页 共3页 下一页 末页`,
  // page numbers and its buttons only, a 上一页 or 下一页 among them.
  { re: /^(?=.*(?:上一页|下一页))(?:(?:首页|尾页|末页|上一页|下一页|\d{1,3}|共\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页|跳转|go)[\s|｜/]*)+$/i, maxLength: 80 },
  // Links to the neighbouring articles.
  { re: /^【?(上一篇|下一篇|上一条|下一条|上篇|下篇)】?\s*[:：]?/, maxLength: 100 },
  // Font-size switch: 【字体：大 中 小】.
  { re: /^【?(字号|字体|文字|字体大小)\s*[:：]?\s*[【[]?\s*[大中小]/, maxLength: 30 },
  // A news page's tags under its article (`标签：牡丹区 教育`): words, no sentence.
  { re: /^【?(?:标签|tags?)】?\s*[:：]\s*[^。；;，,！!？?]*$/i, maxLength: 50 },
  // Site footers.
  { re: /版权所有|ICP[备证]|公网安备|网站标识码|网站识别码|^主办单位[:：]|^承办单位[:：]|^技术支持[:：]|^copyright|©/i, maxLength: 120 },
  // The site naming who runs it, counting its visitors, and asking to be credited: `本网站由县教育局主办`,
  // `您是第1234567位访客`, `转载请注明出处`.
  { re: /^本网?站由.{2,30}主办|^您是本?站?第\s*\d+\s*位(?:访客|访问者)|转载请注明(?:出处|来源)/, maxLength: 60 },
  // Mirror and conversion notices of traditional-script copies: 本页面内容由简体转换而来，仅供参考。
  { re: /镜像|由简体转换|简繁转换|繁体中文版|转换而来/, maxLength: 80 },
  // Template and document-sharing sites: the file name of the upload (`….docxVIP`, its badge run on), `共6页`, `6页 / 2,356次浏览`. A file named after
  // 附件： (a government page's link to its attachment) is the plan's list of attachments: see ATTACHMENT_FILE.
  { re: /^[^\s。，,；;]{4,60}\.(docx?|pdf|wps|txt)(\s*vip)?$|^共\s*\d{1,4}\s*页$|^\d{1,4}\s*页\s*[/|｜·]?\s*[\d,.]+\s*[万]?次?(浏览|阅读|下载)/i, maxLength: 80 },
  // A sharing site's preview: its page images captioned with the title and the page (`…工作计划_第2页`; the first
  // caption, `_第1页`, names the document and stays for its title: see title-line.ts), the reader's count
  // (`已阅读5页,还剩7页未读 继续免费阅读`).
  { re: /^\S.{2,60}_第\s*(?:[2-9]|\d{2,4})\s*页$|^已阅读\s*\d+\s*页.{0,3}还剩\s*\d+\s*页未读/, maxLength: 80 },
  // A sharing site's lines under the document: its comment count (`文档评论(0)`) and its banner (`1亿VIP精品文档`).
  { re: /^(文档评论|全部评论|评论)\s*[（(]\s*\d+\s*[)）]$|^[\d.]*\s*[亿万]?\+?\s*vip精品文档$/i, maxLength: 20 },
  // A government page's label over the links to its files (`相关附件：` over `….docx`): the page's, not the plan's 附件 list.
  { re: /^(?:相关附件|附件下载|下载附件|相关下载|相关文件下载)\s*[:：]?$/, maxLength: 12 },
  // Page numbers left by PDF extraction: - 2 -, —3—, ·3·, 第2页 共10页, 2/10.
  { re: PAGE_NUMBER, maxLength: 20 },
  // The foot a browser prints on each page of a web page printed to PDF: the page's address and the page of pages
  // (`http://www.ezhou.gov.cn/…/t20240314_612345.html 1/2`).
  { re: /^(?:https?|file):\/\/\S+\s+\d{1,3}\s*\/\s*\d{1,3}$/i, maxLength: 400 },
  // An official account's (公众号) lines around its article: the call to follow, the end mark, the reader's buttons.
  // `点击蓝字 关注我们` at the top, `长按二维码` / `关注我们` under the article.
  { re: /^(点击|戳|关注)?.{0,4}上方.{0,8}(关注|蓝字)|^点击.{0,2}蓝字|^长按(识别|扫描)?(图中|下方|上方)?二维码|^(长按|扫码)?关注我们$|关注(该|本|我们的)?公众号|^微信扫一扫|继续滑动看下一个|轻点两下取消|^阅读原文$|^[\W_]*(the\s*)?end[\W_]*$/i, maxLength: 40 },
  // The account's calls to its readers under the article: `点个“在看”，分享给更多人`, `点亮在看`, `点分享 点收藏 点点赞 点在看`.
  // The call ends at 在看 / 赞 (or a stop after it): a plan's own line may begin 点赞新时代好少年 (an activity's name).
  { re: /^(?:喜欢(?:就|请|的话)?|觉得不错(?:就|请)?)?(?:点个|点亮|点一下)[“"‘「]?(?:在看|赞)[”"’」]?(?:吧|哦|呀)?(?:$|[，,！!～~。\s])|^(?:转发|快|欢迎)?分享(?:给|让)更多(?:人|朋友)|^(?:点(?:分享|收藏|点赞|在看)[\s，,、]*){2,}$/, maxLength: 30 },
  // The reader's bar of a saved article, its buttons and counts run together: `阅读原文阅读 2356点赞 18在看 6`, `写留言`.
  // Only with a count or a button no plan prints alone: a wrapped line 阅读 (…深化全民 ⏎ 阅读) or an item 阅读分享 is text.
  { re: /^(?=.*(?:\d|阅读原文|写留言|精选留言|赞赏))(?:(?:阅读原文|阅读|点赞|在看|赞赏|赞|分享|收藏|写留言|精选留言|留言|转发)\s*(?:[\d,.]+[万wW]?\+?)?[\s|｜·]*)+$/, maxLength: 60 },
  // A repost's credit and disclaimer under the article: `本文转载自包河教育公众号`, `图片来源：网络`, `如有侵权请联系删除`,
  // and the headline the original bore (`（原标题：《…》）`).
  { re: /^[（(【]?原标题[:：]|^[（(]?(?:本文|文章|内容|图文)?(?:转载|转)自[:：丨|]?\s*\S.{0,28}[)）]?$|^(?:图片|图文|素材)来源[:：丨|]|^(?:声明|免责声明)[:：].{0,60}(?:版权|侵权)|如有侵权.{0,10}删除/, maxLength: 80 },
  // A news report's byline at its end: （记者 陈思远 通讯员 刘慧）.
  { re: /^[（(]\s*(本报)?(记者|通讯员|实习生|见习记者|特约记者|融媒体记者)[^（()）]{1,40}[）)]$/, maxLength: 50 },
  // A photo's caption set under it, marked by a triangle pointing up at it: `▲图为喀什市第二十八中学学生在上课`.
  { re: /^[▲△↑]\s*(?:图为|图片|图|摄影|供图|资料图)/, maxLength: 80 },
  // Lines of symbols and emoji alone (👇👇👇, 🌟 🌟 🌟, ▼): an editor's ornaments, no letter, digit or character of text.
  // Closing punctuation alone (`。`, `”。`) is no ornament: a hard wrap left a sentence's end on a line of its own.
  { re: /^(?![。，、；：！？”’）」』》…\.,;:!?)]+$)[^\p{L}\p{N}]+$/u, maxLength: 40 },
]

/**
 * `附件：1.重点任务分解表.doc`, `附件2：督导细则.pdf`: a page links its attachments by their file names after the
 * 附件 label. Shaped like a sharing site's upload name, the line is the head of the plan's list of attachments,
 * and taken away it would leave the list's next entry (`2.督导细则.pdf`) to run into the last clause.
 */
const ATTACHMENT_FILE = /^附\s*[件表]\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]/

/**
 * A document-sharing site's terms over the document it sells, numbered as a list (`1. 1、原创力文档(book118)网站文档一经
 * 付费…`, `4. 4、该文档为VIP文档…`): the site or the document names itself and what it sells, as no plan does.
 */
const SITE_TERMS = /(本站|原创力|该文档|本文档|如文档|VIP文档|网站文档|文档贡献者|成为VIP).{0,60}(付费|下载|上传|VIP|侵权|版权|会员|权益|退款)/i
const MAX_SITE_TERMS = 300

/** Whether a trimmed line, numbered or not, is a sharing site's terms (see SITE_TERMS). */
export function isSiteTerms(line: string): boolean {
  return line.length <= MAX_SITE_TERMS && SITE_TERMS.test(toSimplified(line))
}

/** Whether a trimmed line is a page number a PDF left in its text (`— 3 —`, `第2页 共10页`, `2/10`). */
export function isPageNumberLine(line: string): boolean {
  return line.length <= 20 && PAGE_NUMBER.test(line)
}

/**
 * Whether a trimmed, non-empty, un-numbered line is page furniture or spam; null for document text.
 * The patterns are in simplified characters: a traditional page's 打印 關閉 is read as 打印 关闭.
 */
export function classifyFurniture(original: string): FurnitureKind | null {
  const line = toSimplified(original)
  if (ATTACHMENT_FILE.test(line)) return null
  const crumbs = breadcrumbSegments(line)
  if (crumbs) return crumbs.some((c) => GAMBLING_RE.test(c)) ? 'spam' : 'furniture'
  if (line.length <= SPAM_MAX_LENGTH && !SENTENCE_PUNCTUATION.test(line) && GAMBLING_RE.test(line)) return 'spam'
  if (isToolbar(line) || isCounterLine(line) || isSiteTerms(line) || isSharingSiteLine(line) || isEditorNote(line) || isPrintHeader(line)) return 'furniture'
  for (const { re, maxLength } of LINE_PATTERNS) if (line.length <= maxLength && re.test(line)) return 'furniture'
  return null
}

/** The segments of a breadcrumb line (`首页 > 政府信息公开 > 规划信息`), or null when the line is none. */
function breadcrumbSegments(line: string): string[] | null {
  if (line.length > MAX_BREADCRUMB_LENGTH) return null
  const lead = BREADCRUMB_LEAD.exec(line)
  const rest = lead ? line.slice(lead[0].length).trim() : line
  const segments = rest.split(BREADCRUMB_SEPARATOR).map((s) => s.trim())
  const needed = lead ? 1 : 3
  if (segments.length < needed) return null
  if (lead && rest === '') return [line]
  const ok = segments.every((s) => s.length > 0 && s.length <= MAX_CRUMB_LENGTH && !SENTENCE_PUNCTUATION.test(s))
  return ok ? segments : null
}

/**
 * The pieces of a page's counter line (`上传于2023-04-12 | 6页 | 2,356次浏览`, `阅读 1532  2023-02-16 09:30`):
 * dates, times, page counts, view and download counts, with or without their labels.
 */
const COUNTER_TOKEN = new RegExp(
  [
    '(上传于|发布于|更新于|发表于|上传时间|发布时间|更新时间|时间)?[:：]?\\d{4}[-./年]\\d{1,2}([-./月]\\d{1,2}日?)?',
    '\\d{1,2}:\\d{2}(:\\d{2})?',
    '(共|页数[:：]?)?\\d{1,4}页',
    '[\\d,.]+[万wW]?\\+?(次|人)?(浏览|阅读|下载|收藏|点赞|评论|赞|人阅读|人浏览|次浏览|次下载)',
    '(浏览|阅读|下载|点击|收藏|点赞|评论|浏览量|阅读量|浏览次数|下载次数|页数)[:：]?[\\d,.]*[万wW]?次?',
    // `WORD下载`, `PDF下载`: the button that downloads the page's text as a file.
    '(word|pdf|docx?|wps|txt)下载',
  ].map((t) => `(?:${t})`).join('|'),
)
const COUNTER_LINE = new RegExp(`^(?:${COUNTER_TOKEN.source})$`, 'i')

function isCounterLine(line: string): boolean {
  if (line.length > 80) return false
  const tokens = line.split(/[\s\u3000\u00a0|｜·•/]+/).filter((t) => t.length > 0)
  // Dates alone are a signature, not furniture: a counter word must be there.
  if (!/浏览|阅读|下载|点击|收藏|点赞|评论|页|上传|发布于|更新于|发表于/.test(line)) return false
  // An essay site's bar may open with the section the page is filed under (`工作计划 时间：2023-02-24 12:14:02 收藏
  // WORD下载`): a word before a timestamp, which no plan's own line of dates carries.
  const [head, ...rest] = tokens
  const counted = /\d{1,2}:\d{2}/.test(line) && /^[\u4e00-\u9fff]{2,6}$/.test(head ?? '') && rest.length >= 2 ? rest : tokens
  return counted.length > 0 && counted.every((t) => COUNTER_LINE.test(t) || /^[\d,.]+[万wW]?$/.test(t)) && /\d/.test(line)
}

/** A list bullet a page sets before each of its buttons (`- 举报`, `* 收藏`, `▪ 分享`, as a sharing site's page saves to text). */
const BUTTON_BULLET = /^[-*+▪▫●○◆◇►▸■□]\s*/

function isToolbar(line: string): boolean {
  if (line.length > 60) return false
  const tokens = line
    .replace(BUTTON_BULLET, '')
    .toLowerCase()
    .split(/[\s\u3000\u00a0|｜/·•、:：【】[\]()（）<>《》"“”]+/)
    .filter((t) => t.length > 0)
  return tokens.length > 0 && tokens.every((t) => TOOLBAR_WORDS.has(t) || isGluedButtons(t))
}

/** The longest toolbar word: a glued run is cut into words no longer than this. */
const LONGEST_BUTTON = Math.max(...[...TOOLBAR_WORDS].map((w) => w.length))

/**
 * Buttons a page sets as links side by side with no space between them, so that the copied text glues them
 * (`打印关闭`, `打印本页关闭窗口`): a run cut wholly into toolbar words of two characters or more, two at least. One
 * character words (大, 中, 简) are left out of the cut, so that no word of text reads as buttons.
 */
function isGluedButtons(token: string): boolean {
  if (token.length < 4 || token.length > 30) return false
  // words[i]: the fewest words that cut token's first i characters, Infinity when none does.
  const words: number[] = [0, ...Array<number>(token.length).fill(Infinity)]
  for (let end = 2; end <= token.length; end++) {
    for (let len = 2; len <= Math.min(LONGEST_BUTTON, end); len++) {
      if (words[end - len] + 1 < words[end] && TOOLBAR_WORDS.has(token.slice(end - len, end))) words[end] = words[end - len] + 1
    }
  }
  return words[token.length] >= 2 && words[token.length] !== Infinity
}

/**
 * The head a browser prints on each page of a web page printed to PDF: the day and time it was printed, then the
 * page's tab title (`2024/3/15 10:21 鄂州市教育局2024年工作要点_鄂州市人民政府`). Taken only with the tab title's
 * site after the title (`_`, `|` or a spaced dash), which no dated line of a plan's schedule carries.
 */
const PRINT_STAMP = /^\d{2,4}[/-]\d{1,2}[/-]\d{1,2}\s*(?:上午|下午|am|pm)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:上午|下午|am|pm)?\s+(\S.{3,120})$/i
const TAB_PARTS = /\s*[_|｜]\s*|\s+[-—–]\s+/

function isPrintHeader(line: string): boolean {
  const tab = PRINT_STAMP.exec(line)?.[1]
  if (!tab) return false
  const parts = tab.split(TAB_PARTS)
  return parts.length >= 2 && isTitleLike(parts[0].trim())
}
