/**
 * Who a plan is from and what it is called, in one place: the display name (unique in an index) and the
 * author that citations name. Pure: built from the plan's metadata only, so a catalog.json correction
 * (issuer, city, title) changes the name and every citation with it.
 *
 * Author, first that applies:
 *  1. the issuer (`江门市教育局`);
 *  2. the city when the issuer is not known (`荣成市`);
 *  3. for an anonymised plan, the body its title opens with, prefixed with 某 and the province when known
 *     (`区教育和体育局2024年工作要点` → `某区教育和体育局`, `县2024年…` → `某县`, `河北省某市教育局`);
 *  4. nothing: the title stands alone.
 */
import { foldDigits } from './structure/numeral-glyphs.js'
import type { PlanRecord } from './types.js'

type PlanFacts = Pick<PlanRecord, 'title' | 'issuer' | 'city' | 'province' | 'year' | 'source'>

/**
 * A title that opens with a bare 县/区/市/旗 and an education body or the year names no place: the
 * compiler removed it. Only 教… bodies count, so `市场监管局…` is not mistaken for `市` + `场监管局`.
 */
const ANONYMISED_TITLE = /^([县区市旗])(教[\p{Script=Han}]{0,10}?局)?(?=\d{4}年)/u

/** Plan titles sometimes keep the 《》 of the notice that published them; names and citations add their own. */
export function bareTitle(title: string): string {
  return title.replace(/^《(.*)》$/u, '$1').trim()
}

/** The anonymised body a title opens with (`某县教育和体育局`), or null when the title does not open with one. */
export function anonymisedAuthor(title: string, province: string | null): string | null {
  const m = ANONYMISED_TITLE.exec(bareTitle(title))
  if (!m) return null
  return `${province ?? ''}某${m[1]}${m[2] ?? ''}`
}

export function planAuthor(plan: Pick<PlanFacts, 'title' | 'issuer' | 'city' | 'province'>): string | null {
  return plan.issuer ?? plan.city ?? anonymisedAuthor(plan.title, plan.province)
}

/** `（2024年）` when the title does not give the year itself. */
function yearNote(plan: PlanFacts): string {
  return plan.year !== null && !foldDigits(plan.title).includes(String(plan.year)) ? `（${plan.year}年）` : ''
}

/** `《教育和体育局2024年工作要点汇编(7篇)》第5篇` for a plan of a compilation, null otherwise. */
export function compilationNote(partOf: PlanRecord['source']['partOf']): string | null {
  return partOf ? `《${bareTitle(partOf.title)}》第${partOf.index}篇` : null
}

/** The name of one plan, before names are made unique across the index. */
export function planDisplayName(plan: PlanFacts): string {
  const author = planAuthor(plan)
  const compilation = compilationNote(plan.source.partOf)
  return `${author ?? ''}《${bareTitle(plan.title)}》${yearNote(plan)}${compilation ? `，收录于${compilation}` : ''}`
}

/**
 * Display names for every plan of an index, in the order given. When two plans would still share a name
 * (the same plan title from two files), the source file is added, then the plan id, which is unique.
 */
export function displayNames(plans: readonly (PlanFacts & { id: string })[]): string[] {
  const names = plans.map((p) => planDisplayName(p))
  const clash = (list: string[]) => {
    const counts = new Map<string, number>()
    for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1)
    return (n: string) => (counts.get(n) ?? 0) > 1
  }
  let isClash = clash(names)
  const withFile = names.map((n, i) => (isClash(n) ? `${n}（${plans[i].source.file}）` : n))
  isClash = clash(withFile)
  return withFile.map((n, i) => (isClash(n) ? `${n}（${plans[i].id}）` : n))
}
