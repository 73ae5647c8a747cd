/**
 * The chapters and sections the text itself heads, where no style marks them: unnumbered chapter titles
 * (unnumbered-headings.ts), with a schedule's months as sections of the titled chapter they stand in
 * (titled-schedule.ts); else a month-by-month schedule's months as sections of the numbered chapter they stand in
 * (month-sections.ts), or, after the prose of a last chapter that does not announce them, as a chapter of their own.
 * Pure: the body's lines in, its numbering, chapter titles, sections and part titles out.
 */
import { readMonthSections } from './month-sections.js'
import { titledSchedule } from './titled-schedule.js'
import { readChapterTitles } from './unnumbered-headings.js'

export function textOutline(body: string[]): ReturnType<typeof readChapterTitles> & { sections: Set<number>; scheduleOpens?: number } {
  const read = readChapterTitles(body)
  if (read.parts) return { ...read, sections: new Set<number>() }
  const months = titledSchedule(body, read) ?? (read.titles.size === 0 ? readMonthSections(body, read.numbering) : null)
  return months ? { ...read, ...months } : { ...read, sections: new Set<number>() }
}
