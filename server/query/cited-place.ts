/**
 * A place in a plan pasted as the portal cites it: `六、第25条`, `一、（二）第3条`, `第二部分 一、第1条`, `第一章第2段`,
 * `第1.2.1条`, a section alone (`第二部分 一、（二）`), or a whole citation ending in one
 * (`江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条`). No clause's text says 第25条 (it
 * prints 25.), so the words found nothing, or clauses that merely write 第二 and 部分, and said nothing of why. The place is
 * read here; the route looks it up in the plans (routes/cited-clauses.ts).
 */

const NUMERAL = '[一二三四五六七八九十百零〇两]+'
const PART = `第${NUMERAL}部分`
const CHAPTER = `(?:${NUMERAL}、|第${NUMERAL}章)`
const SECTION = `(?:（${NUMERAL}）|第${NUMERAL}节)`
const CLAUSE = '第\\s*\\d+(?:\\.\\d+)*\\s*[条段]'
/**
 * A place at the end of the query: a part, a chapter, a section or a clause number, in the order a citation writes them,
 * with at least a clause number, a section or a part (a bare 六、 is any list's sixth item), and spaces anywhere between.
 */
const PLACE = new RegExp(
  `((?:${PART}\\s*)?${CHAPTER}\\s*(?:${SECTION}\\s*)?(?:${CLAUSE})?|${PART}\\s*(?:${SECTION}\\s*)?(?:${CLAUSE})?|第\\d+(?:\\.\\d+)+条|${CHAPTER}?\\s*${CLAUSE})\\s*$`,
  'u',
)

export interface CitedPlace {
  /** The place as typed, its spaces kept single: `第二部分 一、（二）`. */
  text: string
  /** The place as compared with a clause's citation: no spaces, full-width brackets. */
  key: string
  /** What the text before the place names of the plan (author, title, 文号, date), `''` when nothing. */
  plan: string
  /** A clause or paragraph (`第25条`, `第2段`), or a section or part whose clauses are all meant. */
  kind: 'clause' | 'section'
}

/** The place in a plan a query ends with, or null when it ends with none. */
export function citedPlace(q: string): CitedPlace | null {
  const typed = q.trim().replace(/\(/gu, '（').replace(/\)/gu, '）').replace(/．/gu, '.')
  const m = PLACE.exec(typed)
  if (!m) return null
  const text = m[1].trim().replace(/\s+/gu, ' ')
  const key = placeKey(text)
  const kind = /[条段]$/u.test(key) ? 'clause' : 'section'
  // 六、 or 一、（二） alone could be any list's items; only a part or a section marker after a chapter names a place.
  if (kind === 'section' && !new RegExp(`${SECTION}$|^${PART}`, 'u').test(key)) return null
  return { text, key, plan: typed.slice(0, m.index).trim(), kind }
}

/** A citation's place as compared: no spaces, full-width brackets (`第二部分 一、(二)` → `第二部分一、（二）`). */
export function placeKey(text: string): string {
  return text.replace(/\s+/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）')
}
