/**
 * Decides what each numbering level of a plan is, from what the plan contains: which level numbers its
 * clauses (the unit the portal indexes), which are chapters and sections above it, which are items inside it.
 * `一、 → （一） → 1.` numbers clauses with `1.`; `一、 → （一）` with no arabic level numbers them with `（一）`;
 * a regulation numbers them `第一条` continuously across its chapters, whatever lists its articles hold.
 */
import type { LevelRole, PlanLevel } from '../types.js'
import { readLineMarker } from './line-markers.js'
import { acceptSequences, findCandidates, KIND_LABEL, RANK, type MarkerKind, type TextMarker } from './numbering.js'

export interface LineNumbering {
  /** Line index → the accepted marker that opens it, with `end` relative to the line. */
  markers: Map<number, TextMarker>
  roles: Map<MarkerKind, LevelRole>
  clauseKind: MarkerKind | null
  levels: PlanLevel[]
}

/** Reads the markers that open lines, keeps those that continue their sequences, and gives each level its role. */
export function readLineNumbering(lines: string[]): LineNumbering {
  const candidates: (TextMarker & { line: number })[] = []
  lines.forEach((line, i) => {
    const first = findCandidates(line).find((c) => c.context === 'line-start')
    if (first) candidates.push({ ...first, line: i })
    else {
      // `27构建…`: a number glued to its text, a clause only as the very next number.
      const bare = readLineMarker(line)
      if (bare?.kind === 'clause' && bare.style === 'bare') {
        candidates.push({ kind: 'arabic', number: bare.number, context: 'in-text', at: 0, end: bare.markerLength, label: String(bare.number), line: i })
      }
    }
  })
  const accepted = acceptSequences(candidates)
  const markers = new Map<number, TextMarker>()
  const counts = new Map<MarkerKind, number>()
  candidates.forEach((c, i) => {
    if (!accepted[i]) return
    markers.set(c.line, c)
    counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1)
  })
  const clauseKind = chooseClauseKind(counts, arabicUnderSections([...markers.values()]))
  const roles = new Map<MarkerKind, LevelRole>()
  for (const kind of counts.keys()) roles.set(kind, roleOf(kind, clauseKind))
  const levels = [...counts.entries()]
    .sort(([a], [b]) => RANK[a] - RANK[b])
    .map(([kind, count]) => ({ marker: KIND_LABEL[kind], role: roles.get(kind)!, count }))
  return { markers, roles, clauseKind, levels }
}

/**
 * The clause level: articles when there are any, else the arabic level, else the deepest Chinese one.
 * An arabic level that only lists points inside a few （一） items (the other （一） items have none, and no
 * arabic item stands outside them) is a list inside clauses: the （一） items are the clauses then.
 */
export function chooseClauseKind(counts: Map<MarkerKind, number>, arabic: ArabicPlacement = { sectionsWith: 0, outside: 1 }): MarkerKind | null {
  const n = (k: MarkerKind) => counts.get(k) ?? 0
  if (n('article') >= 2) return 'article'
  const listsInside = n('cn-paren') >= 2 && arabic.outside === 0 && arabic.sectionsWith * 2 < n('cn-paren')
  if (n('arabic') >= 2 && !listsInside) return 'arabic'
  if (n('cn-paren') >= 2) return 'cn-paren'
  if (n('arabic-paren') >= 2) return 'arabic-paren'
  if (n('arabic') >= 1) return 'arabic'
  if (n('article') >= 1) return 'article'
  return null
}

export interface ArabicPlacement {
  /** （一） items that have arabic items under them. */
  sectionsWith: number
  /** Arabic items under no （一） item. */
  outside: number
}

function arabicUnderSections(markers: TextMarker[]): ArabicPlacement {
  let inSection = false
  let counted = false
  let sectionsWith = 0
  let outside = 0
  for (const m of markers) {
    if (m.kind === 'cn-paren') {
      inSection = true
      counted = false
    } else if (RANK[m.kind] < RANK['cn-paren']) inSection = false
    else if (m.kind === 'arabic') {
      if (!inSection) outside++
      else if (!counted) {
        sectionsWith++
        counted = true
      }
    }
  }
  return { sectionsWith, outside }
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
