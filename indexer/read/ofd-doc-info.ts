/**
 * What an OFD package says of its document outside the pages: OFD.xml's DocInfo (GB/T 33190-2016 §7.4), written by
 * the producer or the signing system: `<ofd:Title>`, `<ofd:Author>`, `<ofd:CreationDate>` (xs:date), `<ofd:ModDate>`.
 * Its title and creation date are read as fields a page's text outranks (file-info.ts).
 */
import { fileInfoFields } from './file-info.js'

export function docInfoFields(ofd: Document): Record<string, string> {
  const info = ofd.getElementsByTagNameNS('*', 'DocInfo')[0]
  if (!info) return {}
  const value = (name: string) => (info.getElementsByTagNameNS('*', name)[0]?.textContent ?? '').replace(/\s+/g, ' ').trim()
  return fileInfoFields(value('Title'), value('CreationDate'))
}
