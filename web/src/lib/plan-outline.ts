/**
 * Groups a plan's clauses (in document order) into chapters and sections for the document view and
 * its outline. Passages before the first chapter (the preamble) form a chapter without a title.
 */
import type { ClauseRecord } from '../../../indexer/types.js'
import { chapterHeading } from '../../../indexer/structure/chapter-number.js'

export interface OutlineSection {
  title: string | null
  clauses: ClauseRecord[]
}

export interface OutlineChapter {
  /** Anchor id of the chapter heading. */
  anchor: string
  /** `一、加强党的领导`, or null for text before the first chapter. The part is not in it: see `part`. */
  title: string | null
  /** The part the chapter stands in (`第二部分`), in a plan printed in parts; null otherwise. */
  part: string | null
  /**
   * The paragraphs of a part with no chapters (indexer structure/part-passages.ts: no number, the part's, named by the
   * part's title): the part's own text, headed by the part and not by a chapter heading of its own (outline-parts.ts).
   */
  partText: boolean
  sections: OutlineSection[]
}

export function buildOutline(clauses: readonly ClauseRecord[]): OutlineChapter[] {
  const chapters: OutlineChapter[] = []
  let chapterKey: string | undefined
  for (const clause of [...clauses].sort((a, b) => a.order - b.order)) {
    // The part is in the key: 第一部分 一、 and 第二部分 一、 may even share a title (一、党的建设).
    const key = clause.chapter ? `${clause.chapter.part ?? ''}\u0000${clause.chapter.number}\u0000${clause.chapter.title}` : ''
    let chapter = chapters[chapters.length - 1]
    if (!chapter || key !== chapterKey) {
      chapter = {
        anchor: `chapter-${chapters.length + 1}`,
        title: clause.chapter ? chapterHeading(clause.chapter) : null,
        part: clause.chapter?.part ?? null,
        partText: clause.chapter?.number === '' && !!clause.chapter.part,
        sections: [],
      }
      chapters.push(chapter)
      chapterKey = key
    }
    let section = chapter.sections[chapter.sections.length - 1]
    if (!section || section.title !== clause.section) {
      section = { title: clause.section, clauses: [] }
      chapter.sections.push(section)
    }
    section.clauses.push(clause)
  }
  return chapters
}

/** A short label for a clause in the outline: its number (or a paragraph's place, `第2段`) and the start of its heading. */
export function outlineLabel(clause: ClauseRecord, maxLength = 24): string {
  const heading = clause.heading.length > maxLength ? `${clause.heading.slice(0, maxLength)}…` : clause.heading
  if (clause.number === null) return clause.paragraph !== undefined ? `第${clause.paragraph}段 ${heading}` : heading
  return `${clause.number}. ${heading}`
}
