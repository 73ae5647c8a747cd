/**
 * A compilation without a table of contents: plans printed one after another, each opened by its title line
 * and starting its chapters at 一 again (甲县教育局2024年教育工作要点 / 一、… / 乙县教育局2024年教育工作要点 /
 * 一、…). Read as one plan, the second plan's clauses would follow the first's (1, 2, 3, 3, 3) under one title.
 *
 * A title line opens a plan here when a first chapter (一、, 第一章, 第一部分) follows within a few lines. One
 * plan with a second title inside it is common (a notice's title over the plan's), so the sequence counts only
 * when it is unmistakable: three such titles, two under a compilation's own title (汇编, 选编, 合集), or two
 * different titles where the first plan is signed off, its date the line right above the second title (a web page
 * that prints a county's plan and then a neighbour's), or two a notice above them issues by name (its 附件1 and 附件2),
 * or two an essay site counts as its page's articles (篇1, 篇2), or two titles naming different places or years, or
 * a second title under its own 印发 notice (a second red-headed document, even of the same title), or two each under
 * its own attachment label (附件1, 附件2).
 * A compilation may number its plans (`一、荆门市教育局2024年工作要点` / `一、…` / `二、沙洋县教育局2024年教育工作要点` / `一、…`):
 * such a line opens a plan only when its words are a whole plan title naming a place or bureau and a year, and its own
 * chapters start under it; `二、工作要点` or `三、2024年重点工作` stays the chapter it is.
 * Pure: lines in, the title lines' indices out (empty when the file is not such a compilation).
 */
import { placeInName } from '../metadata/gazetteer.js'
import { planYearIn } from '../metadata/head-text.js'
import { EDUCATION_BUREAU } from './bureau-names.js'
import { documentStart } from './plan-notice.js'
import { isSignatureLine } from './signature-lines.js'
import { readLineMarker } from './line-markers.js'
import { hasArticleCount, isCompilationTitle, isNoticeTitle, isTitleLike } from './title-line.js'

/** Lines between a plan's title and its first chapter: an issuer, a 文号, a date, one sentence of preamble. */
const MAX_LINES_TO_FIRST_CHAPTER = 4
/** Where a compilation's own title stands. */
const COMPILATION_HEAD_LINES = 5

/** A plan's own title: no notice's title over it, no compilation's. */
const isPlanTitle = (line: string) => isTitleLike(line) && !isNoticeTitle(line) && !isCompilationTitle(line)

const BUREAU = new RegExp(EDUCATION_BUREAU)

/**
 * The plan title a compilation numbers as its entry (`二、沙洋县教育局2024年教育工作要点` → its words after 二、), or null.
 * Its words must name whose plan it is and for which year: a chapter's own heading names neither.
 */
export function numberedPlanTitle(line: string): string | null {
  const marker = readLineMarker(line)
  if (marker?.kind !== 'chapter') return null
  const title = marker.rest.trim()
  if (!isPlanTitle(title) || planYearIn(title) === null) return null
  return placeInName(title) !== null || BUREAU.test(title) ? title : null
}

const opensPlan = (line: string) => isPlanTitle(line) || numberedPlanTitle(line) !== null

export function planSequence(lines: string[]): number[] {
  const starts: number[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!opensPlan(lines[i])) continue
    for (let k = i + 1; k <= Math.min(lines.length - 1, i + MAX_LINES_TO_FIRST_CHAPTER); k++) {
      // The next numbered title (`一、…要点` after a contents line `三、…要点`) is no chapter of this plan.
      if (numberedPlanTitle(lines[k]) !== null) break
      const marker = readLineMarker(lines[k])
      if (marker?.kind === 'chapter' && marker.ordinal === 1) {
        starts.push(i)
        break
      }
      if (opensPlan(lines[k])) break
    }
  }
  const underCompilation = lines.slice(0, COMPILATION_HEAD_LINES).some(isCompilationTitle)
  if (starts.length >= 3 || (starts.length === 2 && underCompilation)) return starts
  // Titles the compilation numbers in turn (一、 then 二、): its entries, though one bureau's of one year.
  if (numberedInTurn(lines, starts)) return starts
  // An essay site counts the articles it prints on one page (`幼儿园工作计划 篇1`, `… 篇2`): each is a plan of its own.
  if (starts.length === 2 && starts.every((i) => hasArticleCount(lines[i]))) return starts
  if (starts.length !== 2) return []
  // A second red-headed document (its letterhead, 文号 or 印发 notice over it) is a plan of its own, whatever its title.
  if (documentStart(lines, starts[0] + 1, starts[1]) < starts[1]) return starts
  // Two titles each under its own attachment label (`附件1`, `附件2`): two documents a notice sent together.
  if (attachmentLabels(lines, starts)) return starts
  if (lines[starts[0]] === lines[starts[1]]) return []
  return signedOffAbove(lines, starts[1]) || namedByNotice(lines, starts) || anotherPlacesOrYears(lines[starts[0]], lines[starts[1]]) ? starts : []
}

/** Whether every title is a numbered plan title, their numbers running on by one (`一、…要点`, `二、…要点`). */
function numberedInTurn(lines: string[], starts: number[]): boolean {
  const ordinals = starts.map((i) => {
    const marker = readLineMarker(lines[i])
    return numberedPlanTitle(lines[i]) !== null && marker?.kind === 'chapter' ? marker.ordinal : null
  })
  return starts.length >= 2 && ordinals.every((n, k) => n !== null && (k === 0 || n === (ordinals[k - 1] ?? 0) + 1))
}

const ATTACHMENT_LABEL = /^附件\s*([0-9０-９一二三四五六七八九十]{1,3})\s*[:：]?$/

/** Whether the line above each title is an attachment label, each of its own number. */
function attachmentLabels(lines: string[], starts: number[]): boolean {
  const numbers = starts.map((i) => (i > 0 ? ATTACHMENT_LABEL.exec(lines[i - 1].trim())?.[1] : undefined))
  return numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length
}

/**
 * Whether two titles name plans of different places or years (`宜昌市教育局2024年工作要点` over `襄阳市…`, `…2023年…`
 * over `…2024年…`): another document, never the same plan's title printed again.
 */
function anotherPlacesOrYears(first: string, second: string): boolean {
  const [a, b] = [placeInName(first), placeInName(second)]
  if (a && b && (a.name !== b.name || a.kind !== b.kind)) return true
  const [x, y] = [planYearIn(first), planYearIn(second)]
  return x !== null && y !== null && x.year !== y.year
}

/**
 * Whether a notice above the first plan issues both by name (`关于印发《…教育工作要点》和《…党建工作要点》的通知`,
 * the plans then its 附件1 and 附件2): two plans, not a plan with a second title inside it.
 */
function namedByNotice(lines: string[], starts: number[]): boolean {
  const titles = starts.map((i) => numberedPlanTitle(lines[i]) ?? lines[i].trim())
  return lines.slice(0, starts[0]).some((line) => {
    if (!isNoticeTitle(line)) return false
    const named = new Set([...line.matchAll(/《([^》]+)》/g)].map((m) => m[1].trim()))
    return titles.every((t) => named.has(t))
  })
}

/** Whether the last line with text above `title` dates a signature (`2024年3月4日`, `二〇二四年三月四日`). */
function signedOffAbove(lines: string[], title: number): boolean {
  const above = lines.slice(0, title).findLast((l) => l.trim() !== '')
  return above !== undefined && above.includes('年') && isSignatureLine(above.trim())
}
