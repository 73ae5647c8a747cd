/**
 * Splits the cleaned lines of one file into the plans it holds. A file is either one plan
 * (header lines, a title line, a body) or a compilation (汇编): a table of contents naming the plans
 * with page numbers, possibly the plans' outlines (chapter and clause headings only), then the plans'
 * bodies one after another, each opened by its title line. A plan may have a body, an outline, or both.
 */
import { readLineMarker } from './line-markers.js'
import { documentStart } from './plan-notice.js'
import { numberedPlanTitle, planSequence } from './plan-sequence.js'
import { findTocBlocks, mergeTocTitles, type TocBlock } from './table-of-contents.js'
import { isCompilationTitle, isNoticeTitle, isTitleLike, isTitleRemark, withoutArticleCount, withTitleRemark } from './title-line.js'
import { brokenTitle } from './broken-title.js'
import { outlineAboveTitle } from './outline-above-title.js'
import { SENTENCE_STOP } from './sentence-stop.js'

export interface LineRange {
  /** First line index (inclusive). */
  from: number
  /** Last line index (exclusive). */
  to: number
}

export interface PlanSegment {
  title: string | null
  /** Index of the title line in the file's lines, when the body has one. */
  titleLine: number | null
  /** Lines before the title that belong to this plan (notice, issuer, date): metadata, not body. */
  header: LineRange
  /** The notice that issues this plan with the one before it (its 附件2), printed above that one: metadata too. */
  notice?: LineRange
  body: LineRange | null
  /** Heading-only lines of the plan's outline from the table of contents. */
  outline: string[] | null
  partOf: { title: string; index: number; count: number } | null
}


/** Splits a file's cleaned lines into plan segments. */
export function splitPlans(lines: string[]): PlanSegment[] {
  const tocBlocks = findTocBlocks(lines)
  if (tocBlocks.length > 0) return splitCompilation(lines, tocBlocks)
  const starts = planSequence(lines)
  return starts.length > 0 ? splitSequence(lines, starts) : [singlePlan(lines)]
}

/**
 * A compilation without a table of contents, cut at its plans' title lines (plan-sequence.ts), or before them at
 * the notice that issues a plan (plan-notice.ts): the notice is the head of the plan after it.
 */
function splitSequence(lines: string[], starts: number[]): PlanSegment[] {
  // A compilation's number before a plan's title (`二、沙洋县…要点`) is no part of that title.
  const titles = starts.map((i) => numberedPlanTitle(lines[i]) ?? lines[i])
  const compilationLine = lines.slice(0, starts[0]).findIndex(isCompilationTitle)
  const title = compilationLine === -1 ? titles.join(' / ') : lines[compilationLine]
  const heads = starts.map((from, k) => attachmentLabelAbove(lines, documentStart(lines, k === 0 ? 0 : starts[k - 1] + 1, from)))
  // A notice above the first plan that names a later one in 《》 issues it too (its 附件2): that plan's notice.
  const first = lines.slice(heads[0], starts[0])
  const named = (title: string) => first.some((l) => isNoticeTitle(l) && l.includes(`《${title.trim()}》`))
  // A remark under a plan's title (`（试行）`) is the title's, as it is a single plan's.
  const remarked = (from: number) => from + 1 < lines.length && isTitleRemark(lines[from + 1])
  return starts.map((from, k) => ({
    // An essay site's count of its articles (`篇1`) is no part of the title.
    title: remarked(from) ? withTitleRemark(withoutArticleCount(titles[k]), lines[from + 1]) : withoutArticleCount(titles[k]),
    titleLine: from,
    header: { from: heads[k], to: from },
    ...(k > 0 && heads[k] >= from - 1 && named(titles[k]) ? { notice: { from: heads[0], to: starts[0] } } : {}),
    body: { from: from + (remarked(from) ? 2 : 1), to: heads[k + 1] ?? withoutTrailingTitle(lines, from + 1, titles[k]) },
    outline: null,
    partOf: { title, index: k + 1, count: starts.length },
  }))
}

function singlePlan(lines: string[]): PlanSegment {
  // The plan's outline printed above its title, headings alone (outline-above-title.ts): the title is looked for
  // under it, and the outline, which the text prints again, is left out.
  const from = outlineAboveTitle(lines) ?? 0
  const firstMarker = lines.findIndex((l, i) => {
    const m = i >= from ? readLineMarker(l) : null
    return m !== null && (m.kind === 'chapter' || m.kind === 'clause')
  })
  const limit = firstMarker === -1 ? Math.min(lines.length, from + 12) : firstMarker
  let titleLine: number | null = null
  let noticeLine: number | null = null
  for (let i = from; i < limit; i++) {
    // Text under the title has begun: a heading further down that ends like a title (`具体工作安排` over the
    // months of a plan that numbers nothing) is the plan's own, not its title.
    if (titleLine !== null && SENTENCE_STOP.test(lines[i])) break
    if (!isTitleLike(lines[i])) continue
    if (!isNoticeTitle(lines[i])) titleLine = i
    else noticeLine ??= i
  }
  // The notice that issues the plan may number its own requirements (`现就有关事项通知如下：` / `1.提高思想认识。…`):
  // the plan's title then stands below those numbered lines, and the notice above it is the plan's head.
  if (titleLine === null && noticeLine !== null) titleLine = titleBelowNotice(lines, noticeLine)
  // A title broken over two lines (`2025年全市教育工作` / `要点`): the body starts under its second half.
  const broken = titleLine === null && noticeLine === null ? brokenTitle(lines, limit) : null
  if (broken) titleLine = broken.line
  let title = broken ? broken.title : titleLine === null ? null : lines[titleLine]
  if (title === null) {
    const quoted = lines.slice(0, limit).map((l) => /《([^》]+)》/.exec(l)?.[1]).find((t) => t && isTitleLike(t))
    title = quoted ?? null
    // A title printed in 《》 on a line of its own (`《高安市2024年教育工作要点》`, as a news page or an editor sets
    // it) is the title line: read as text, it was the plan's first passage.
    const own = lines.slice(0, limit).findIndex((l) => /^《[^《》]+》$/.test(l.trim()) && l.trim().slice(1, -1) === quoted)
    if (own !== -1 && !isNoticeTitle(lines[own])) titleLine = own
  }
  // A notice that carries no plan of its own title (关于做好…工作的通知 一、二、三、) is titled by itself.
  if (title === null && noticeLine !== null) {
    titleLine = noticeLine
    title = lines[noticeLine]
  }
  // A remark under the title (`（试行）`, a school's term `2025-2026上学期`) is the title's.
  const bodyFrom = titleLine === null ? 0 : titleLine + 1 + (titleLine + 1 < lines.length && isTitleRemark(lines[titleLine + 1]) ? 1 : 0)
  return {
    title,
    titleLine,
    header: { from, to: titleLine ?? from },
    body: { from: bodyFrom, to: withoutTrailingTitle(lines, bodyFrom, title) },
    outline: null,
    partOf: null,
  }
}

/** `附件2` on the line above a plan's title (or its notice) labels that plan: its head, not the plan before's text. */
function attachmentLabelAbove(lines: string[], head: number): number {
  return head > 0 && /^附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?$/.test(lines[head - 1].trim()) ? head - 1 : head
}

/** How far below its notice's title a plan's title may stand: addressees, a few numbered requirements, a signature. */
const MAX_NOTICE_LINES = 20
/** Lines between a plan's title and its first chapter or clause: a preamble, an issuer, a date. */
const MAX_TITLE_TO_BODY = 4

/**
 * The plan's own title below a notice that numbers lines of its own: the plan the notice names in 《》, or another
 * title that is no notice's, with a chapter or clause within a few lines under it.
 */
function titleBelowNotice(lines: string[], noticeLine: number): number | null {
  const named = new Set([...lines[noticeLine].matchAll(/《([^》]+)》/g)].map((m) => m[1]))
  for (let i = noticeLine + 1; i < Math.min(lines.length, noticeLine + MAX_NOTICE_LINES); i++) {
    if (!isTitleLike(lines[i]) || isNoticeTitle(lines[i])) continue
    const opens = lines.slice(i + 1, i + 1 + MAX_TITLE_TO_BODY).some((l) => {
      const kind = readLineMarker(l)?.kind
      return kind === 'chapter' || kind === 'clause'
    })
    if (named.has(lines[i]) || opens) return opens ? i : null
  }
  return null
}

/** How close to the end a repeat of the title is page furniture (a template site prints it again below the text). */
const TRAILING_TITLE_WINDOW = 3

/**
 * The end of the body without the title printed again among its last lines, when nothing of a plan's text follows
 * it. With text under it, the repeat is a running header over a page's text or an attachment's title over its own
 * (`附件` / the title / `3.…`): in a short document those lie within the window, and the body stopped at them,
 * losing the chapters and clauses under them.
 */
function withoutTrailingTitle(lines: string[], from: number, title: string | null): number {
  let to = lines.length
  for (let i = lines.length - 1; title && i >= Math.max(from, lines.length - TRAILING_TITLE_WINDOW); i--) {
    if (lines[i] === title && !lines.slice(i + 1).some(plansText)) to = i
  }
  return to
}

/** A line a plan's text holds and page furniture does not: a numbered line or a sentence. */
const plansText = (line: string) => readLineMarker(line) !== null || SENTENCE_STOP.test(line)

function splitCompilation(lines: string[], tocBlocks: TocBlock[]): PlanSegment[] {
  const titles = mergeTocTitles(tocBlocks)
  const count = titles.length
  const inToc = (i: number) => tocBlocks.some((b) => i >= b.from && i < b.to)
  const compilationLine = lines.findIndex(isCompilationTitle)
  const compilationTitle = compilationLine === -1 ? titles.filter(Boolean).join(' / ') : lines[compilationLine]
  const skip = (i: number) => inToc(i) || i === compilationLine || /^目\s*录$/.test(lines[i])

  // Title lines of the bodies: lines equal to a TOC title, taken in order so that repeated titles pair up; its remark
  // (`（试行）`) in the contents and not on the title's line (set on the line under it, or left out) is the same title.
  const titleLines: (number | null)[] = titles.map(() => null)
  let searchFrom = 0
  for (let k = 0; k < count; k++) {
    if (!titles[k]) continue
    const key = withoutRemark(titles[k])
    for (let i = searchFrom; i < lines.length; i++) {
      if (!skip(i) && (lines[i] === titles[k] || withoutRemark(lines[i]) === key)) {
        titleLines[k] = i
        searchFrom = i + 1
        break
      }
    }
  }
  const starts = titleLines.filter((i): i is number => i !== null).sort((a, b) => a - b)
  // Each plan's letterhead, 文号 or notice above its title is its head (plan-notice.ts), never in the contents.
  const heads = new Map(
    starts.map((t, k) => {
      let from = k === 0 ? 0 : starts[k - 1] + 1
      for (let i = t - 1; i >= from; i--) if (skip(i)) from = i + 1
      return [t, attachmentLabelAbove(lines, documentStart(lines, from, t))]
    }),
  )
  const bodyEnd = (from: number) => {
    const nextTitle = starts.find((s) => s > from)
    const next = nextTitle === undefined ? undefined : heads.get(nextTitle)
    const stops = [next ?? lines.length, ...tocBlocks.map((b) => b.from).filter((f) => f > from)]
    if (compilationLine > from) stops.push(compilationLine)
    return Math.min(...stops)
  }
  // The remark under a body's title is the title's, not its text.
  const remarked = (t: number) => t + 1 < lines.length && isTitleRemark(lines[t + 1])
  const bodies: (LineRange | null)[] = titleLines.map((t) => (t === null ? null : { from: t + (remarked(t) ? 2 : 1), to: bodyEnd(t) }))
  const inBody = (i: number) => bodies.some((b) => b !== null && i >= b.from - 1 && i < b.to)

  const outlines = assignOutlines(collectOutlineBlocks(lines, (i) => skip(i) || inBody(i)), bodies, lines)

  const segments: PlanSegment[] = []
  for (let k = 0; k < count; k++) {
    if (!bodies[k] && !outlines[k]) continue
    segments.push({
      title: titles[k] || null,
      titleLine: titleLines[k],
      header: { from: titleLines[k] === null ? 0 : heads.get(titleLines[k]!)!, to: titleLines[k] ?? 0 },
      body: bodies[k],
      outline: outlines[k],
      partOf: { title: compilationTitle, index: k + 1, count },
    })
  }
  return segments
}

/** Runs of heading-only lines outside bodies, cut into one block per outline (each restarts at chapter 一). */
function collectOutlineBlocks(lines: string[], taken: (i: number) => boolean): string[][] {
  const blocks: string[][] = []
  let current: string[] | null = null
  for (let i = 0; i < lines.length; i++) {
    if (taken(i)) {
      current = null
      continue
    }
    const marker = readLineMarker(lines[i])
    const headingOnly = marker !== null && marker.kind !== 'ordinal-intro' && !/[。；;]/.test(marker.rest) && marker.rest.length <= 60
    if (!headingOnly) {
      current = null
      continue
    }
    if (marker.kind === 'chapter' && marker.ordinal === 1) {
      current = []
      blocks.push(current)
    }
    current?.push(lines[i])
  }
  return blocks.filter((b) => b.some((l) => readLineMarker(l)?.kind === 'clause'))
}

/**
 * Pairs outline blocks with plans: a block whose clause headings mostly reappear in a plan's body belongs
 * to that plan; the others follow the table-of-contents order.
 */
function assignOutlines(blocks: string[][], bodies: (LineRange | null)[], lines: string[]): (string[] | null)[] {
  const result: (string[] | null)[] = bodies.map(() => null)
  const bodyHeadings = bodies.map((b) => (b ? new Set(clauseRests(lines.slice(b.from, b.to))) : new Set<string>()))
  let pointer = 0
  for (const block of blocks) {
    const heads = clauseRests(block)
    let best = -1
    let bestShare = 0
    bodyHeadings.forEach((set, k) => {
      if (result[k]) return
      const share = heads.filter((h) => [...set].some((b) => b.startsWith(h))).length / Math.max(1, heads.length)
      if (share > bestShare) {
        bestShare = share
        best = k
      }
    })
    let target = bestShare >= 0.5 ? best : -1
    if (target === -1) {
      while (pointer < bodies.length && (result[pointer] || bodies[pointer])) pointer++
      target = pointer < bodies.length ? pointer : -1
    }
    if (target === -1) continue
    result[target] = block
    pointer = Math.max(pointer, target + 1)
  }
  return result
}

function clauseRests(lines: string[]): string[] {
  const rests: string[] = []
  for (const line of lines) {
    const marker = readLineMarker(line)
    if (marker?.kind === 'clause') rests.push(marker.rest.replace(/[。；;].*$/, ''))
  }
  return rests
}

/** A title without the remark it may end in and without spaces: `某市…管理办法（试行）` is `某市…管理办法`. */
function withoutRemark(title: string): string {
  return title.replace(/\s+/g, '').replace(/[（(](?:试行|暂行|修订|修订稿|征求意见稿|送审稿|草案)[)）]$/, '')
}
