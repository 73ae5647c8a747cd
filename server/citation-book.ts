/**
 * Citations need the plan's metadata and numbering scheme, which depends on all of the plan's records;
 * the scheme is computed once per plan and index snapshot and kept here.
 */
import type { ClauseRecord, PlanRecord } from '../indexer/types.js'
import type { SearchEngine } from './engine/types.js'
import { citationScheme, citedPlan, citedPlanOfClause, formatCitation, type CitationScheme } from './citation.js'
import { formatGbtCitation } from './citation-gbt.js'
import { clauseUrl } from './hits.js'

/** Where the clause links of a GB/T citation point, and the access date it gives. */
export interface CitationContext {
  origin: string
  accessed: string
}

export interface ClauseCitations {
  citation: string
  citationGbt: string
}

export class CitationBook {
  private readonly schemes = new Map<string, Promise<CitationScheme>>()

  constructor(private readonly engine: SearchEngine) {}

  schemeFor(planId: string, fallback?: ClauseRecord): Promise<CitationScheme> {
    let scheme = this.schemes.get(planId)
    if (!scheme) {
      scheme = Promise.all([this.engine.planClauses(planId), this.engine.getPlan(planId)]).then(([clauses, plan]) => {
        const clause = fallback ?? clauses[0]
        if (!plan && !clause) throw new Error(`plan ${planId} is not in the index`)
        const cited = plan ? citedPlan(plan) : citedPlanOfClause(clause)
        return { ...citationScheme(clauses), plan: cited }
      })
      // A failed lookup must not be cached: the next request tries again.
      scheme.catch(() => this.schemes.delete(planId))
      this.schemes.set(planId, scheme)
    }
    return scheme
  }

  /** Seeds the cache from a plan's records already in hand (the plan page, the clause page…). */
  remember(plan: PlanRecord, planClauses: readonly ClauseRecord[]): CitationScheme {
    const scheme = { ...citationScheme(planClauses), plan: citedPlan(plan) }
    this.schemes.set(plan.id, Promise.resolve(scheme))
    return scheme
  }

  /** Citations for many clauses, one plan lookup per distinct plan. */
  async citeAll(clauses: readonly ClauseRecord[]): Promise<string[]> {
    const schemes = await this.schemesOf(clauses)
    return clauses.map((c) => formatCitation(c, schemes.get(c.planId)!))
  }

  /** Both forms (the standard one and GB/T 7714) for many clauses. */
  async citeBoth(clauses: readonly ClauseRecord[], context: CitationContext): Promise<ClauseCitations[]> {
    const schemes = await this.schemesOf(clauses)
    return clauses.map((c) => citeWith(c, schemes.get(c.planId)!, context))
  }

  /** The display names of the clauses' plans. */
  async planNames(clauses: readonly ClauseRecord[]): Promise<string[]> {
    const schemes = await this.schemesOf(clauses)
    return clauses.map((c) => schemes.get(c.planId)!.plan.displayName)
  }

  private async schemesOf(clauses: readonly ClauseRecord[]): Promise<Map<string, CitationScheme>> {
    const first = new Map<string, ClauseRecord>()
    for (const c of clauses) if (!first.has(c.planId)) first.set(c.planId, c)
    return new Map(await Promise.all([...first].map(async ([id, c]) => [id, await this.schemeFor(id, c)] as const)))
  }
}

export function citeWith(clause: ClauseRecord, scheme: CitationScheme, context: CitationContext): ClauseCitations {
  return {
    citation: formatCitation(clause, scheme),
    citationGbt: formatGbtCitation(clause, scheme, { url: context.origin + clauseUrl(clause.id), accessed: context.accessed }),
  }
}
