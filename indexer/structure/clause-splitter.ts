/**
 * Splits a plan's body into chapters, sections, numbered clauses and unnumbered passages.
 * Pure: lines in, draft records out, with character offsets into the plan text (the body lines joined by '\n',
 * after numbering that stood inside a line has been put at the start of its own line).
 */
import type { PlanLevel, StructureWarning } from '../types.js'
import { clauseHeading, readLineMarker, runsOnPastHeading } from './line-markers.js'
import { numberParagraphs } from './paragraphs.js'
import { ordinalClauseLines } from './ordinal-clauses.js'
import { splitOrdinalRuns } from './ordinal-runs.js'
import { introducedItem } from './ordinal-items.js'
import { joinLoneMarkers } from './lone-markers.js'
import { trimTitle, unbracket } from './title-text.js'
import { featureBoxLines } from './feature-boxes.js'
import { blockHeadingText, noteBlockLines } from './note-blocks.js'
import { splitAppendix, type AppendixHead } from './appendix.js'
import { attachmentTasks, groupLines, splitTaskTable, TABLE_ORDINAL } from './task-table.js'
import { taskPassages } from './task-rows.js'
import { withoutMetadataLines } from './signature-lines.js'
import { withoutListLabel } from './list-labels.js'
import { tableInPlace } from './table-in-place.js'
import { withoutDutyNote } from './duty-labels.js'
import { textOutline } from './text-outline.js'
import type { PartTitles } from './unnumbered-parts.js'
import { chapterlessParts, partChapter } from './part-passages.js'
import { readStyledHeadings, type StyledHeading } from './styled-headings.js'
import { readStyledSections } from './styled-sections.js'
import { bulletSections, bulletTitles, withoutBullet } from './bullet-headings.js'
import { titlesOverLists } from './list-titles.js'
import { chapterItemsAsClauses } from './chapter-items.js'
import { leadHeadings, partTitleBeforeChapters } from './lead-heading.js'
import { readNumbering, sectionsAsChapters, type LineNumbering } from './plan-levels.js'
import { structureWarnings } from './structure-warnings.js'
import { besideHeadingOnly, emptyHeadings } from './empty-chapters.js'
import { isClosingRemark } from './closing-remark.js'

export interface DraftChapter {
  /** As printed: `一`, `第一章`. */
  number: string
  ordinal: number
  title: string
  /**
   * The printed part it stands in (`第二部分`, `第二篇`): where the plan's chapters start again from 一、 in each,
   * the chapter's number alone would name a chapter in every part.
   */
  part?: { number: string; ordinal: number }
}

export interface DraftRecord {
  kind: 'clause' | 'passage'
  chapter: DraftChapter | null
  section: string | null
  number: number | null
  /** Place of an unnumbered paragraph in a chapter (or section) without numbered clauses, from 1 (paragraphs.ts). */
  paragraph?: number
  heading: string
  text: string
  start: number
  end: number
  outlineOnly: boolean
  /** A chapter or section heading printed with nothing under it: the record is its line alone (empty-chapters.ts). */
  headingOnly?: true
}

export interface SplitPlan {
  /** The plan text: body lines joined by '\n'. Offsets of records point into it. */
  text: string
  records: DraftRecord[]
  /** True when clause numbering starts again in a later chapter: citations must then name the chapter. */
  numberingRestarts: boolean
  /** The numbering levels found, highest first, with the role each plays. */
  levels: PlanLevel[]
  warnings: StructureWarning[]
}

interface OpenRecord {
  kind: 'clause' | 'passage'
  number: number | null
  lines: { text: string; start: number }[]
  rest: string
  /** A part's title line, text under no chapter though the part's own text stands under its title (part-passages.ts). */
  partTitle?: boolean
}

/** The numbers of the chapters a plan numbers. */
function chapterCounts(numbering: LineNumbering): number[] {
  return [...numbering.markers.values()].filter((m) => numbering.roles.get(m.kind) === 'chapter').map((m) => m.number)
}

export function splitClauses(bodyLines: string[], opts: { outlineOnly?: boolean; headings?: StyledHeading[] } = {}): SplitPlan {
  const [withTable, ...attached] = splitAppendix(joinLoneMarkers(withoutListLabel(withoutMetadataLines(bodyLines))))
  // A task table after the last clause is read apart from the body: its rows labelled by their columns (task-table.ts).
  const { body: asPrinted, table, at: tableAt, tasks: tableTasks, notes: tableNotes = [], title: tableTitle } = splitTaskTable(withTable.lines)
  // A paragraph of 一是…。二是…。三是… in a plan that numbers no clause otherwise: its items, a line each (ordinal-runs.ts).
  const itemised = splitOrdinalRuns(asPrinted)
  const body = itemised === asPrinted || [...readNumbering(itemised.join('\n')).roles.values()].includes('clause') ? asPrinted : itemised
  // Headings the document marks by style (a Word Heading 1 / 2) are its outline, or the sections of the chapters
  // it numbers; else titles are read from the text.
  const styled = opts.headings?.length ? (readStyledHeadings(body, opts.headings) ?? readStyledSections(body, opts.headings)) : null
  const read0 = styled ? { ...styled, titles: styled.chapters } : textOutline(body)
  // Chapters an official account heads with a bullet (🔸) rather than a number, when nothing else heads any; a
  // second symbol under them (■) heads their sections.
  // Titles read from the text that are all bulleted lines are some of that outline's lines, not another outline.
  const bulletedOnly = [...read0.titles].every((i) => withoutBullet(read0.numbering.lines[i]) !== read0.numbering.lines[i])
  const bulleted = !styled && bulletedOnly && ![...read0.numbering.roles.values()].includes('chapter')
  const byBullet = bulleted ? bulletTitles(read0.numbering.lines) : new Set<number>()
  const titles = byBullet.size > 0 ? byBullet : read0.titles
  const bulletSectionsRead = byBullet.size > 0 && read0.sections.size === 0 ? bulletSections(read0.numbering.lines, titles) : read0.sections
  // Titles over a web page's bulleted lists head sections of their chapters (list-titles.ts).
  const sections = bulletSectionsRead.size === 0 && !styled ? titlesOverLists(read0.numbering, titles) : bulletSectionsRead
  // A chapter listing （1）（2） where the others number their clauses 1. 2.: its items are its clauses (chapter-items.ts).
  const numbering = chapterItemsAsClauses(!styled && titles.size === 0 ? sectionsAsChapters(read0.numbering) : read0.numbering, titles)
  const records: DraftRecord[] = []
  const lines: string[] = [], heads = emptyHeadings(opts.outlineOnly)
  let chapter: DraftChapter | null = null
  let part: DraftChapter['part']
  let section: string | null = null
  let open: OpenRecord | null = null
  let lastNumber = 0
  let numberingRestarts = false
  let offset = 0
  // The chapter and section in force where a task table stood in the body, for its passages (table-in-place.ts).
  let atTable: Pick<DraftRecord, 'chapter' | 'section'> | undefined

  const close = () => {
    if (!open) return
    const first = open.lines[0]
    const last = open.lines[open.lines.length - 1]
    const text = open.lines.map((l) => l.text).join('\n')
    records.push({
      kind: open.kind,
      chapter: open.partTitle ? null : chapter,
      section,
      number: open.number,
      // A passage of several lines (a 专栏 box) is headed by its first line, as a clause is.
      heading: clauseHeading(withoutBullet(open.rest), open.lines.length > 1),
      text,
      start: opts.outlineOnly ? 0 : first.start,
      end: opts.outlineOnly ? 0 : last.start + last.text.length,
      outlineOnly: opts.outlineOnly ?? false,
    })
    open = null
  }

  // A chapter or section line that runs on past its heading (`（一）党的建设全面加强。开展主题教育，…`, as a year's
  // review prints its items under a plan's clause level) is named by its heading, and its line is a passage under
  // it: as a name alone, its sentences would be in no record.
  // The unit a heading names on its line (`一、强化党建引领（牵头单位：局办公室）`) is no part of its title
  // (duty-labels.ts); the line is then a passage under it, as a plan prints a clause's unit in its text.
  const headingOf = (rest: string) => {
    const title = withoutDutyNote(rest)
    return runsOnPastHeading(title) ? clauseHeading(title, false) : trimTitle(title)
  }
  const openOwnText = (line: string, start: number, rest: string) => {
    if (runsOnPastHeading(rest)) open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: line }
    else if (withoutDutyNote(rest) !== rest) open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest }
  }
  const openUnitLine = (line: string, start: number) => {
    if (withoutDutyNote(line) !== line) open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: line }
  }

  /** Reads a segment's lines into records; returns the clauses it numbered by 一是/二是 (ordinal-clauses.ts). */
  const read = (segment: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>, titles = new Set<number>(), sections = new Set<number>(), leads = new Set<number>(), partTitles: PartTitles = new Map()) => {
    const ordinals = ordinalClauseLines(segment, new Set([...titles, ...sections, ...leads]))
    const boxes = new Map([...featureBoxLines(segment.lines), ...noteBlockLines(segment.lines)])
    const roleAt = (i: number) => {
      const m = segment.markers.get(i)
      return m && segment.roles.get(m.kind)
    }
    // The last line that numbers or heads anything: a closing remark can only come after it (closing-remark.ts).
    const headed = (i: number) => segment.markers.has(i) || titles.has(i) || sections.has(i) || leads.has(i) || ordinals.has(i) || boxes.has(i) || partTitles.has(i)
    let lastHeaded = segment.lines.length - 1
    while (lastHeaded >= 0 && !headed(lastHeaded)) lastHeaded--
    const chapterless = chapterlessParts(segment.lines.length, (i) => roleAt(i) === 'part' || partTitles.get(i) !== undefined, (i) => roleAt(i) === 'chapter' || titles.has(i) || leads.has(i))
    segment.lines.forEach((line, i) => {
      if (lines.length === tableAt && !atTable) atTable = { chapter, section }
      lines.push(line)
      const start = offset
      offset += line.length + 1
      const marker = segment.markers.get(i)
      const role = marker ? segment.roles.get(marker.kind) : undefined
      const rest = marker ? line.slice(marker.end) : line
      if (boxes.get(i) === 'title') {
        // A 专栏 box or the plan's notes is a passage of its own, its title and items together (feature-boxes.ts, note-blocks.ts).
        close()
        open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: blockHeadingText(line) }
      } else if (boxes.get(i) === 'item' && open) {
        open.lines.push({ text: line, start })
      } else if (leads.has(i)) {
        // `总体要求` over the opening paragraph, before chapter 一 (lead-heading.ts): a chapter without a number, counted 0.
        close()
        chapter = { number: '', ordinal: 0, title: unbracket(trimTitle(line)) }
      } else if (titles.has(i)) {
        // A chapter headed by its title alone: named by the title, counted for its clause ids.
        close()
        const titleLine = withoutDutyNote(line)
        const printed = readLineMarker(titleLine)
        chapter = heads.chapter(printed?.kind === 'clause'
          ? // `2.推动教育优质均衡发展` over 1. clauses (repeated-number-titles.ts): its number is the chapter's.
            { number: titleLine.slice(0, printed.markerLength).trim().replace(/[.．、]$/, ''), ordinal: printed.number, title: trimTitle(printed.rest) }
          : { number: '', ordinal: (chapter?.ordinal ?? 0) + 1, title: unbracket(trimTitle(withoutBullet(titleLine))) }, line, start)
        section = null
        openUnitLine(line, start)
      } else if (sections.has(i)) {
        // A section headed by its title alone (a Word Heading 2 without a number, a month): named by the title, out of its 【】.
        close()
        // Months after a last chapter's prose, printed with no heading (month-sections.ts): the plan's schedule, a
        // chapter of its own counted after that chapter. Named 工作安排, the title such a part most often bears
        // printed (二、工作安排), and one that fits months, quarters and spans (4—5月) alike. Counted after the plan's
        // last chapter, not the one above: a numbered chapter after the months (`四、其他`) keeps its own count.
        if (segment === numbering && i === read0.scheduleOpens) chapter = heads.chapter({ number: '', ordinal: Math.max(chapter?.ordinal ?? 0, ...chapterCounts(numbering)) + 1, title: '工作安排' }, line, start)
        section = heads.section(chapter, unbracket(trimTitle(withoutBullet(withoutDutyNote(line)))), line, start)
        openUnitLine(line, start)
      } else if ((marker && role === 'part') || partTitles.has(i)) {
        // A part's title is text of its own, under no chapter: the chapters of the part follow it.
        close()
        // A part titled without a number over 一、 again (unnumbered-parts.ts) is named by its title; the title over
        // the plan's chapters after a year's review (lead-heading.ts) names no part a clause could be cited under.
        part = marker && role === 'part' ? { number: marker.label, ordinal: marker.number } : partTitles.get(i)
        // All the text of a part with no chapters, paragraphs, clauses and sections, stands under the part (part-passages.ts).
        chapter = part && chapterless.has(i) ? partChapter(trimTitle(marker && role === 'part' ? rest : line), part) : null
        section = null
        open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: line, partTitle: true }
      } else if (marker && role === 'chapter') {
        close()
        chapter = heads.chapter({ number: marker.label, ordinal: marker.number, title: headingOf(rest), ...(part ? { part } : {}) }, line, start)
        section = null
        openOwnText(line, start, rest)
      } else if (marker && role === 'section') {
        close()
        // `1.1 强化政治引领` keeps the space a decimal outline prints after its number; `（一）` needs none.
        section = heads.section(chapter, `${marker.label}${/\d$/.test(marker.label) ? ' ' : ''}${headingOf(rest)}`, line, start, headingOf(rest))
        openOwnText(line, start, rest)
      } else if (marker && role === 'clause') {
        close()
        if (marker.number <= lastNumber && chapter !== null) numberingRestarts = true
        lastNumber = marker.number
        open = { kind: 'clause', number: marker.number, lines: [{ text: line, start }], rest }
      } else if (ordinals.has(i)) {
        close()
        const { ordinal, markerLength } = ordinals.get(i)!
        if (ordinal <= lastNumber && chapter !== null) numberingRestarts = true
        lastNumber = ordinal
        open = { kind: 'clause', number: ordinal, lines: [{ text: line, start }], rest: line.slice(markerLength) }
      } else if (!marker && open?.kind === 'clause' && introducedItem(open.lines.map((l) => l.text), line)) {
        // 一是… 二是… under a clause that leads into them with a colon are its items (ordinal-items.ts).
        open.lines.push({ text: line, start })
      } else if ((!marker && readLineMarker(line)?.kind === 'ordinal-intro') || !open) {
        close()
        open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: line }
      } else if (open.kind === 'passage' || (i > lastHeaded && isClosingRemark(segment.lines[i - 1], line))) {
        // Passages are one paragraph each: preamble and introductions read better as separate hits. The plan's
        // closing remark after its last clause is one too, and no line of that clause (closing-remark.ts).
        close()
        open = { kind: 'passage', number: null, lines: [{ text: line, start }], rest: line }
      } else {
        open.lines.push({ text: line, start })
      }
    })
    return [...ordinals.values()]
  }
  // A plan whose chapters are titles alone (【重点任务】 over 1.) may head its opening paragraph so too (【总体要求】).
  const beforeChapters = styled ? null : partTitleBeforeChapters(numbering)
  const partTitles: PartTitles = new Map([...(beforeChapters === null ? [] : [[beforeChapters, undefined] as const]), ...(('parts' in read0 && read0.parts) || [])])
  const ordinals = read(numbering, titles, sections, leadHeadings(numbering, styled ? new Set() : titles), partTitles)
  const bodyEnd = lines.length
  let tableEnd = bodyEnd
  close()
  // A titled task table after the body's last clause is an attachment in all but the word 附件: a chapter of its own,
  // its rows its numbered tasks (task-table.ts). Right under a heading with no text of its own, it is that heading's.
  // Titled with the chapter number the body counts next (三、重点任务清单 after 二、), it is that chapter, and its number
  // leaves its title; otherwise it counts as the tables' own (TABLE_ORDINAL).
  const titled = tableTitle ? readLineMarker(tableTitle.trim()) : null
  // Assigned inside read(), which the compiler does not follow.
  const bodyChapter = chapter as DraftChapter | null
  const ownChapter = table && tableAt === undefined && tableTasks && tableTitle && records.at(-1)?.chapter === chapter && records.at(-1)?.section === section
    ? titled?.kind === 'chapter' && bodyChapter !== null && titled.ordinal === bodyChapter.ordinal + 1
      ? { number: titled.label, ordinal: titled.ordinal, title: trimTitle(titled.rest) }
      : { number: '', ordinal: TABLE_ORDINAL, title: tableTitle }
    : null
  // A task table after the body stands under the chapter the body ends in: that heading is not empty.
  const endPlace = table && tableAt === undefined && !ownChapter ? { chapter, section } : undefined
  const tableLines = ownChapter ? tableTasks! : tableTasks ? taskPassages(tableTitle, tableTasks, tableNotes) : table
  // The notes under a table of its own are passages in its chapter, no text of its last task.
  const notes = ownChapter && tableNotes.length > 0 ? [{ lines: tableNotes, appendix: ownChapter, passages: true }] : []
  const appendices: { lines: string[]; appendix: AppendixHead | null; passages?: boolean }[] = tableLines ? [{ lines: tableLines, appendix: ownChapter }, ...notes, ...attached] : attached
  // Each attachment is a chapter of its own, read with its own numbering (its rows count from 1 again).
  for (const { lines: attached, appendix, passages } of appendices) {
    close()
    // A table that heads no chapter of its own is text of the chapter the body ends in: a heading right over it
    // (`二、重点任务分工`) has it as its text.
    const inPlace = attached === tableLines && endPlace
    chapter = inPlace ? endPlace.chapter : appendix
    section = inPlace ? endPlace.section : null
    lastNumber = 0
    // The list of attachments is text: its `2.重点项目清单` numbers no clause.
    // A group's line among a table's tasks (`一、党的建设`, table-groups.ts) heads a section of the table's chapter,
    // under a title of its own or an 附件 heading alike.
    const rows = passages || !appendix ? null : attached === tableLines ? { lines: attached, groups: groupLines(attached) } : attachmentTasks(attached)
    const own = rows ? readNumbering(rows.lines.join('\n')) : { lines: attached, markers: new Map(), roles: new Map() }
    if ([...own.markers.values()].some((m) => own.roles.get(m.kind) === 'clause')) numberingRestarts = true
    read(own, undefined, rows?.groups)
    if (attached === tableLines || passages) tableEnd = lines.length
  }
  close()
  // A table in the middle of the body, read after it, goes back where it stood (table-in-place.ts).
  const placed = tableAt !== undefined && atTable && lines.slice(0, tableAt).every((line, i) => line === asPrinted[i])
    ? tableInPlace(heads.fill(records, atTable), lines, { at: tableAt, from: bodyEnd, to: tableEnd, ...atTable })
    : { records: heads.fill(records, endPlace), lines }
  const withParagraphs = besideHeadingOnly(placed.records, numberParagraphs)
  return {
    text: placed.lines.join('\n'),
    records: withParagraphs,
    numberingRestarts,
    levels: ordinals.length > 0 ? [...numbering.levels, { marker: ordinals[0].printed, role: 'clause', count: ordinals.length }] : numbering.levels,
    warnings: structureWarnings(withParagraphs.filter((r) => !r.headingOnly), numberingRestarts),
  }
}
