/**
 * The 版记 at the foot of an official document (GB/T 9704): the offices it is copied to (`抄送：市委教育工委，
 * 市政府办公室。`) above the printing office and date; and the notes printed under the signature, its
 * disclosure (`（此件主动公开）`, `（此件公开发布）`) and whom to ask (`（联系人：王明，联系电话：0797-8226123）`).
 * They address the paper, not the reader: read as body text, they would run into the last clause or the last row
 * of an attachment. (The printing line itself, `XX市教育局办公室 2024年3月5日印发`, is split into an issuer and a
 * date line, which are signature lines.) Pure.
 */

/** `抄送：…`, `抄报：…`, `抄送单位：…`: the label opens the line; a clause never does. */
const COPY_LIST = /^[（(]?(抄\s?送|抄\s?报|分\s?送)(单位|机关)?\s*[:：]/
/** A list of offices is one line, however many it names; a longer line is text that happens to start so. */
const MAX_LENGTH = 200
/** The disclosure note, bracketed on a line of its own: `（此件主动公开）`, `（此件不予公开）`, `(此件依申请公开)`. */
const DISCLOSURE = /^[（(]此件(主动|不予|依申请)?公开(发布)?[)）]$/
/**
 * Whom to ask about the document, a name and a number: `（联系人：王明，联系电话：0797-8226123）`,
 * `联系人：李华  电话：13800000000`, `（联系人：王明；联系电话：…）`. Only such a short line alone: a clause that names a
 * contact says more.
 */
const CONTACT = /^[（(]?联\s?系\s?人\s*[:：][^。]{0,40}(电话|手机|邮箱)\s*[:：]?\s*[\d\-－—（）() ,，、@.a-zA-Z]{5,60}[)）]?[。]?$/

/** How many copies were printed, the 版记's last line in older documents: `共印30份`, `（共印120份）`. */
const PRINT_COUNT = /^[（(]?共印\s*\d{1,5}\s*份[)）]?$/

export function isCopyListLine(line: string): boolean {
  const text = line.trim()
  return text.length <= MAX_LENGTH && COPY_LIST.test(text)
}

/** A line of the document's foot that no record holds: the 抄送 list, the disclosure note, the contact line or the print count. */
export function isImprintLine(line: string): boolean {
  const text = line.trim()
  return isCopyListLine(text) || DISCLOSURE.test(text) || CONTACT.test(text) || PRINT_COUNT.test(text)
}
