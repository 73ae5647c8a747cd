/**
 * The plan a dead clause link still names. A clause id begins with its plan's id (…-gongzuo-yaodian-6-25), so a
 * link whose clause a re-index renumbered or dropped can still lead to its plan. Asking for every plan to find
 * that one costs the whole list (/api/plans: 19 KB for the bundled 11 plans, 330 KB at 200); a search filtered to
 * the id's prefixes answers only the plans among them that exist, about 4 KB whatever the index holds.
 */
import { api } from '../api/client.js'

/** The server's MAX_FILTER_CHARS and MAX_FILTER_VALUES (former-plan.test.ts keeps them equal): a longer prefix would be a 400. */
export const MAX_PLAN_FILTER_CHARS = 100
export const MAX_PLAN_FILTER_VALUES = 50

/** Every prefix of a clause id that ends before one of its hyphens, longest first: the plan ids it may be of. */
export function planIdCandidates(clauseId: string): string[] {
  const out: string[] = []
  for (let i = clauseId.lastIndexOf('-'); i > 0; i = clauseId.lastIndexOf('-', i - 1)) {
    const prefix = clauseId.slice(0, i)
    if ([...prefix].length <= MAX_PLAN_FILTER_CHARS) out.push(prefix)
  }
  return out.slice(0, MAX_PLAN_FILTER_VALUES)
}

export interface FormerPlan {
  id: string
  name: string
}

/**
 * The longest existing plan id the clause id begins with (or the plan a re-index renamed it to), and its display name;
 * null when none exists (the plan itself was removed) or the question failed, since the page then offers the search anyway.
 */
export async function findFormerPlan(clauseId: string, signal?: AbortSignal): Promise<FormerPlan | null> {
  const candidates = planIdCandidates(clauseId)
  if (candidates.length === 0) return null
  const params = new URLSearchParams({ limit: '1', group: 'plan', perPlan: '1', groupLimit: String(candidates.length) })
  for (const id of candidates) params.append('plan', id)
  const response = await api.search(params, signal).catch(() => null)
  const groups = response?.groups ?? []
  // A plan a re-index renamed answers under its live id (the server redirects a moved plan= filter): any group left is one.
  const found = candidates.map((id) => groups.find((g) => g.planId === id)).find((g) => g !== undefined) ?? groups[0]
  return found ? { id: found.planId, name: found.planName } : null
}
