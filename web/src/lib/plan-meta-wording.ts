/**
 * The words the plan page uses for what a plan's metadata does and does not say, and where a value came from.
 * Readers cannot edit the index's catalog (data/catalog.json), so nothing here names it or tells them to: a
 * value set there reads as 本站补录, a missing one as not stated in the document. The maintainer's hint stays in
 * the indexer's report and `explain` output.
 */
const SOURCE_LABEL: Record<string, string> = { header: '文件头', title: '标题', body: '正文', catalog: '本站补录', inferred: '推断' }

/** `据文件头：来源:荆门市教育局`: where a value was found, for a reader to check; '' when the index does not say. */
export function evidenceBasis(e: { source: string; quote?: string } | undefined): string {
  if (!e) return ''
  // A source this page has no word for yet is named plainly, not by its code.
  const where = SOURCE_LABEL[e.source] ?? '其他来源'
  return e.quote ? `据${where}：${e.quote}` : `据${where}`
}

/** After the 未注明 fields (发布机构、文号…): why they are missing, in the reader's words. */
export const UNKNOWN_FIELDS_NOTE = '（文件中没有写明）'

/** After 地区未注明 (or 某省，城市未注明): why no place could be read. */
export const UNKNOWN_PLACE_NOTE = '：文件头、标题和正文中没有可以确认的地名（汇编中的文件常被隐去地名）。'

/** A clause telling a maintainer where to correct the index (`，可在 data/catalog.json 中补上`), with its lead-in comma. */
const MAINTAINER_HINT = /[，,；;]?\s*[^，,；;。]*data\/catalog\.json[^，,；;。]*/g

/**
 * The clause asking whoever runs the indexer to check a value (`，请核对` after a title_fallback): a reader is told once,
 * above the list, to go by the original (PlanWarnings), and has no index to correct. Only as the message's last clause
 * and outside quotes: the quoted title of 没有找到标题行，标题取自文首的“关于做好招生工作，请核对学籍信息的通知”，请核对 has
 * a 请核对 of its own, and a match anywhere cut the message inside the quote.
 */
const CHECK_HINT = /[，,；;]\s*请(?:核对|核实|检查|确认|复核)[^，,；;。“”"「」『』]*(?=[。.]?\s*$)/

/** Whether every quote opened in the text is closed: a clause after it stands outside the quotes. */
function quotesClosed(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length
  return count(/“/g) === count(/”/g) && count(/「/g) === count(/」/g) && count(/『/g) === count(/』/g) && count(/"/g) % 2 === 0
}

function withoutCheckHint(text: string): string {
  const hint = CHECK_HINT.exec(text)
  if (!hint || !quotesClosed(text.slice(0, hint.index))) return text
  return text.slice(0, hint.index) + text.slice(hint.index + hint[0].length)
}

/**
 * An indexer warning as a reader sees it: the message without the maintainer's hints. 没有找到标题，暂以文件名“x.txt”称呼，
 * 可在 data/catalog.json 中补上 → 没有找到标题，暂以文件名“x.txt”称呼; 没有找到标题行，标题取自文首的“x”，请核对 →
 * 没有找到标题行，标题取自文首的“x”.
 */
export function readerWarning(message: string): string {
  return withoutCheckHint(message.replace(MAINTAINER_HINT, '').trim()).trim()
}
