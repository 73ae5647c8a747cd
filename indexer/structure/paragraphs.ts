/**
 * Paragraphs as the clauses of a chapter that has no clause numbering.
 *
 * Some plans number only their chapters (`第一章 总体要求`, or `一、指导思想` over prose) and write plain
 * paragraphs under each. A reader must still find and cite each paragraph, and a citation must only say what
 * the document prints. So such a paragraph stays an unnumbered record (`number` null: no `第n条` is invented,
 * its id stays `<planId>-p<k>` like every passage, so ids never depend on this reading) and is given its place
 * in its chapter, and section when the chapter has them: `paragraph` 2 is cited `第一章第2段` or `一、（二）第2段`.
 *
 * Only a chapter without any numbered clause, in any of its sections, is read so: in a mixed plan the numbered
 * clauses stay the units of their chapters, and the paragraph before them stays the chapter's introduction. Text
 * before the first chapter, or in a plan without chapters, has no chapter to be cited by: it stays a passage.
 * A section headed by its title alone (a Word Heading 2, styled-headings.ts) has no marker for a citation to
 * name, so its paragraphs are counted on through the chapter: `第2段` is then one paragraph of the chapter.
 */
import type { DraftRecord } from './clause-splitter.js'
import { findCandidates } from './numbering.js'

export function numberParagraphs(records: DraftRecord[]): DraftRecord[] {
  const chapterOf = (r: DraftRecord) => r.chapter?.ordinal ?? -1
  const marked = (section: string) => findCandidates(section)[0]?.at === 0
  // The title too: the headings before chapter 一 (lead-heading.ts) are all counted 0.
  const containerOf = (r: DraftRecord) => `${chapterOf(r)}\u0000${r.chapter?.title ?? ''}\u0000${r.section && marked(r.section) ? r.section : ''}`
  const numbered = new Set(records.filter((r) => r.kind === 'clause').map(chapterOf))
  const count = new Map<string, number>()
  return records.map((r) => {
    if (r.kind !== 'passage' || r.outlineOnly || r.chapter === null) return r
    if (numbered.has(chapterOf(r))) return r
    const container = containerOf(r)
    const paragraph = (count.get(container) ?? 0) + 1
    count.set(container, paragraph)
    return { ...r, paragraph }
  })
}
