/**
 * The names a plan is signed with. Issued jointly, a plan is signed by each body on one line, the names set apart
 * by spaces (`中共弋阳县委教育工作领导小组办公室    弋阳县教育体育局`, the lead body first). Not read as a signature,
 * that line and the date under it ran into the last clause, and the issuer was both names run together.
 */
import { EDUCATION_BUREAU } from './bureau-names.js'

const BODY = `(?:${EDUCATION_BUREAU}|教育厅|教育委员会|教委|人民政府|办公室|办公厅|教体局|教科局|教文体局)`
/**
 * A body that signs a plan: a bureau (under the names counties merge it into), a department, a government, an
 * office, or the party's side of education, which signs a plan alone or beside the bureau: a committee named in
 * full from 中共 (中共宜春市委教育工作委员会, 中共宜春市委教育工委, 中共宜春市教育局党组, its 教育工作领导小组 and their
 * 秘书组), a bureau's 党组 or (机关)党委.
 */
export const SIGNER = `(?:中共[\\u4e00-\\u9fff]{2,24}(?:委员会|工委|党组|党委|领导小组|秘书组)|[\\u4e00-\\u9fff]{2,24}${BODY}(?:机关)?(?:党组|党委)?)`
const ONE_SIGNER = new RegExp(`^${SIGNER}$`)
/** What parts two signers on a line: two spaces or more, or a full-width one. */
const SIGNER_GAP = /[ \t\u00a0]{2,}|\u3000+/
const MAX_SIGNERS = 4

/** The bodies a line of a joint signature names, in order, or null when it is no such line. */
export function jointSignatureNames(line: string): string[] | null {
  const trimmed = line.trim()
  if (trimmed.length > 120 || !SIGNER_GAP.test(trimmed)) return null
  const names = trimmed.split(SIGNER_GAP)
  return names.length >= 2 && names.length <= MAX_SIGNERS && names.every((n) => ONE_SIGNER.test(n)) ? names : null
}
