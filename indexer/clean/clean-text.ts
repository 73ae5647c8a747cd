/**
 * Turns the raw text of a policy document into clean display text: one logical paragraph per line,
 * no blank lines, no indentation, no page furniture (running headers: running-header.ts), no spam, with the
 * label/value metadata moved into `fields` and PDF-broken sentences joined again.
 *
 * Pure. Punctuation and width are left as written: display text stays original, and matching folds
 * it through indexer/normalize.ts with offsets preserved.
 */
import { readLineMarker } from '../structure/line-markers.js'
import { articleTailStart } from './article-tail.js'
import { classifyFurniture, isPageNumberLine, isSiteTerms } from './furniture.js'
import { undecorateHeading, withoutTrailingEmoji } from './heading-decoration.js'
import { withoutMarkdownMarks } from './markdown-marks.js'
import { joinSeparator, shouldJoin } from './join-lines.js'
import { spacedLineBreaks } from './spaced-lines.js'
import { repairContinuation, repairLine } from './repair-line.js'
import { repairAroundClauseTitles, spacesEndClauseTitles } from './clause-lead-space.js'
import { runningHeaderLines } from './running-header.js'
import { noteMark, pageFootNoteLines } from './page-foot-notes.js'
import { barePageNumberLines } from './bare-page-numbers.js'
import { gluedPageNumberLines } from './glued-page-numbers.js'
import { dashedOneLines } from './dashed-one.js'
import { cutAtWidth, headingWrapsOnto, wrapWidth } from './wrapped-headings.js'
import { ornamentalNumberLines } from './ornamental-numbers.js'
import { contentsLines } from './contents-lines.js'
import { strandedMarker, takesMarker } from './stranded-marker.js'
import { laidOutTable, layOutRow, taskTableRowLines, unframePipeTables } from './task-table-rows.js'
import { mergeFields, parseMetadataLine } from './metadata-fields.js'
import { accountLineDate, creditAsLabel, isCreditLine, splitByline } from './news-credits.js'
import { isSharingSiteHeadButton, uploadDateLines } from './sharing-site-lines.js'
import { gluedToTitle } from './title-line-furniture.js'
import { copiedLabelLines } from './label-value-lines.js'
import { siteBannerLines } from './site-banner.js'
import { isPairUnderHead, readPeriodPair } from '../structure/schedule-rows.js'

export type RemovalReason = 'furniture' | 'spam' | 'metadata' | 'blank'

export interface CleanedText {
  /** One logical paragraph per line, trimmed, no blank lines, joined with `\n`. */
  text: string
  /** Metadata found in label/value lines, canonical key → raw value (see metadata-fields.ts). */
  fields: Record<string, string>
  /** Every input line that is not in `text`, in input order, trimmed. */
  removed: { line: string; reason: RemovalReason }[]
}

/** A repeated short line right after itself is the page title printed twice (window title + heading). */
const MAX_DUPLICATE_LENGTH = 60

/** The document head, where a line of generic labels only (时间：…) is still metadata. */
const HEAD_LINES = 15

/** Whitespace, with what trim() keeps: zero-width spaces and joiners. */
const EDGE_SPACE = /[\s\u200b\u200c\u200d\u2060\ufeff]/

/** A line without the spaces at its ends, found by walking in from each end: the regex `[…]+$` tried every start
 * inside a long run of spaces mid-line, so a line of 100 000 tabs between two words took seconds. */
function trimEdgeSpace(line: string): string {
  let from = 0
  let to = line.length
  while (from < to && EDGE_SPACE.test(line[from])) from++
  while (to > from && EDGE_SPACE.test(line[to - 1])) to--
  return line.slice(from, to)
}

export function cleanText(text: string): CleanedText {
  const fields: Record<string, string> = {}
  const removed: CleanedText['removed'] = []
  /**
   * Kept lines; `afterBreak` is true when a blank line separates it from the previous kept line, `laidOut` when
   * the line is a row of a table one row a line (task-table-rows.ts), which joins no neighbour.
   */
  const kept: { line: string; afterBreak: boolean; laidOut?: boolean }[] = []
  let pendingBreak = false
  /**
   * A PDF exported with a blank line above and below each page number (`…实践教学基地` / `` / `- 1 -` / `` / `20个。`):
   * those blank lines frame the page's foot, they break no paragraph, so a sentence the page break cut is joined.
   */
  let besidePageBreak = false
  let textLines = 0
  /** Whether the document's text has begun: a kept line holding a sentence or opening with a number. */
  let textBegun = false

  const raw = text.split(/\r\n|\r|\n|\u2028|\u2029/)
  // A page's table of labels copied one cell a line: each label read with the value under it.
  const unlabelled = unframePipeTables(raw.map(trimEdgeSpace))
  const labelValues = copiedLabelLines(unlabelled)
  const trimmed = unlabelled.map((line, i) => labelValues.get(i) ?? line)
  const pageNumbers = barePageNumberLines(trimmed)
  const runningHeaders = runningHeaderLines(trimmed, pageNumbers)
  const footNotes = pageFootNoteLines(trimmed, runningHeaders)
  /**
   * A page's footnotes, each set after the paragraph that runs on at the page break, a marked one after the paragraph
   * that holds its mark (`before`: the kept line it goes before).
   */
  const notes: { line: string; before: number }[] = []
  /** The note a wrapped line of a note goes on: the last one opened. */
  let lastNote: { line: string; before: number } | undefined
  const ornaments = ornamentalNumberLines(trimmed)
  const contents = contentsLines(trimmed)
  const tableRows = taskTableRowLines(trimmed)
  const tableLines = laidOutTable(raw, trimmed, tableRows)
  const tail = articleTailStart(trimmed) ?? trimmed.length
  const dashedOnes = dashedOneLines(trimmed)
  const titlesSpaced = spacesEndClauseTitles(trimmed)
  const uploadDates = uploadDateLines(trimmed)
  const banners = siteBannerLines(trimmed)
  const gluedPages = gluedPageNumberLines(trimmed)
  for (const [i, original] of trimmed.entries()) {
    // A chapter title a 01 stood before on its line (ornamental-numbers.ts) is the title alone; a line a page's
    // number was glued to (glued-page-numbers.ts), the line without it.
    // Markdown kept in plain text (`### 标题`, `**1. 自然探索周**`) is no part of the line's words (markdown-marks.ts).
    let line = withoutTrailingEmoji(undecorateHeading(withoutMarkdownMarks(ornaments.get(i) || dashedOnes.get(i) || (gluedPages.get(i) ?? original))))
    if (line === '') {
      removed.push({ line, reason: 'blank' })
      if (!besidePageBreak) pendingBreak = true
      continue
    }
    textLines++
    const note = footNotes.get(i)
    if (note) {
      if (note === 'tail' && lastNote) lastNote.line += joinSeparator(lastNote.line, line) + line
      else lastNote = addNote(notes, repairLine(line), markedLine(kept, noteMark(line)) ?? kept.length)
      continue
    }
    const furniture = runningHeaders.has(i) || pageNumbers.has(i) || ornaments.get(i) === '' || contents.has(i) || i >= tail || uploadDates.has(i) || banners.has(i)
    const reason = furniture ? 'furniture' : removalReason(line, fields, textLines <= HEAD_LINES, !textBegun)
    if (reason) {
      removed.push({ line, reason })
      if (runningHeaders.has(i) || pageNumbers.has(i) || isPageNumberLine(line)) besidePageBreak = true
      if (besidePageBreak) pendingBreak = false
      continue
    }
    besidePageBreak = false
    // A page's info bar, buttons or tab title run onto the title's line goes as it would on a line of its own.
    const glued = !textBegun && textLines <= HEAD_LINES && !tableRows.has(i) ? gluedToTitle(line, (trail) => removalReason(trail, fields, true, true)) : null
    if (glued) {
      removed.push({ line: glued.trail, reason: glued.reason ?? 'furniture' })
      line = glued.title
    }
    if (tableRows.has(i)) {
      // A line a short cell wrapped onto is in its row's line now (task-table-rows.ts laidOutTable).
      const laidOut = tableLines.get(i)
      if (laidOut === null) continue
      kept.push({ line: laidOut ?? layOutRow(line), afterBreak: true, laidOut: true })
      pendingBreak = false
      continue
    }
    const byline = splitByline(line)
    if (byline) {
      // A report's own closing words end in its byline; after the plan's numbered clauses they would run into the last one.
      const own = readLineMarker(line) === null && kept.some((k) => readLineMarker(k.line)?.kind === 'clause')
      removed.push({ line: own ? line : byline.byline, reason: 'furniture' })
      if (own) continue
      line = byline.text
    }
    line = untab(line)
    // Under a two-column schedule's head row, the space after a period parts the row's cells: it is no PDF's and stays.
    const pair = readPeriodPair(line)
    if (pair && isPairUnderHead(kept.map((k) => k.line), line)) line = `${pair.week} ${repairLine(pair.cells[0])}`
    else line = titlesSpaced ? repairAroundClauseTitles(line, repairLine) : repairLine(line)
    const previous = kept[kept.length - 1]
    // Printed twice, the title may differ by a stray space a PDF's text layer put in (`市2024 年教育工作要点`).
    if (previous && unspaced(previous.line) === unspaced(line) && line.length <= MAX_DUPLICATE_LENGTH && readLineMarker(line) === null) {
      removed.push({ line, reason: 'furniture' })
      continue
    }
    kept.push({ line, afterBreak: pendingBreak })
    pendingBreak = false
    textBegun ||= SENTENCE_PUNCTUATION.test(line) || readLineMarker(line) !== null
  }

  moveStrandedMarkers(kept)
  const wrap = wrapWidth(kept.map((k) => k.line))
  // In text set wide, a blank line after a wrapped line breaks no paragraph (spaced-lines.ts).
  const spaced = spacedLineBreaks(kept)
  const paragraphs: string[] = []
  const placeNotes = (upTo: number) => {
    while (notes.length > 0 && notes[0].before <= upTo) paragraphs.push(notes.shift()!.line)
  }
  for (const [k, { line, afterBreak }] of kept.entries()) {
    const last = paragraphs.length - 1
    // A blank line is a paragraph break the author made: PDF line wraps leave none, but in text set wide.
    // A period and one cell under a two-column schedule's head row (`月份 工作内容` / `1月 召开…，部署…`) is a row, not
    // a sentence wrapped before a month: judged alone it would join the row above.
    const joins = (previous: string) =>
      !isPairUnderHead(paragraphs, line) &&
      (shouldJoin(previous, line, wrap !== null && k > 0 && cutAtWidth(kept[k - 1].line, wrap)) || (wrap !== null && headingWrapsOnto(previous, line, wrap)))
    if (last >= 0 && (!afterBreak || spaced.has(k)) && !kept[k - 1].laidOut && joins(paragraphs[last])) {
      const next = kept[k].laidOut ? line : repairContinuation(line)
      paragraphs[last] += joinSeparator(paragraphs[last], next) + next
    } else {
      placeNotes(k)
      paragraphs.push(line)
    }
  }
  placeNotes(Infinity)
  return { text: paragraphs.join('\n'), fields, removed }
}

/**
 * A tab typed after an item's number (`1.⇥深化理论武装`, `一、⇥全面加强党的建设`, or after a sentence's end where soft
 * line breaks ran items into one paragraph) is the number's own separator, as Word sets a list number apart: printed
 * as Word prints a number ending in its punctuation, with the text right after it. Any other tab in running text is
 * a space between words; rows laid out by tabs (task-table-rows.ts) never get here.
 */
function untab(line: string): string {
  if (!line.includes('\t')) return line
  return line.replace(MARKER_TAB, '$1').replace(/\t+/g, ' ')
}
const MARKER_TAB = /((?:^|[。；;！？!?])(?:(?:[\d０-９]{1,3}|[一二三四五六七八九十]{1,3})[.．、]|[（(][\d０-９一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百零〇两]{1,5}[章节条部分]{1,2}))\t+(?=\S)/g

/**
 * Where a marked note goes: before the kept line after the last one that sets its mark after a word (`…课堂”①应用`),
 * so that it follows that line's paragraph; undefined for an unmarked note or a mark no line sets.
 */
function markedLine(kept: readonly { line: string }[], mark: string | null): number | undefined {
  if (mark === null) return undefined
  for (let k = kept.length - 1; k >= 0; k--) if (kept[k].line.indexOf(mark) > 0) return k + 1
  return undefined
}

/** Notes stay in the order of the paragraphs they follow, as they are set out one after another. */
function addNote(notes: { line: string; before: number }[], line: string, before: number): { line: string; before: number } {
  let at = notes.length
  while (at > 0 && notes[at - 1].before > before) at--
  const note = { line, before }
  notes.splice(at, 0, note)
  return note
}

/** A number left at the end of a line after its sentence (stranded-marker.ts) moves to open the next line, its item. */
function moveStrandedMarkers(kept: { line: string; afterBreak: boolean; laidOut?: boolean }[]): void {
  for (let k = 0; k + 1 < kept.length; k++) {
    const stranded = kept[k].laidOut || kept[k + 1].laidOut ? null : strandedMarker(kept[k].line)
    if (!stranded || !takesMarker(kept[k + 1].line)) continue
    kept[k].line = stranded[0]
    kept[k + 1] = { line: stranded[1] + kept[k + 1].line, afterBreak: true }
  }
}

/**
 * Why a trimmed, non-empty line leaves the text, or null when it is document text. Numbered lines stay, except
 * a bare number glued to words that is a page's counter (`5页`, a sharing site's page count), and a sharing site's
 * terms, which it numbers: furniture rules are specific and short, so no clause `5加强…` matches them.
 */
function removalReason(line: string, fields: Record<string, string>, inHead: boolean, beforeText: boolean): RemovalReason | null {
  const marker = readLineMarker(line)
  // A sharing site numbers its terms over the document (1、…网站文档一经付费…): its words, though numbered.
  if (marker !== null) return marker.kind === 'clause' && marker.style === 'bare' ? classifyFurniture(line) : isSiteTerms(line) ? 'furniture' : null
  const published = inHead ? accountLineDate(line) : null
  if (published) {
    mergeFields(fields, { 发布日期: published })
    return 'metadata'
  }
  const metadata = parseMetadataLine(line)
  if (metadata && (metadata.hasSpecificLabel || inHead)) {
    mergeFields(fields, metadata.fields)
    return metadata.hasDocumentLabel ? 'metadata' : 'furniture'
  }
  // A sharing site's buttons that are words too (海报, 侵权投诉) are its own only before the document's text begins.
  if (beforeText && isSharingSiteHeadButton(line)) return 'furniture'
  if (!isCreditLine(line)) return classifyFurniture(line)
  // An account's credit under its article names the article's source as a page's 来源： does.
  const credit = parseMetadataLine(creditAsLabel(line))
  if (credit && (credit.hasSpecificLabel || inHead)) mergeFields(fields, credit.fields)
  return 'furniture'
}

const SENTENCE_PUNCTUATION = /[。；;，,！？!?]/
const unspaced = (line: string) => line.replace(/[ \t\u3000\u00a0]+/g, '')
