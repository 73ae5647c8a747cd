/**
 * A plan's document number (发文字号) named in a query: 江教办〔2023〕5号. It is the plan's metadata, written in no clause,
 * so as a phrase it found nothing in any mode but by chance (keyword 0; semantic mode put 荣成's clauses among 江门's).
 * A journalist who has the number wants that plan: the number is read as the plan's city (or province) and year, the
 * filters the place mentions already set. People type the brackets every way (〔2023〕, [2023], (2023), 【2023】,
 * 2023年), so numbers are compared by their issuer's abbreviation, year and serial alone. Pure: the route supplies
 * the index's plans.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'

export interface NumberedPlan {
  docNumber: string
  city: string | null
  province: string | null
  year: number | null
}

// Issuer abbreviation, year in any brackets or with 年, 第, serial, 号.
const NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔\[(（【〖<《]?\s*((?:19|20)\d\d)\s*(?:年)?\s*[〕\])）】〗>》]?\s*第?\s*(\d{1,5})\s*号/u

/** The comparable form of a document number (江教办|2023|5), with where it stands in `text`; null when none. */
export function documentNumberIn(text: string): { key: string; index: number; length: number } | null {
  const m = NUMBER.exec(normalizeForMatch(text))
  return m ? { key: `${m[1]}|${m[2]}|${Number(m[3])}`, index: m.index, length: m[0].length } : null
}

/** The plans whose document number the (normalised) query names, with the number as typed; null when none. */
export function plansNumbered(typed: string, plans: readonly NumberedPlan[]): { text: string; plans: NumberedPlan[] } | null {
  const asked = documentNumberIn(typed)
  if (!asked) return null
  // The issuer part may run on from the words before it (荆门市教育局江教办…): compare from its end.
  const [issuer, year, serial] = asked.key.split('|')
  const found = plans.filter((p) => {
    const own = documentNumberIn(p.docNumber)
    if (!own) return false
    const [ownIssuer, ownYear, ownSerial] = own.key.split('|')
    return ownYear === year && ownSerial === serial && issuer.endsWith(ownIssuer)
  })
  if (found.length === 0) return null
  const own = documentNumberIn(found[0].docNumber)!
  // The number as typed: from the issuer's abbreviation, not the words run on before it.
  const start = asked.index + (issuer.length - own.key.split('|')[0].length)
  return { text: typed.slice(start, asked.index + asked.length), plans: found }
}
