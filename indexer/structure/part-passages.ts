/**
 * The text of a part that has no chapters: `第一部分 2023年工作回顾` over paragraphs of prose, numbered points (1.…)
 * or （一） sections, then `第二部分 2024年工作要点` over 一、 chapters. Under no chapter, that text would carry nothing
 * of the part it stands in, and an outline grouping by part would leave it outside it. All of it, from the line after
 * the part's title to the next part, stands under a chapter without a number (counted 0, as a lead heading is) named
 * by the part's title and carrying the part, so it is cited `2023年工作回顾 第1段`, `2023年工作回顾 第1条`,
 * `2023年工作回顾 （一）第1段` and listed under 第一部分; the title line itself stays a passage under no chapter.
 * Ids are untouched: passages are numbered `-p<k>` and clauses `-0-<n>` whatever chapter they stand in. Only a part
 * with no chapter at all: in one with chapters, a paragraph before them stays the part's introduction.
 * Pure: the segment's line count and two tests on its lines in, the part title lines without chapters out.
 */
import type { DraftChapter } from './clause-splitter.js'

/** Part title lines with no chapter line after them before the next part title or the end. */
export function chapterlessParts(count: number, isPart: (i: number) => boolean, headsChapter: (i: number) => boolean): Set<number> {
  const found = new Set<number>()
  let chapterBelow = false
  for (let i = count - 1; i >= 0; i--) {
    if (isPart(i)) {
      if (!chapterBelow) found.add(i)
      chapterBelow = false
    } else if (headsChapter(i)) chapterBelow = true
  }
  return found
}

/** The chapter a chapterless part's paragraphs stand under: the part's title (`2023年工作回顾`), the part itself. */
export function partChapter(title: string, part: NonNullable<DraftChapter['part']>): DraftChapter {
  return { number: '', ordinal: 0, title: title || part.number, part }
}
