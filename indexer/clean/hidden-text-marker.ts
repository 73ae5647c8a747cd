/**
 * The marker a document-sharing site puts where its preview leaves text out: `---此处隐藏3210字,下载后查看---`,
 * `……此处隐藏：1234字，全部文档内容请下载后查看……`. Copied with the preview, it stands on a line of its own or in the
 * middle of a sentence; it is the site's and no word of the plan, so it goes and the text either side stays. Known by
 * its shape (此处隐藏, a count of characters, a call to download), not by a site's name. Pure.
 */

const DECOR = '[-—–－_…⋯.·~～\\s]*'
/** 此处隐藏 N 字, then what to do to read them: `,下载后查看`, `，全部文档内容请下载后查看`, `，请下载查看全文`. */
const MARKER = `此处隐藏\\s*[:：]?\\s*\\d{1,7}\\s*字(?:\\s*[,，。;；]?[^-—–－…⋯\\n]{0,16}?(?:下载(?:后|文档|全文)?(?:查看|阅读)?|查看|阅读)(?:全文|原文|完整版?|全部内容)?)?`
const HIDDEN_TEXT = new RegExp(`${DECOR}${MARKER}${DECOR}`, 'g')
const WHOLE_LINE = new RegExp(`^${DECOR}${MARKER}${DECOR}$`)

/** Whether a trimmed line is the marker alone. */
export function isHiddenTextMarker(line: string): boolean {
  return line.includes('此处隐藏') && WHOLE_LINE.test(line)
}

/** The line without the marker run into it (its dashes or dots with it): the words before and after it closed up. */
export function withoutHiddenTextMarker(line: string): string {
  if (!line.includes('此处隐藏')) return line
  return line.replace(HIDDEN_TEXT, '').trim()
}
