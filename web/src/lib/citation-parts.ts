/**
 * A citation (server/citation.ts: `author《title》（文号，date）location`) cut into the plan it names and the place in
 * that plan, so that a narrow clause bar can shorten the plan and never the place: clipped as one string at two
 * lines, a phone showed 《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六… and not 第25条.
 */
export interface CitationParts {
  /** `江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）` */
  plan: string
  /** `六、第25条`, `一、（二）第3条`, `（一）第3条`; '' for the preamble, or when the citation does not read as expected. */
  place: string
}

const PAIRS: Record<string, string> = { '《': '》', '（': '）' }

/** Digits in either width: a source typed in full width prints its 文号 县教发〔２０２４〕３号 and its date so. */
const D = '[0-9０-９]'
const YEAR = `(?:[1１][9９]|[2２][0０])${D}{2}`
/**
 * A year in Chinese numerals, as a 文号 taken as printed may hold it (某教〔二〇二四〕三号): with a serial in Chinese
 * numerals too, no digit in the bracket said it was the plan's facts, and it was read as the place.
 */
const YEAR_CN = '(?:一九|二[〇零○Ｏ])[〇零○Ｏ一二三四五六七八九]{2}'
/**
 * What the plan's facts bracket holds (server/citation.ts formatCitation): a 文号 (江教办〔2023〕5号), a date
 * (2023年3月15日), 收录于…. A bracket holding none of these opens the place: a chapter numbered （一） gives
 * `《…》（一）第3条`, and taking its （一） for facts left the place as 第3条 of no chapter.
 */
const FACTS = new RegExp(`[〔［\\[【（(]\\s*(?:${YEAR}|${YEAR_CN})\\s*[〕］\\]】）)]|${D}\\s*[号號]|${YEAR}年${D}{1,2}月|^收录于`)

/** The index just after the bracket opened at `from` is closed, nested pairs skipped; -1 when it is not. */
function closeOf(text: string, from: number): number {
  const open = text[from]
  const close = PAIRS[open]
  let depth = 0
  for (let i = from; i < text.length; i++) {
    if (text[i] === open) depth++
    else if (text[i] === close && --depth === 0) return i + 1
  }
  return -1
}

export function citationParts(citation: string): CitationParts {
  const title = citation.indexOf('《')
  let end = title === -1 ? -1 : closeOf(citation, title)
  if (end === -1) return { plan: citation, place: '' }
  // The plan's facts in brackets (文号, date, 收录于…) belong to the plan, not to the place.
  if (citation[end] === '（') {
    const facts = closeOf(citation, end)
    if (facts !== -1 && FACTS.test(citation.slice(end + 1, facts - 1))) end = facts
  }
  return { plan: citation.slice(0, end), place: citation.slice(end) }
}
