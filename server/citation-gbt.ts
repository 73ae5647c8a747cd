/**
 * The reference-list form of GB/T 7714-2015 for a clause, as an electronic resource ([EB/OL]) with the
 * clause's own URL and the access date:
 *
 *   作者. 标题：文号，位置[EB/OL]//汇编. (发布日期)[引用日期]. URL.
 *
 * Author, 文号, compilation and publish date are left out when not known; the title is then the first element.
 * `江门市教育局. 江门市教育局2023年工作要点：江教办〔2023〕5号，六、第25条[EB/OL]. (2023-03-15)[2026-11-30]. http://…/c/….`
 */
import type { ClauseRecord } from '../indexer/types.js'
import { clauseLocation, type CitationScheme } from './citation.js'

export interface CitationLink {
  /** Absolute URL of the clause page. */
  url: string
  /** Access date `YYYY-MM-DD`. */
  accessed: string
}

export function formatGbtCitation(clause: ClauseRecord, scheme: CitationScheme, link: CitationLink): string {
  const p = scheme.plan
  const other = [p.docNumber, clauseLocation(clause, scheme)].filter(Boolean).join('，')
  const title = `${p.title}${other ? `：${other}` : ''}[EB/OL]${p.compilationTitle ? `//${p.compilationTitle}` : ''}`
  const date = `${p.publishDate ? `(${p.publishDate})` : ''}[${link.accessed}]`
  return [p.author, title, date, link.url].filter(Boolean).join('. ') + '.'
}

/** Building an Intl.DateTimeFormat costs about half a millisecond, and every search asks for today's date. */
const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Every request asks for the date (it is part of a cached answer's key): formatted once a minute. */
let lastDate = { minute: NaN, text: '' }

/** Today in China (the access date a Chinese reference list expects), `YYYY-MM-DD`. */
export function accessDate(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000)
  if (minute !== lastDate.minute) lastDate = { minute, text: CHINA_DATE.format(now) }
  return lastDate.text
}
