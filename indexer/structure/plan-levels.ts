/**
 * Decides what each numbering level of a plan is, from what the plan contains: which level numbers its
 * clauses (the unit the portal indexes), which are chapters and sections above it, which are items inside it.
 * `一、 → （一） → 1.` numbers clauses with `1.`; `一、 → （一）` with no arabic level numbers them with `（一）`;
 * a notice numbered `一、二、三、` only numbers its clauses with them;
 * a regulation numbers them `第一条` continuously across its chapters, whatever lists its articles hold.
 */
import type { LevelRole, PlanLevel } from '../types.js'
import { readLineMarker, runsOnPastHeading } from './line-markers.js'
import { acceptSequences, findCandidates, KIND_LABEL, RANK, type MarkerKind, type TextMarker } from './numbering.js'
import { breakLines } from './marker-lines.js'
import { partItemsAsClauses } from './part-items.js'

export interface LineNumbering {
  /** The text's lines, with every accepted marker at the start of a line. */
  lines: string[]
  /** Line index → the accepted marker that opens it, with offsets relative to the line. */
  markers: Map<number, TextMarker>
  roles: Map<MarkerKind, LevelRole>
  clauseKind: MarkerKind | null
  levels: PlanLevel[]
}

/**
 * Finds the markers of a plan's text, keeps those that continue their sequences, and gives each level its role.
 * `chapterStarts` are offsets of chapter titles printed without a number (unnumbered-headings.ts): every
 * numbering may start again at 1 after one, as it may under a numbered chapter. `titleNumbers` are offsets of the
 * numbers such titles print all the same, read as no marker.
 */
export function readNumbering(text: string, chapterStarts: number[] = [], titleNumbers: number[] = []): LineNumbering {
  // A chapter title that prints its number in the form of the clauses under it (repeated-number-titles.ts) numbers
  // no clause: its number is the title's.
  const candidates = withBareMarkers(text, findCandidates(text)).filter((c) => !titleNumbers.includes(c.at))
  const accepted = acceptInChapters(candidates, text, chapterStarts)
  const { lines, markers: firstMarkers } = breakLines(text, candidates.filter((_, i) => accepted[i]))
  const counts = new Map<MarkerKind, number>()
  for (const m of firstMarkers.values()) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1)
  const picked = chooseClauseKind(counts, [...firstMarkers.values()])
  const titled = picked === 'arabic' ? itemsUnderArabicTitles(lines, firstMarkers) : null
  const chosen = picked === 'arabic' && pointsInsideItems(lines, firstMarkers) ? 'cn' : (titled ?? picked)
  // `一、指导思想` over paragraphs of prose: chapters without clause numbering, not clauses (see clause-splitter.ts).
  const clauseKind = chosen === 'cn' && headsProse(lines, firstMarkers, 'cn') ? null : chosen
  const roles = new Map<MarkerKind, LevelRole>()
  for (const kind of counts.keys()) roles.set(kind, roleOf(kind, clauseKind))
  if (clauseKind === 'decimal' || clauseKind === 'decimal-deep') outlineRoles(roles, clauseKind)
  if (titled) roles.set('arabic', 'chapter')
  // 第一部分 2023年工作回顾 … 第二部分 2024年工作要点 over 一、 chapters that start again in each part: the parts
  // are a level above the chapters, not chapters that the next 一、 would replace (and its title with it).
  if (roles.get('chapter-word') === 'chapter' && roles.get('cn') === 'chapter') roles.set('chapter-word', 'part')
  // 第三部分 保障措施 over 一、…。 items with nothing under them: the part's clauses, not chapters (part-items.ts).
  const markers = partItemsAsClauses(lines, firstMarkers, roles, clauseKind)
  if (markers !== firstMarkers) recountKinds(counts, markers)
  const levels = [...counts.entries()]
    .sort(([a], [b]) => RANK[a] - RANK[b])
    .map(([kind, count]) => ({ marker: levelLabel(kind, [...firstMarkers.values()]), role: roles.get(kind)!, count }))
  return { lines, markers, roles, clauseKind, levels }
}

/** The counts of each kind, read again from markers some of which now stand at another level. */
function recountKinds(counts: Map<MarkerKind, number>, markers: Map<number, TextMarker>): void {
  counts.clear()
  for (const m of markers.values()) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1)
}

/**
 * `（一）全面加强党的建设` over 1. clauses in a plan that prints no 一、 or 第一章 above them: its （一） （二） … items head
 * the plan's chapters, not sections of chapters it lacks. For a plan whose chapters no title heads either
 * (unnumbered-headings.ts), which would otherwise hold those sections.
 */
export function sectionsAsChapters(numbering: LineNumbering): LineNumbering {
  const roles = [...numbering.roles.values()]
  if (numbering.roles.get('cn-paren') !== 'section' || roles.some((r) => r === 'chapter' || r === 'part') || numbering.roles.has('section-word')) return numbering
  // Chapters from （一） on: a lone （五） over clauses 26–28 is a section of an excerpt whose chapters are elsewhere.
  const items = [...numbering.markers.values()].filter((m) => m.kind === 'cn-paren')
  if (items.length < 2 || items[0].number !== 1) return numbering
  return {
    ...numbering,
    roles: new Map(numbering.roles).set('cn-paren', 'chapter'),
    levels: numbering.levels.map((l) => (l.role === 'section' ? { ...l, role: 'chapter' } : l)),
  }
}

/** Each unnumbered chapter's markers are read as sequences of their own, as an attachment's are. */
function acceptInChapters(candidates: TextMarker[], text: string, chapterStarts: number[]): boolean[] {
  const cuts = [...chapterStarts].sort((a, b) => a - b)
  const accepted: boolean[] = []
  for (let k = 0, from = 0; k <= cuts.length; k++) {
    let to = from
    while (to < candidates.length && (k === cuts.length || candidates[to].at < cuts[k])) to++
    accepted.push(...acceptSequences(candidates.slice(from, to), text))
    from = to
  }
  return accepted
}

/** A level is printed as the plan prints it when it does so throughout in another form than the usual (`⑴`, not `（1）`). */
function levelLabel(kind: MarkerKind, markers: TextMarker[]): string {
  if (kind === 'chapter-word') {
    // 第一章, 第一部分 or 第一篇, as the plan names its top level; 上篇 for a plan in halves (上篇 / 下篇).
    if (markers.some((m) => m.kind === kind && /^[上中下]篇$/.test(m.label))) return '上篇'
    const words = new Set(markers.filter((m) => m.kind === kind).map((m) => /(章|部分|篇)$/.exec(m.label)?.[1]))
    const [word] = words
    return words.size === 1 && word ? `第一${word}` : KIND_LABEL[kind]
  }
  const forms = new Set(markers.filter((m) => m.kind === kind).map((m) => m.printed))
  const [only] = forms
  return forms.size === 1 && only ? only : KIND_LABEL[kind]
}

/**
 * Adds `27构建…` markers, a number glued to its text at a line start: a clause only as the very next number
 * (judged as glued to words, with no text to look back at).
 */
const BARE_START = /^\d{1,3}[ \t\u3000\u00a0]*[\u4e00-\u9fff]/

function withBareMarkers(text: string, candidates: TextMarker[]): TextMarker[] {
  const bare: TextMarker[] = []
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    if (!BARE_START.test(text.slice(at, at + 8))) continue
    const lineEnd = text.indexOf('\n', at)
    const marker = readLineMarker(text.slice(at, lineEnd === -1 ? undefined : lineEnd))
    // A decimal outline's `1 全面加强党的领导` is already its chapter marker there.
    if (marker?.kind === 'clause' && marker.style === 'bare' && !candidates.some((c) => c.at === at)) {
      bare.push({ kind: 'arabic', number: marker.number, context: 'in-text', bare: true, at, end: at + marker.markerLength, label: String(marker.number) })
    }
  }
  if (bare.length === 0) return candidates
  return [...candidates, ...bare].sort((a, b) => a.at - b.at)
}

/** Levels below 1. that number a plan's clauses only when nothing above them does, or when they run on past （一）. */
const LOWER_KINDS: MarkerKind[] = ['arabic-paren', 'arabic-half-paren', 'circled']

/**
 * The clause level: articles when there are any, else the arabic level, else the deepest Chinese one.
 * A level that only lists points inside a few items of the level above it (the other items have none, and none
 * of its points stands outside them) is a list inside clauses: an arabic level under （一）, or （1） 1) ① under the
 * 一、 items of a notice, leaves the items above it the clauses.
 * A lower level (（1） 1) ①) under （一） is a list inside each （一） clause while it starts again at 1 under
 * every one; numbering that runs on from one （一） into the next numbers the plan's clauses. A list before the first
 * chapter that no chapter goes on with (the year's targets, 1. 2. 3.) numbers none of them.
 */
export function chooseClauseKind(counts: Map<MarkerKind, number>, markers: TextMarker[]): MarkerKind | null {
  const n = (k: MarkerKind) => counts.get(k) ?? 0
  const listedInside = (kind: MarkerKind, parent: MarkerKind) => {
    const placement = placementUnder(markers, parent, kind)
    return n(parent) >= 2 && placement.outside === 0 && placement.parentsWith * 2 < n(parent)
  }
  // `主要目标是：1.… 2.… 3.…` before chapter 一, and no 1. under any chapter, which number their clauses （一）（二）: the
  // list is the preamble's, its items stay in its passage.
  // 1. items under （一） sections that stand before the first 一、 (a printed part of sections, then a part of 一、
  // chapters) are those sections' clauses, no list of a preamble.
  const preambleList = n('cn') >= 2 && n('cn-paren') >= 2 && placementUnder(markers, 'cn', 'arabic').parentsWith === 0 && placementUnder(markers, 'cn-paren', 'arabic').parentsWith === 0
  // `三、重点项目` over a table's rows `1.沈家门幼儿园新建工程。责任科室：…` in a plan whose other chapters number their
  // clauses （一）（二）: 1. items that stand under no （一） and are fewer are a list of their chapter's own, not the
  // level under （一） (which would leave every （一） a section with no clause).
  const besideSections = n('cn-paren') > n('arabic') && placementUnder(markers, 'cn-paren', 'arabic').parentsWith === 0
  if (n('article') >= 2) return 'article'
  // A decimal outline numbers its clauses at its deepest level; a stray `3.2` in a plan numbered 1. is outnumbered.
  const decimal = (['decimal-deep', 'decimal'] as const).find((k) => n(k) >= 2 && n(k) >= n('arabic'))
  if (decimal) return decimal
  if (n('arabic') >= 2 && !listedInside('arabic', 'cn-paren') && !preambleList && !besideSections) return 'arabic'
  const runningOn = LOWER_KINDS.find((k) => n(k) >= 2 && runsOnPastSections(markers, k))
  if (runningOn) return runningOn
  if (n('cn-paren') >= 2) return 'cn-paren'
  const lower = LOWER_KINDS.find((k) => n(k) >= 2 && !listedInside(k, 'cn'))
  if (lower) return lower
  if (n('arabic') >= 1) return 'arabic'
  if (n('article') >= 1) return 'article'
  // A notice whose only numbering is 一、二、三、: its items are its clauses, not chapters without any.
  if (n('cn') >= 2) return 'cn'
  return null
}

/**
 * `1、全面加强党的建设` over `（1）深化理论武装。…`: a plan with no Chinese numbering whose 1. items are all titles, each
 * over items of one lower level (（1） 1) ①), numbers its chapters 1. and its clauses with that level. The level, or
 * null when the 1. items are not such titles.
 */
function itemsUnderArabicTitles(lines: string[], markers: Map<number, TextMarker>): MarkerKind | null {
  const ordered = [...markers.entries()].sort(([a], [b]) => a - b)
  if (ordered.some(([, m]) => RANK[m.kind] < RANK.arabic)) return null
  const titles = ordered.filter(([, m]) => m.kind === 'arabic')
  const lower = ordered.find(([, m]) => LOWER_KINDS.includes(m.kind))?.[1].kind
  if (!lower || titles.length < 2) return null
  const over = titles.every(([i, m]) => HEADING_ONLY.test(lines[i].slice(m.end).trim()) && markers.get(i + 1)?.kind === lower)
  return over ? lower : null
}

/** A heading line: a short title with no sentence in it (`指导思想`, `工作目标：`, `坚持立德树人，促进全面发展`). */
const HEADING_ONLY = /^[^。；;！？!?：:]{2,30}[：:]?$/

/**
 * Whether every item of `kind` is a heading line with prose under it, and the prose runs to more paragraphs than
 * there are headings: the items are chapters of paragraphs. An item with a sentence on its own line
 * (`一、坚持免试就近入学。各地要…`), or headings each over one paragraph, keep numbering the plan's clauses.
 */
function headsProse(lines: string[], markers: Map<number, TextMarker>, kind: MarkerKind): boolean {
  let heads = 0
  let paragraphs = 0
  let under = -1
  for (const [i, line] of lines.entries()) {
    const marker = markers.get(i)
    if (marker?.kind === kind) {
      if (under === 0 || !HEADING_ONLY.test(line.slice(marker.end).trim())) return false
      heads++
      under = 0
    } else if (marker) return false
    else if (under >= 0 && line.trim()) {
      under++
      paragraphs++
    }
  }
  return heads >= 2 && under !== 0 && paragraphs > heads
}

/**
 * `二、抓实课堂教学改革。重点做好以下工作：` over `1.…；` `2.…。`: where every 一、 item is a sentence of its own (it
 * runs on past its heading) and only a few of them introduce 1. points with a colon, the points are a list inside
 * those items, and the 一、 items are the clauses (as in a notice numbered 一、 only). Items that mostly have points,
 * or points introduced otherwise (a chapter's opening sentence ending in 。), leave 1. the clause level.
 */
function pointsInsideItems(lines: string[], markers: Map<number, TextMarker>): boolean {
  const items = [...markers.entries()].filter(([, m]) => m.kind === 'cn')
  if (items.length < 2 || !items.every(([i, m]) => runsOnPastHeading(lines[i].slice(m.end)))) return false
  let withPoints = 0
  let inItem = false
  let counted = false
  for (const [i, m] of [...markers.entries()].sort(([a], [b]) => a - b)) {
    if (m.kind === 'cn') {
      inItem = true
      counted = false
      continue
    }
    if (m.kind !== 'arabic' || !inItem) return false
    if (!counted && !/[：:]$/.test(lines[i - 1].trim())) return false
    if (!counted) withPoints++
    counted = true
  }
  return withPoints >= 1 && withPoints * 2 < items.length
}

/** Where the items of `child` stand relative to the items of `parent`, a level above it. */
export interface Placement {
  /** `parent` items that have `child` items under them. */
  parentsWith: number
  /** `child` items under no `parent` item. */
  outside: number
}

export function placementUnder(markers: TextMarker[], parent: MarkerKind, child: MarkerKind): Placement {
  let inParent = false
  let counted = false
  let parentsWith = 0
  let outside = 0
  for (const m of markers) {
    if (m.kind === parent) {
      inParent = true
      counted = false
    } else if (RANK[m.kind] < RANK[parent]) inParent = false
    else if (m.kind === child) {
      if (!inParent) outside++
      else if (!counted) {
        parentsWith++
        counted = true
      }
    }
  }
  return { parentsWith, outside }
}

/** Whether the first item of `kind` under some （一） continues the number before it (（三） → 4) rather than restarting. */
function runsOnPastSections(markers: TextMarker[], kind: MarkerKind): boolean {
  let inSection = false
  let first = false
  let last = 0
  for (const m of markers) {
    if (m.kind === 'cn-paren') {
      inSection = true
      first = true
    } else if (RANK[m.kind] < RANK['cn-paren']) inSection = false
    else if (m.kind === kind) {
      if (inSection && first && m.number > 1 && m.number === last + 1) return true
      first = false
      last = m.number
    }
  }
  return false
}

/**
 * Above a decimal outline's clauses, its `1.` and `1.1` levels head chapters and sections where no Chinese
 * numbering above them does (`1 全面加强党的领导` › `1.1 强化政治引领` › `1.1.1 …`).
 */
function outlineRoles(roles: Map<MarkerKind, LevelRole>, clauseKind: MarkerKind): void {
  const taken = new Set(roles.values())
  for (const kind of ['arabic', 'decimal'] as const) {
    if (!roles.has(kind) || RANK[kind] >= RANK[clauseKind]) continue
    const role: LevelRole = !taken.has('chapter') ? 'chapter' : !taken.has('section') ? 'section' : 'item'
    roles.set(kind, role)
    taken.add(role)
  }
}

function roleOf(kind: MarkerKind, clauseKind: MarkerKind | null): LevelRole {
  if (kind === clauseKind) return 'clause'
  if (kind === 'chapter-word') return 'chapter'
  if (kind === 'section-word') return 'section'
  if (clauseKind === 'article') return 'item'
  if (kind === 'cn') return 'chapter'
  // Only Chinese numbering heads sections; an arabic or article marker that does not number clauses is text.
  if (kind !== 'cn-paren') return 'item'
  return clauseKind === null || RANK[kind] < RANK[clauseKind] ? 'section' : 'item'
}
