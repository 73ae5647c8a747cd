/**
 * A PDF's running header on pages that print no page number: the title or the issuer repeated at the top of
 * every page (`池州市2024年教育工作要点`, `××市教育局文件`), which text extraction leaves between the last line of
 * one page and the first of the next, often with blank lines around it and often in the middle of a sentence
 * (`开展教育系统群众身边不正之风` / `池州市2024年教育工作要点` / `和腐败问题集中整治`). Without a page number beside it
 * (running-header.ts) the line is known by the page template alone, so every sign must agree, because a line
 * that repeats may be real text (the plan's title heading a chapter again, `加强党的建设` said twice):
 * - it is short, no sentence, no numbered heading, no page number, no date;
 * - it stands at least three times, the copies about a page apart: as much text between each two of them,
 *   within a factor of MAX_PAGE_RATIO, and never less than MIN_PAGE characters;
 * - at each copy the text reads on as one: the line before it ends a paragraph, is a heading or a row of a task
 *   table printed one row a line, or the line after it continues the sentence the line before broke off
 *   (join-lines.ts);
 * - and the line is the document's own title or issuer (it stands in the head), or one copy does cut a
 *   sentence: a heading never stands in the middle of one.
 * The copy in the head is the real title (or letterhead) and stays; a copy that a date follows is the issuer
 * signing the last page, counted nowhere and kept. Pure.
 */
import { readLineMarker } from '../structure/line-markers.js'
import { isPageNumberLine } from './furniture.js'
import { shouldJoin } from './join-lines.js'
import { rowNumber } from '../structure/task-rows.js'
import { HEAD_LINES, isHeaderShaped } from './header-shape.js'

const DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/
const MIN_COPIES = 3
/** A page holds far more text than this: a line repeated closer is no page's header. */
const MIN_PAGE = 100
/** Pages hold about as much text each; a chapter starting on a new page may leave one half full. */
const MAX_PAGE_RATIO = 2.5
/** The end of a paragraph: a sentence closed, quotes and brackets looked through. */
const PARAGRAPH_END = /[。！？；!?;…][”’」』》"')）]*$/

/**
 * Indexes of the running-header copies among the trimmed lines of a text (blank lines and page numbers looked
 * through, `barePageNumbers` too: numbers alone that bare-page-numbers.ts found to count the pages).
 */
export function repeatedHeaderLines(lines: string[], barePageNumbers: ReadonlySet<number> = new Set()): Set<number> {
  const isPage = (i: number) => barePageNumbers.has(i) || isPageNumberLine(lines[i])
  const text = [...lines.keys()].filter((i) => lines[i] !== '' && !isPage(i))
  const at = new Map<string, number[]>()
  text.forEach((i, k) => {
    const line = lines[i]
    if (DATE.test(line) || !isHeaderShaped(line)) return
    if (DATE.test(lines[text[k + 1]] ?? '')) return
    // Pushed, not copied: a copy of the places at each line made 100 000 repeated lines quadratic (74 s).
    const places = at.get(line)
    if (places) places.push(k)
    else at.set(line, [k])
  })
  // The head ends where the body's numbering begins, and within HEAD_LINES: a subheading under 一、 is no title.
  const numbered = text.findIndex((i) => readLineMarker(lines[i]) !== null)
  const headEnd = numbered === -1 ? HEAD_LINES : Math.min(numbered, HEAD_LINES)
  /** The copies to drop of a header at these places (one line's, or two alternating lines' merged); null when it is none. */
  const copiesOf = (places: number[], inHead: (k: number) => boolean): number[] | null => {
    if (places.length < MIN_COPIES || !evenlySpaced(places.map((k) => text[k]), lines, isPage)) return null
    const copies = places.filter((k) => !inHead(k))
    const around = copies.map((k) => ({ before: lines[text[k - 1]] ?? '', after: lines[text[k + 1]] ?? '' }))
    if (!around.every(({ before, after }) => after !== '' && (endsParagraph(before) || shouldJoin(before, after)))) return null
    if (copies.length === places.length && !around.some(({ before, after }) => shouldJoin(before, after))) return null
    return copies
  }
  const headers = new Set<number>()
  for (const places of at.values()) {
    for (const k of copiesOf(places, (k) => k === places[0] && k < headEnd) ?? []) headers.add(text[k])
  }
  // A document printed for both sides may head its odd pages with one line and its even pages with another (the
  // issuer, the title): each then stands every other page only, too few times alone, but the two together stand
  // on every page, one after the other. The head, where both may stand, counts once, by the copy nearest the body.
  for (const [a, b] of alternatingPairs(at, headEnd)) {
    const head = [...a, ...b].filter((k) => k < headEnd).sort((x, y) => x - y).slice(-1)
    const body = [...a, ...b].filter((k) => k >= headEnd).sort((x, y) => x - y)
    for (const k of copiesOf([...head, ...body], (k) => k < headEnd) ?? []) headers.add(text[k])
  }
  return headers
}

/**
 * Pairs of lines, each standing at least twice, whose copies after the head alternate: one, the other, one again …
 * Each line is paired with the one whose copy stands first after its own first copy, so each is looked at once.
 */
function alternatingPairs(at: Map<string, number[]>, headEnd: number): [number[], number[]][] {
  const repeated = [...at.values()].filter((places) => places.length >= 2 && places.some((k) => k >= headEnd))
  const owner = new Map<number, number[]>()
  for (const places of repeated) for (const k of places) if (k >= headEnd) owner.set(k, places)
  const order = [...owner.keys()].sort((x, y) => x - y)
  const rank = new Map(order.map((k, n) => [k, n]))
  const pairs: [number[], number[]][] = []
  for (const a of repeated) {
    const first = a.find((k) => k >= headEnd)!
    const b = owner.get(order[rank.get(first)! + 1])
    if (!b || b === a || b.find((k) => k >= headEnd)! < first) continue
    const body = [...a, ...b].filter((k) => k >= headEnd).sort((x, y) => x - y)
    if (body.every((k, n) => n === 0 || owner.get(k) !== owner.get(body[n - 1]))) pairs.push([a, b])
  }
  return pairs
}

/** Whether as much text, about a page, stands between each two of the line's places. */
function evenlySpaced(places: number[], lines: string[], isPage: (i: number) => boolean): boolean {
  const gaps = places.slice(1).map((to, n) => {
    let sum = 0
    for (let i = places[n] + 1; i < to; i++) if (!isPage(i)) sum += lines[i].length
    return sum
  })
  const least = Math.min(...gaps)
  return least >= MIN_PAGE && Math.max(...gaps) <= least * MAX_PAGE_RATIO
}

/** A line after which a page may start anew: a closed sentence, a chapter or section heading, a row of a task table. */
function endsParagraph(line: string): boolean {
  const marker = readLineMarker(line)
  return PARAGRAPH_END.test(line) || marker?.kind === 'chapter' || marker?.kind === 'section' || rowNumber(line) !== null
}
