/**
 * A chapter or section heading with nothing under it (`三、其他` as a plan's last line, `二、推进改革` right over
 * `三、…`, `（一）…` right over `（二）…`) stands over no record: its line would be in the plan's text only, never
 * found. It gets a heading-only record of its own: a clause without a number, its text the heading line, flagged
 * `headingOnly`. Not `outlineOnly`: nothing of the body is missing, the plan prints the heading alone.
 *
 * Such a record is no clause of the plan's numbering: paragraph places (paragraphs.ts), the structure warnings, the
 * plan's first headings (its id, ids.ts) and its clause counts are all taken without it, so every id and count a
 * plan had before stays as it was. Its own id is `<planId>-<chapter>-` (`-s<k>` after it for a section, k its place
 * among the chapter's sections), a shape no numbered clause or passage has (parse-document.ts toClauseRecords).
 */
import type { DraftChapter, DraftRecord } from './clause-splitter.js'

interface Head {
  chapter: DraftChapter | null
  /** The section as the splitter names it (`（一）加强党建`); null for a chapter heading. */
  section: string | null
  heading: string
  line: string
  start: number
}

/** Where a task table will be put back (table-in-place.ts): its passages will stand under that chapter and section. */
type TablePlace = Pick<DraftRecord, 'chapter' | 'section'>

export function emptyHeadings(outlineOnly = false) {
  const heads: Head[] = []
  return {
    /** Notes a chapter opened by its heading line; returns the chapter. */
    chapter(chapter: DraftChapter, line: string, start: number): DraftChapter {
      heads.push({ chapter, section: null, heading: chapter.title, line, start })
      return chapter
    },
    /** Notes a section opened by its heading line under `chapter`, headed by its title (without its number); returns the section. */
    section(chapter: DraftChapter | null, section: string, line: string, start: number, heading = section): string {
      heads.push({ chapter, section, heading, line, start })
      return section
    },
    /**
     * The records with a heading-only one for each noted heading no record stands under, in its place by offset.
     * Before the table is put back: it moves these offsets with the body's.
     */
    fill(records: DraftRecord[], table?: TablePlace): DraftRecord[] {
      // An outline read alone (outline-merge.ts) gives its clauses only: a heading there misses from no body.
      if (outlineOnly) return records
      const out = [...records]
      const stands = (chapter: DraftChapter | null, section: string | null) =>
        out.some((r) => r.chapter === chapter && (section === null || r.section === section)) ||
        (table !== undefined && table.chapter === chapter && (section === null || table.section === section))
      // Sections first: a chapter whose one section is empty is headed over that section's record.
      for (const head of [...heads.filter((h) => h.section !== null), ...heads.filter((h) => h.section === null)]) {
        if (stands(head.chapter, head.section)) continue
        const { chapter, section, heading, line, start } = head
        const record: DraftRecord = { kind: 'clause', chapter, section, number: null, heading, text: line, start, end: start + line.length, outlineOnly: false, headingOnly: true }
        const at = out.findIndex((r) => r.start > start)
        out.splice(at === -1 ? out.length : at, 0, record)
      }
      return out
    },
  }
}

/** `step` (one record out for each in) applied to the records that are not heading-only, these kept in their places. */
export function besideHeadingOnly(records: DraftRecord[], step: (records: DraftRecord[]) => DraftRecord[]): DraftRecord[] {
  const done = step(records.filter((r) => !r.headingOnly))
  let k = 0
  return records.map((r) => (r.headingOnly ? r : done[k++]))
}
