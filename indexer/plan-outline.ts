/**
 * What a plan's records say about its outline, for the indexer's report and `--explain`: the numbering
 * levels seen (`chapter 一`, `section （一）`, `clause 1.`) and the numbered clauses per chapter.
 */
import type { ClauseRecord } from './types.js'

export interface ChapterCount {
  /** As printed (`一`, `第二章`); null for clauses before the first chapter. */
  chapter: string | null
  clauses: number
}

/** The numbering levels of a plan, outermost first, each with its first marker as printed. */
export function outlineLevels(clauses: Omit<ClauseRecord, 'firstIndexed'>[]): string[] {
  const chapter = clauses.find((c) => c.chapter)?.chapter
  const section = clauses.find((c) => c.section)?.section
  const clause = clauses.find((c) => c.number !== null)
  return [
    chapter ? `chapter ${chapter.number}` : null,
    section ? `section ${section.replace(/^([（(][^）)]*[）)]).*$/, '$1')}` : null,
    clause ? `clause ${clauseMarker(clause)}` : null,
  ].filter((l): l is string => l !== null)
}

/** Numbered clauses per chapter, in document order. */
export function clausesPerChapter(clauses: Omit<ClauseRecord, 'firstIndexed'>[]): ChapterCount[] {
  const chapters: ChapterCount[] = []
  for (const c of clauses) {
    if (c.number === null) continue
    const chapter = c.chapter?.number ?? null
    if (chapters.length === 0 || chapters[chapters.length - 1].chapter !== chapter) chapters.push({ chapter, clauses: 0 })
    chapters[chapters.length - 1].clauses++
  }
  return chapters
}

function clauseMarker(clause: Omit<ClauseRecord, 'firstIndexed'>): string {
  const m = /^(第[零〇一二两三四五六七八九十百]+条|[（(]\d+[）)]|\d+\s*[.．、]?)/.exec(clause.text)
  return m ? m[1].trim() : String(clause.number)
}
