/**
 * The level above chapters in a plan printed in parts (第一部分 2023年工作回顾, 第二部分 2024年工作要点) whose
 * chapters start again from 一、: without it the outline lists 一、二、 twice with nothing telling them apart.
 */
import type { OutlineChapter } from './plan-outline.js'

export interface OutlinePart {
  /** As printed (`第二部分`); null for chapters in no part (every chapter of a plan without parts, or a preamble). */
  part: string | null
  /** `第二部分 2024年工作要点` where the plan prints the part's title above its chapters, else the part alone. */
  title: string | null
  /** Where the part link jumps: its printed title's passage, else its first chapter's heading. */
  anchor: string | null
  /**
   * The anchor of the chapter holding the part's paragraphs when the part has no chapters (OutlineChapter.partText): the
   * part's heading heads them, so that chapter gets no heading or link of its own, which repeated 第一部分 2023年工作回顾
   * just below the part's. Where the plan prints no title line for the part, it is the part's anchor too: the chapter's
   * heading is then the part's, shown once. null otherwise.
   */
  ownText: string | null
  chapters: OutlineChapter[]
}

const MAX_TITLE = 30

/** Consecutive chapters of one part together, in document order. */
export function groupParts(chapters: readonly OutlineChapter[]): OutlinePart[] {
  const groups: OutlinePart[] = []
  for (const [i, chapter] of chapters.entries()) {
    const current = groups[groups.length - 1]
    // A chapter without a title (the preamble, a part's own title line) belongs to no part: it stays with
    // whatever came before it, where the outline shows nothing for it anyway.
    if (current && (chapter.title === null || chapter.part === current.part)) {
      current.chapters.push(chapter)
      continue
    }
    const heading = chapter.part ? partHeading(chapters[i - 1], chapter.part) : null
    const ownTitle = chapter.part && chapter.title && chapter.partText && (!heading || namesPart(heading.text, chapter.part, chapter.title))
      ? partName(chapter.part, chapter.title) : null
    groups.push({
      part: chapter.part,
      title: chapter.part ? clip(heading?.text ?? ownTitle ?? chapter.part) : null,
      anchor: chapter.part ? (heading?.id ?? chapter.anchor) : null,
      ownText: ownTitle ? chapter.anchor : null,
      chapters: [chapter],
    })
  }
  return groups
}

/** The passage just above a part's first chapter that prints the part's name: its title line. */
function partHeading(before: OutlineChapter | undefined, part: string): { id: string; text: string } | null {
  if (!before || before.title !== null) return null
  const passages = before.sections.flatMap((s) => s.clauses)
  const line = passages.findLast((c) => c.number === null && c.text.trim().startsWith(part))
  return line ? { id: line.id, text: line.text.trim().replace(/\s+/g, ' ') } : null
}

/** A part and its title as one heading: `第一部分 2023年工作回顾`; the part alone where it is its own title (第一部分 over prose). */
export function partName(part: string, title: string): string {
  return title === part ? part : `${part} ${title}`
}

/** Whether the part's title line names the chapter: the indexer trims the title's space and closing punctuation. */
function namesPart(line: string, part: string, title: string): boolean {
  const bare = (text: string) => text.replace(/\s+/g, '').replace(/[。；;，,：:]+$/, '')
  return title === part || bare(line.slice(part.length)) === bare(title)
}

function clip(text: string): string {
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE)}…` : text
}
