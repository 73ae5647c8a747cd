/**
 * A news report of a plan (a 教育局 site's 工作动态 article, a newspaper's page) names the plan and its issuer in
 * its headline and lead rather than in a head of its own: `市教育局印发2024年全市教育工作要点` over
 * `近日，嘉兴市教育局印发《嘉兴市2024年教育工作要点》（以下简称《要点》）…`. The headline is the report's, the title
 * in the lead's 《》 is the plan's, and the body that issued it is the one the lead names before its verb.
 * Text is read in simplified characters.
 */
import { toSimplified } from '../normalize.js'

/** What a report says a body did with a plan. */
const ISSUED = '印发|出台|发布|公布|下发|制定|出炉'

/** `市教育局印发…`, `我市出台…`, `嘉兴市发布…`: a body or place, then the verb, then the plan's name. */
const HEADLINE = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,20}(?:局|厅|委|委员会|政府|办公室|办公厅)|[我全本]?[省市县区州盟旗])(?:${ISSUED})了?[《“"]?(.+?)[》”"]?$`, 'd')

/** The plan a report's headline names (`市教育局印发2024年全市教育工作要点` → `2024年全市教育工作要点`), or null. */
export function headlineTitle(headline: string, isTitle: (text: string) => boolean): string | null {
  // toSimplified keeps offsets: the words sit at the same place in `headline`.
  const at = HEADLINE.exec(toSimplified(headline))?.indices?.[1]
  const title = at ? headline.slice(at[0], at[1]) : null
  return title && isTitle(title) ? title : null
}

/** `…嘉兴市教育局印发《嘉兴市2024年教育工作要点》…` in a sentence of the lead. */
const LEAD = new RegExp(`(?:^|[，。；：,;:\\s])(?:近日|日前|近期|今天|目前)?([\\u4e00-\\u9fff]{2,30}?)(?:近日|日前|正式|联合)?(?:${ISSUED})了?《([^》]{4,80})》`, 'd')

/** The body and the plan a lead sentence says it issued, as written; null when the line says no such thing. */
export function leadStatement(line: string): { issuer: string; title: string } | null {
  const m = LEAD.exec(toSimplified(line))
  if (!m?.indices?.[1] || !m.indices[2]) return null
  return { issuer: line.slice(...m.indices[1]), title: line.slice(...m.indices[2]) }
}
