/**
 * Separates what a flattened PDF ran together in one paragraph: the 文号 and the title from the text after
 * them, and a signature (issuer, date) from the sentences around it. The parts become lines of their own, so the
 * plan splitter finds the title and the clause splitter keeps the signature out of the last clause.
 * Pure; a paragraph that opens with a numbering marker is never split at its title.
 */
import { BRACKETED_YEAR } from '../metadata/doc-number.js'
import { EDUCATION_BUREAU } from '../structure/bureau-names.js'
import { readLineMarker } from '../structure/line-markers.js'
import { STANDARD_TITLE } from '../structure/standard-titles.js'
import { withoutArticleCount } from '../structure/title-line.js'

const SPACE = '[ \\t\\u3000\\u00a0]'
/** `X教〔2022〕8号` (its year in Chinese numerals too, `X教〔二〇二二〕8号`) followed by more text. */
const DOC_NUMBER_THEN_TEXT = new RegExp(`^(.{0,40}?[\\u4e00-\\u9fff]{1,10}[〔［\\[【]\\s?${BRACKETED_YEAR}\\s?[〕］\\]】]\\s?\\d{1,4}\\s?[号號])${SPACE}*(?=\\S{4})`)
/** A title at the start of a paragraph, ended by a space: `韶关市教育局2023年教育工作要点 2023年是…`. */
const TITLE_THEN_TEXT = new RegExp(
  `^([^。，,；;！？!?：:\\s]{4,60}?(工作要点|要点|工作计划|计划|实施方案|方案|实施意见|意见|办法|规定|细则|通知|规划|纲要|要點|計劃|辦法|規定|細則|規劃|綱要))${SPACE}+(?=\\S)`,
)
const KIND = '(?:工作要点|要点|工作计划|计划|实施方案|方案|实施意见|意见|规划|纲要|要點|計劃|規劃|綱要)'
/**
 * A title its plan's first heading runs straight into, where copying from a PDF viewer lost the break and left no space:
 * `XX市教育局2024年工作要点总体要求：以…`. The heading must be a plan's standard one (standard-titles.ts) ended by its
 * colon: without one, a sentence reads the same (`2024年是实现“十四五”规划目标任务的关键一年`).
 */
const TITLE_THEN_HEADING = new RegExp(`^([^。，,；;！？!?：:\\s]{4,60}?${KIND})(?=${STANDARD_TITLE}[:：])`)
/** A year of this or the last century, in figures or in Chinese numerals as a formal preamble writes it (二〇二五, 二零二五). */
const YEAR = '(?:(?:19|20)\\d{2}|(?:一九|二[〇零○Ｏ])[〇零○Ｏ一二三四五六七八九]{2})'
/**
 * A dated title its preamble runs straight into, likewise: `2025年全市教育和体育工作要点2025年是“十四五”规划的收官之年`
 * (either year may be written in Chinese numerals: `…工作要点二〇二五年是“十五五”开局之年`).
 * The title must name its year and the preamble open with one as a sentence's subject (`2025年是`, `2024年，`): a
 * paragraph opening with a title is a flattened plan, as no sentence begins with a plan's name and its kind.
 */
const DATED_TITLE_THEN_YEAR = new RegExp(`^([^。，,；;！？!?：:\\s]{0,40}?${YEAR}${SPACE}?年[^。，,；;！？!?：:\\s]{0,30}?${KIND})(?=${YEAR}年(?:是|以来|[，,]))`)
const ORG = `[\\u4e00-\\u9fff（）()]{2,30}?(?:${EDUCATION_BUREAU}|教育厅|教育委员会|教委|人民政府|办公室|办公厅|教体局|教科局|教文体局)`
const DATE = `\\d{4}${SPACE}?年${SPACE}?\\d{1,2}${SPACE}?月${SPACE}?\\d{1,2}${SPACE}?日`
/**
 * A signature after a sentence end, at the end of the paragraph or before more text. A 版记 line's date keeps
 * its 印发 (`XX市教育局办公室 2024年2月20日印发`): it dates the printing, and alone 印发 would be a passage.
 */
const SIGNATURE = new RegExp(`(?<=^|[。！？；!?;])${SPACE}*(${ORG})?${SPACE}*(${DATE}(?:${SPACE}*印发)?)(?![起前后後至以到，,、的内內])${SPACE}*`)

/** `（汉台区教育局　2025年3月3日）` under a title: one bracketed line, whose issuer and date stay together in it. */
const BRACKETED_LINE = /^[ \t\u3000\u00a0]*[（(][^（）()]+[）)][ \t\u3000\u00a0]*$/

export function splitRuns(paragraph: string): string[] {
  // Split at its signature, the bracket's halves were lines of their own: `（汉台区教育局`, the date, `）`.
  if (BRACKETED_LINE.test(paragraph)) return [paragraph]
  const parts: string[] = []
  let rest = paragraph
  for (;;) {
    const signature = rest.includes('日') ? SIGNATURE.exec(rest) : null
    if (!signature || (signature.index === 0 && !signature[1])) break
    parts.push(...splitHead(rest.slice(0, signature.index)))
    if (signature[1]) parts.push(signature[1])
    parts.push(signature[2])
    rest = rest.slice(signature.index + signature[0].length)
  }
  if (rest) parts.push(...splitHead(rest))
  return parts.filter((p) => p.length > 0)
}

function splitHead(text: string): string[] {
  // The patterns are anchored at the start and reach at most 80 characters in: look there only.
  const head = text.slice(0, 80)
  const headed = TITLE_THEN_HEADING.exec(head) ?? DATED_TITLE_THEN_YEAR.exec(head)
  if (headed && readLineMarker(text) === null) return [headed[1], text.slice(headed[1].length)]
  const numbered = head.includes('号') || head.includes('號')
  if (!numbered && !(/[ \t\u3000\u00a0]/.test(head) && /要点|计划|方案|意见|办法|规定|细则|通知|规划|纲要|要點|計劃|辦法|規定|細則|規劃|綱要/.test(head))) return [text]
  if (readLineMarker(text) !== null) return [text]
  const number = DOC_NUMBER_THEN_TEXT.exec(text)
  // The number may follow the title on the flattened line (`…工作要点 株教发〔2024〕3号 株洲市教育局 2024年2月20日`):
  // the title goes on a line of its own, and what follows may open with the signature.
  if (number) return [...splitTitle(number[1]), ...splitRuns(text.slice(number[0].length))]
  const title = TITLE_THEN_TEXT.exec(text)
  // A title followed by a page number only is a table-of-contents entry, and by an essay site's count of its
  // articles (`篇1`) a title: it stays whole.
  const after = text.slice(title?.[0].length ?? 0)
  if (title && !/^\d{1,4}$/.test(after) && withoutArticleCount(after) !== '') return [title[1], after]
  return [text]
}

/** `株洲市教育局2024年教育工作要点 株教发〔2024〕3号` → the title and the number; a number alone stays whole. */
function splitTitle(withNumber: string): string[] {
  const title = TITLE_THEN_TEXT.exec(withNumber)
  return title ? [title[1], withNumber.slice(title[0].length)] : [withNumber]
}
