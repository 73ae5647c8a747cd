/**
 * The closing list of an official-account (公众号) article or a news site's page: under a heading such as 往期推荐,
 * 推荐阅读, a government page's 相关链接 or a sharing site's 相关文档 (or its 相关范文, 热门标签 over its tag words) come the titles of other
 * articles or documents, or tags, then the account's buttons.
 * None of it is the plan's, and its titles are ordinary text lines that would otherwise run into the plan's last clause.
 *
 * A government page may also print, under the plan, the plan's interpretation (政策解读): a second article with a
 * title of its own (`《…》政策解读`, `图解：…`, `一图读懂…`) and items numbered 一、二、 as a plan's chapters are, which
 * would run into the last clause and add chapters of their own. It is another document, and the text ends there too.
 *
 * An official account's page frame under the article (ACCOUNT_FRAME) ends it too.
 *
 * The heading is a line of its own, and only one in the second half of the text counts: an article's end, never a
 * list the plan might announce at its start.
 */

const TAIL_HEADING = /^[\W_]*(往期推荐|往期回顾|往期精彩|精彩推荐|推荐阅读|相关推荐|热文推荐|热门推荐|为你推荐|猜你喜欢|猜你感兴趣|你可能感兴趣的|大家都在看|热门文章|最新文章|推荐文章|相关范文|推荐范文|热门标签|相关标签|相关热门标签|延伸阅读|更多精彩|相关链接|相关文件|相关文章|相关文档|相关阅读|相关新闻|相关信息|相关解读|政策解读|文件解读|图文解读|解读材料|喜欢此内容的人还喜欢|喜欢此内容的人也喜欢|看过本文的人还看了)[\W_]*$/
/**
 * An interpretation's own title: `《三门峡市教育局2024年教育工作要点》政策解读`, `关于《…》的解读`, `图解：…`, `一图读懂…`, or
 * any title a page labels so in brackets before its link (`【政策解读】…`, `[图文解读]…`).
 */
const INTERPRETATION_TITLE = /^(?:(?:关于)?《[^》]{4,60}》(?:的)?(?:政策|文件)?解读|(?:图解|一图读懂|一图看懂|图说)[:：｜|丨]?\S.*|[【\[](?:政策|文件|图文|图片|视频)?解读[】\]]\s*\S.*)$/

/**
 * The frame a WeChat article's page sets under it, copied with the article from the page as a reader sees it:
 * `阅读原文`, `预览时标签不可点`, `微信扫一扫 / 关注该公众号`, `继续滑动看下一个`, `轻触阅读原文`, the account's name alone,
 * `向上滑动看下一个`, `使用小程序`, `取消 允许`. Some of its lines (the account's name, 取消 允许) are ordinary words a line
 * of its own could not be told by, so the frame is cut from its first line on.
 */
const ACCOUNT_FRAME = /^(?:阅读原文|预览时标签不可点|微信扫一扫(?:关注该公众号|使用小程序)?|继续滑动看下一个|轻触阅读原文|向上滑动看下一个)$/

/** Index of the line (in `lines`, trimmed, blanks included) from which the rest is the article's closing list, or null. */
export function articleTailStart(lines: string[]): number | null {
  const textLines = lines.flatMap((line, i) => (line === '' ? [] : [i]))
  const half = textLines[Math.floor(textLines.length / 2)] ?? 0
  for (const i of textLines) {
    if (i < half) continue
    if (TAIL_HEADING.test(lines[i]) && lines[i].length <= 20) return i
    if (INTERPRETATION_TITLE.test(lines[i]) && lines[i].length <= 70) return i
    if (ACCOUNT_FRAME.test(lines[i])) return i
  }
  return unheadedListStart(lines, half)
}

/**
 * A page's list of other articles printed with no heading over it: `· 某县召开2024年教育工作会议 2024-02-20`,
 * `[2024-02-20] 关于做好2024年中考工作的通知`, `● 关于做好2024年中考工作的通知`. An item is a title with no sentence in it
 * and the date the article was posted (numeric, before or after it), or a bullet before a title of a kind an article
 * bears (…的通知, …会议); dated, one is enough, bulleted only, two. Read at the text's end only, where the page's lists
 * stand after the article, and only after the text's first half: a plan's own lines never carry a posting date so.
 */
const POSTED = '[\\[【(（]?(?:19|20)\\d\\d[-./]\\d{1,2}[-./]\\d{1,2}[\\]】)）]?'
const ITEM_BULLET = '[·•●◆◇▪▫►▸■□\\-*]'
const DATED_ITEM = new RegExp(`^(?:${ITEM_BULLET}\\s*)?(?:${POSTED}\\s*[^\\s。；;！!？?].{4,58}|[^\\s。；;！!？?].{4,58}?\\s*${POSTED})$`)
const BULLETED_TITLE = new RegExp(`^${ITEM_BULLET}\\s*[^。；;！!？?]{4,58}(?:通知|通报|公告|公示|意见|方案|要点|计划|总结|会议|活动|决定|办法|报告|讲话|召开|举行|开展)$`)
const SENTENCE_IN = /[。；;！!？?]/
/** An issuer's name beside its date (`某县教育局 2024.03.05`): a signature, no item of a list. */
const SIGNED = /(?:局|委|厅|办|院|校|园|所|中心|政府|办公室|委员会|领导小组|学校|幼儿园)$/

function unheadedListStart(lines: string[], half: number): number | null {
  let start: number | null = null
  let dated = 0
  let bulleted = 0
  for (let i = lines.length - 1; i >= half; i--) {
    const line = lines[i]
    if (line === '') continue
    if (SENTENCE_IN.test(line.replace(/[(（【\[][^)）】\]]*[)）】\]]/g, ''))) break
    // A table's row laid out one a line (`4  推进…  基础教育股  2024-12-31`) opens with its number or spaces its cells.
    const words = line.replace(new RegExp(POSTED), '').trim()
    if (DATED_ITEM.test(line) && !SIGNED.test(words) && !/^\d/.test(words) && !/\S(?:[ \u3000]{2,}|\t)\S/.test(words)) dated++
    else if (BULLETED_TITLE.test(line)) bulleted++
    else break
    start = i
  }
  return start !== null && (dated >= 1 || bulleted >= 2) ? start : null
}
