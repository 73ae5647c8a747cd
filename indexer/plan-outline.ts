/**
 * What a plan's record says about its outline, for the indexer's report and `--explain`: the numbering
 * levels the clause splitter decided on (`chapter 一、`, `clause 1.`, `item （1）`) and the numbered clauses
 * per chapter. Read from the plan record, never recomputed from its clauses, so what is shown is what was decided.
 */
import type { PlanRecord } from './types.js'

export interface ChapterCount {
  /** As printed (`一`, `第二章`, `第二部分 一` in a plan in parts); null for clauses before the first chapter. */
  chapter: string | null
  clauses: number
}

/** The numbering levels of a plan, outermost first: its role and its marker as printed (`chapter 一、`). */
export function outlineLevels(plan: Pick<PlanRecord, 'levels'>): string[] {
  return (plan.levels ?? []).map((level) => `${level.role} ${level.marker}`)
}

/** Numbered clauses per chapter, in document order. */
export function clausesPerChapter(plan: Pick<PlanRecord, 'chapterClauses'>): ChapterCount[] {
  return (plan.chapterClauses ?? []).map(({ chapter, clauses, part }) => ({ chapter: part && chapter ? `${part} ${chapter}` : chapter, clauses }))
}
