/**
 * What a file says of its document outside the pages (an OFD's DocInfo, a PDF's Info dictionary), written by the
 * producer or the signing system. The pages are the document; these are the file's, so they count only where the
 * text says nothing (infer-metadata.ts reads them last): the title as a 标题 field, after every title line the text
 * prints, and the creation date as 创建日期, a publish date only when no date is signed and it falls in the
 * document's year.
 *
 * A title a producer wrote from a file name (`Microsoft Word - 工作要点.docx`, `文档1`, `untitled`) names no document:
 * the prefix and the extension go, and find-title.ts takes what is left only if it reads as a title.
 */

const FILE_TITLE_PREFIX = /^(?:Microsoft Word|WPS文字|WPS Office)\s*-\s*/i
const EXTENSION = /\.(?:docx?|wps|pdf|ofd|txt|rtf|html?)$/i
/**
 * `2024-03-01`, `2024-03-01T09:30:00`, `2024-3-1` (an OFD's xs:date or xs:dateTime) or `D:20240301093000+08'00'`
 * (a PDF date, ISO 32000 §7.9.4, its D: optional as some producers write it): the date it begins with.
 */
const DATE = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(?:D:)?(\d{4})(\d{2})(\d{2}))/

/** The 标题 and 创建日期 fields of a file's own title and creation date, each left out when it says nothing. */
export function fileInfoFields(title: string, created: string): Record<string, string> {
  const fields: Record<string, string> = {}
  const name = title.replace(/\s+/g, ' ').trim().replace(FILE_TITLE_PREFIX, '').replace(EXTENSION, '').trim()
  if (name) fields['标题'] = name
  const m = DATE.exec(created.trim())
  if (m) {
    const [year, month, day] = m[1] ? m.slice(1, 4) : m.slice(4, 7)
    fields['创建日期'] = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  }
  return fields
}
