/**
 * What an OFD package says of its document outside the pages: OFD.xml's DocInfo (GB/T 33190-2016 §7.4), written by
 * the producer or the signing system: `<ofd:Title>`, `<ofd:Author>`, `<ofd:CreationDate>` (xs:date), `<ofd:ModDate>`.
 * The pages are the document; these are its file's, so they count only where the text says nothing (infer-metadata.ts
 * reads them last): the title as a 标题 field, after every title line the text prints, and the creation date
 * as 创建日期, a publish date only when no date is signed and it falls in the document's year.
 *
 * A title a producer wrote from a file name (`Microsoft Word - 工作要点.docx`, `文档1`) names no document: the
 * prefix and the extension go, and find-title.ts takes what is left only if it reads as a title.
 */

const FILE_TITLE_PREFIX = /^(?:Microsoft Word|WPS文字|WPS Office)\s*-\s*/i
const EXTENSION = /\.(?:docx?|wps|pdf|ofd|txt|rtf|html?)$/i
/** `2024-03-01`, `2024-03-01T09:30:00`, `2024-3-1`: the date an xs:date or xs:dateTime begins with. */
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})/

export function docInfoFields(ofd: Document): Record<string, string> {
  const info = ofd.getElementsByTagNameNS('*', 'DocInfo')[0]
  if (!info) return {}
  const value = (name: string) => (info.getElementsByTagNameNS('*', name)[0]?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const fields: Record<string, string> = {}
  const title = value('Title').replace(FILE_TITLE_PREFIX, '').replace(EXTENSION, '').trim()
  if (title) fields['标题'] = title
  const created = DATE.exec(value('CreationDate'))
  if (created) fields['创建日期'] = `${created[1]}-${created[2].padStart(2, '0')}-${created[3].padStart(2, '0')}`
  return fields
}
