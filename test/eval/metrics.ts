/**
 * Ranking metrics over graded judgments (clause id → grade ≥ 1; anything absent is not relevant).
 * P@k and recall@k count any grade as relevant; nDCG@k uses the grades as gains (2^grade − 1),
 * with the ideal ranking taken from all judged clauses, so a clause the system never returns still costs.
 */

export function precisionAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const top = ranked.slice(0, k)
  return top.filter((id) => (grades.get(id) ?? 0) > 0).length / k
}

export function recallAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...grades.values()].filter((g) => g > 0).length
  if (relevant === 0) return 0
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) > 0).length / relevant
}

function dcg(gains: readonly number[]): number {
  return gains.reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0)
}

export function ndcgAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k))
  if (ideal === 0) return 0
  return dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal
}

export interface MetricSummary {
  p10: number
  r20: number
  ndcg10: number
}

export function summarize(runs: readonly { ranked: readonly string[]; grades: ReadonlyMap<string, number> }[]): MetricSummary {
  const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((s, r) => s + f(r), 0) / Math.max(1, runs.length)
  return {
    p10: mean((r) => precisionAt(r.ranked, r.grades, 10)),
    r20: mean((r) => recallAt(r.ranked, r.grades, 20)),
    ndcg10: mean((r) => ndcgAt(r.ranked, r.grades, 10)),
  }
}
