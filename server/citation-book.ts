/**
 * Citations need the plan's numbering scheme, which depends on all of the plan's records; the
 * scheme is computed once per plan and index snapshot and kept here.
 */
import type { ClauseRecord, PlanRecord } from '../indexer/types.js'
import type { SearchEngine } from './engine/types.js'
import { citationScheme, formatCitation, type CitationScheme } from './citation.js'

export class CitationBook {
  private readonly schemes = new Map<string, Promise<CitationScheme>>()

  constructor(private readonly engine: SearchEngine) {}

  schemeFor(planId: string): Promise<CitationScheme> {
    let scheme = this.schemes.get(planId)
    if (!scheme) {
      scheme = Promise.all([this.engine.planClauses(planId), this.engine.getPlan(planId)]).then(([clauses, plan]) => ({
        ...citationScheme(clauses),
        issuer: plan?.issuer ?? null,
      }))
      // A failed lookup must not be cached: the next request tries again.
      scheme.catch(() => this.schemes.delete(planId))
      this.schemes.set(planId, scheme)
    }
    return scheme
  }

  /** Seeds the cache from a plan's records already in hand (the plan page, the similar list…). */
  remember(plan: PlanRecord, planClauses: readonly ClauseRecord[]): CitationScheme {
    const scheme = { ...citationScheme(planClauses), issuer: plan.issuer }
    this.schemes.set(plan.id, Promise.resolve(scheme))
    return scheme
  }

  async cite(clause: ClauseRecord): Promise<string> {
    return formatCitation(clause, await this.schemeFor(clause.planId))
  }

  /** Citations for many clauses, one plan lookup per distinct plan. */
  async citeAll(clauses: readonly ClauseRecord[]): Promise<string[]> {
    const planIds = [...new Set(clauses.map((c) => c.planId))]
    const schemes = new Map(await Promise.all(planIds.map(async (id) => [id, await this.schemeFor(id)] as const)))
    return clauses.map((c) => formatCitation(c, schemes.get(c.planId)!))
  }
}
