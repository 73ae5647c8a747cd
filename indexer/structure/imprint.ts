/**
 * The 版记 at the foot of an official document (GB/T 9704): the offices it is copied to (`抄送：市委教育工委，
 * 市政府办公室。`) above the printing office and date. It addresses the paper, not the reader: read as body text,
 * it would run into the last clause or the last row of an attachment. (The printing line itself,
 * `XX市教育局办公室 2024年3月5日印发`, is split into an issuer and a date line, which are signature lines.)
 * Pure.
 */

/** `抄送：…`, `抄报：…`, `抄送单位：…`: the label opens the line; a clause never does. */
const COPY_LIST = /^[（(]?(抄\s?送|抄\s?报|分\s?送)(单位|机关)?\s*[:：]/
/** A list of offices is one line, however many it names; a longer line is text that happens to start so. */
const MAX_LENGTH = 200

export function isCopyListLine(line: string): boolean {
  const text = line.trim()
  return text.length <= MAX_LENGTH && COPY_LIST.test(text)
}
