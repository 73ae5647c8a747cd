/**
 * Chapters a plan with no numbering at all heads with the titles every plan gives them: a school's term plan set
 * as `指导思想` over its paragraph, `工作目标` over `- 德育目标：…` lines, `主要措施` over more. With nothing numbered,
 * the title rules of unnumbered-headings.ts (titles over numbered clauses) find none, and each title was a
 * passage of two words cut off from the paragraphs it names. Each heads a chapter without a number, so its
 * paragraphs are cited by it (`工作目标 第2段`).
 *
 * Only the stereotyped titles (standard-titles.ts), alone on their line (a colon after them, or 【】 round them),
 * the text above ended and text that is no title under them; two of them or more, and only where no line of the
 * plan is numbered as a chapter, section or clause: a plan that numbers its outline is read by its numbers.
 * Pure: the body's numbering in, the indices of the title lines (in its lines) out.
 */
import type { LineNumbering } from './plan-levels.js'
import { STANDARD_TITLE } from './standard-titles.js'
import { isTitleLine } from './unnumbered-headings.js'

const TITLE_ALONE = new RegExp(`^(?:${STANDARD_TITLE}|【${STANDARD_TITLE}】)[：:]?$`)

export function standardTitleChapters(numbering: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>): Set<number> {
  const numbered = [...numbering.markers.values()].some((m) => numbering.roles.get(m.kind) !== 'item')
  if (numbered) return new Set()
  const { lines } = numbering
  // The colon after a title is no sentence's: read the line as the title alone.
  const bare = lines.map((line) => line.trim().replace(/[：:]$/, ''))
  const found = new Set<number>()
  lines.forEach((line, i) => {
    if (!TITLE_ALONE.test(line.trim()) || !isTitleLine(bare, i)) return
    const below = bare[i + 1]
    if (below === undefined || below === '' || TITLE_ALONE.test(below)) return
    found.add(i)
  })
  return found.size >= 2 ? found : new Set()
}
