/**
 * Where the ids of a re-read plan went. A plan id is made of the city, year and title the parser reads, so a
 * parser that reads a title better (a trailing 文号 dropped) gives the same file a new plan id, and every link to
 * the plan and its clauses would break. Each build compares the plans of every source file with the previous
 * build's (plans.json, still in the build folder; the text decides that a file holds the same document,
 * same-document.ts) and records old id → new id for the plan and for each of its clauses whose suffix
 * (`-2-5`, `-p1`) the new plan has too. The ledger is carried from build to build in
 * data/build/moved-ids.json, as first-seen.json is: chains collapse (A → B, then B → C gives A → C) and an id
 * that is live again is redirected no more. The server answers an id of the ledger with its live one.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PlanRecord } from './types.js'

export const MOVED_IDS_FILE = 'moved-ids.json'

/** old id (plan or clause) → the live id it now has. */
export type MovedIds = Map<string, string>

type PlanSide = Pick<PlanRecord, 'id' | 'source' | 'contentHash'>

/** The ledger of the build in the folder; none before the first build, and a damaged one starts again empty. */
export function readMovedIds(buildDir: string): MovedIds {
  const path = join(buildDir, MOVED_IDS_FILE)
  if (!existsSync(path)) return new Map()
  try {
    const entries = Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)
    return new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'))
  } catch {
    return new Map()
  }
}

/** The plans of the build about to be replaced (only what pairing needs); none when there is no readable one. */
export function readPreviousPlans(plansFile: string): PlanSide[] {
  if (!existsSync(plansFile)) return []
  try {
    const plans = JSON.parse(readFileSync(plansFile, 'utf8')) as PlanSide[]
    return Array.isArray(plans) ? plans.filter((p) => typeof p?.id === 'string' && typeof p.source?.file === 'string') : []
  } catch {
    return []
  }
}

/** Of the [old, new] pairs of one file, those that are the same document (same-document.ts); all when not asked. */
export type SameDocument = (pairs: [string, string][]) => [string, string][]

/**
 * Which previous plan each plan of this build is, as [old plan id, new plan id] where the id changed. The same
 * cleaned text is the same plan whatever its file; otherwise the plans of one source file are paired in the
 * order the file gives them when it gives as many as before, and `same` finds them one document. A file that now
 * gives more or fewer plans (a compilation split otherwise) has no order to go by: each old plan is tried against
 * each new one, and a pair `same` finds one document is kept, each plan in one pair at most (at the threshold
 * of same-document.ts a text shares half its grams with at most one of the parts it was split into). Without
 * `same` (no texts) such a file stays unpaired.
 */
export function pairPlans(previous: readonly PlanSide[], current: readonly PlanSide[], same?: SameDocument): [string, string][] {
  const pairs: [string, string][] = []
  const pairedOld = new Set<string>()
  const pairedNew = new Set<string>()
  const byHash = new Map(previous.map((p) => [p.contentHash, p.id]))
  for (const plan of current) {
    const old = byHash.get(plan.contentHash)
    if (old === undefined || pairedOld.has(old)) continue
    pairs.push([old, plan.id])
    pairedOld.add(old)
    pairedNew.add(plan.id)
  }
  const before = byFile(previous)
  const byName: [string, string][] = []
  const crossed: [string, string][] = []
  for (const [file, now] of byFile(current)) {
    const then = before.get(file)
    if (!then) continue
    if (then.length === now.length) {
      now.forEach((id, i) => {
        if (pairedNew.has(id) || pairedOld.has(then[i]) || id === then[i]) return
        byName.push([then[i], id])
      })
      continue
    }
    const live = new Set(now)
    for (const old of then) {
      if (pairedOld.has(old) || live.has(old)) continue
      for (const id of now) if (!pairedNew.has(id) && !then.includes(id)) crossed.push([old, id])
    }
  }
  // Without texts to compare, a file's plans pair by order alone, and a file whose count changed stays unpaired.
  const sameByOrder = same ?? ((p: [string, string][]) => p)
  return [...pairs.filter(([old, id]) => old !== id), ...sameByOrder(byName), ...(same ? oneToOne(same(crossed)) : [])]
}

/** The pairs in order, leaving out any whose old or new plan an earlier pair has. */
function oneToOne(pairs: readonly [string, string][]): [string, string][] {
  const olds = new Set<string>()
  const news = new Set<string>()
  return pairs.filter(([old, id]) => {
    if (olds.has(old) || news.has(id)) return false
    olds.add(old)
    news.add(id)
    return true
  })
}

function byFile(plans: readonly PlanSide[]): Map<string, string[]> {
  const files = new Map<string, string[]>()
  for (const p of plans) {
    const ids = files.get(p.source.file)
    if (ids) ids.push(p.id)
    else files.set(p.source.file, [p.id])
  }
  return files
}

export interface MoveInput {
  previousPlans: readonly PlanSide[]
  plans: readonly PlanSide[]
  /** Every record id of this build, in any order: each begins with its plan's id. */
  liveIds: readonly { id: string; planId: string }[]
  /** Whether a clause id was ever indexed here (the first-seen ledger holds every one). */
  wasIndexed: (clauseId: string) => boolean
  /** Which plans paired by their file name are the same document; all when absent. */
  sameDocument?: SameDocument
}

export interface MovedUpdate {
  /** The ledger to write with this build. */
  ledger: MovedIds
  /** The plans this build renamed, [old id, new id]: the indexer's summary names them. */
  plans: [string, string][]
}

/** The previous ledger with this build's moves added, chains collapsed. */
export function updateMovedIds(ledger: MovedIds, input: MoveInput): MovedUpdate {
  const live = new Set<string>([...input.plans.map((p) => p.id), ...input.liveIds.map((c) => c.id)])
  const moves = new Map(ledger)
  const pairs = pairPlans(input.previousPlans, input.plans, input.sameDocument).filter(([oldPlan]) => !live.has(oldPlan)) // a live id is another plan's now
  const oldOf = new Map(pairs.map(([oldPlan, newPlan]) => [newPlan, oldPlan]))
  for (const [oldPlan, newPlan] of pairs) moves.set(oldPlan, newPlan)
  for (const c of input.liveIds) {
    const oldPlan = oldOf.get(c.planId)
    if (oldPlan === undefined) continue
    const old = oldPlan + c.id.slice(c.planId.length)
    if (!live.has(old) && input.wasIndexed(old)) moves.set(old, c.id)
  }
  const next: MovedIds = new Map()
  for (const [old, to] of moves) {
    if (live.has(old)) continue
    const end = follow(moves, to, live)
    if (end !== old) next.set(old, end)
  }
  return { ledger: next, plans: pairs }
}

/** Where `id` leads in the end: along the ledger until a live id or one the ledger does not move. */
function follow(moves: MovedIds, id: string, live: ReadonlySet<string>): string {
  let at = id
  // Each build collapses its chains, so one is at most two long here; the bound only guards against a ledger edited into a cycle.
  for (let step = 0; step < 16 && !live.has(at) && moves.has(at); step++) at = moves.get(at)!
  return at
}

/**
 * The first-seen ledger (first-seen.ts) with each moved id's date given to the id it moved to, when that one has
 * none yet: a renamed plan's clauses are not new, so feeds and `since=` do not announce them again.
 */
export function carryFirstSeen(firstSeen: ReadonlyMap<string, string>, moves: MovedIds): Map<string, string> {
  const carried = new Map(firstSeen)
  for (const [old, now] of moves) {
    const date = firstSeen.get(old)
    if (date !== undefined && !carried.has(now)) carried.set(now, date)
  }
  return carried
}

export function serializeMovedIds(ledger: MovedIds): string {
  return `${JSON.stringify(Object.fromEntries([...ledger].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), null, 1)}\n`
}
