/**
 * Turns the reader's judgments (plan year + a substring of the clause) into clause ids of a build.
 * A judgment that names no clause or several is an error: the evaluation must not silently drift when the
 * indexer changes how it splits or numbers clauses.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ClauseRecord } from '../../indexer/types.js'
import type { EvalQuestion, Judgment } from './judgments.js'

export class JudgmentResolutionError extends Error {
  override name = 'JudgmentResolutionError'
  readonly code = 'JUDGMENT_UNRESOLVED' as const
}

export interface ResolvedQuestion {
  id: string
  query: string
  /** Clause id → grade (1 or 2). */
  grades: Map<string, number>
}

function searchableText(clause: ClauseRecord): string {
  return normalizeForMatch(`${clause.heading}\n${clause.text}`)
}

export function resolveJudgment(judgment: Judgment, clauses: readonly ClauseRecord[], texts: readonly string[]): ClauseRecord {
  const needle = normalizeForMatch(judgment.text)
  const found = clauses.filter((c, i) => c.year === judgment.year && texts[i].includes(needle))
  if (found.length !== 1) {
    const where = found.map((c) => c.id).join(', ')
    throw new JudgmentResolutionError(
      `The judgment "${judgment.text}" (${judgment.year}) names ${found.length} clauses${where ? ` (${where})` : ''}; ` +
        `make the substring longer or fix the year in test/eval/judgments.ts.`,
    )
  }
  return found[0]
}

export function resolveQuestions(questions: readonly EvalQuestion[], clauses: readonly ClauseRecord[]): ResolvedQuestion[] {
  const texts = clauses.map(searchableText)
  return questions.map((q) => {
    const grades = new Map<string, number>()
    for (const judgment of q.relevant) {
      const clause = resolveJudgment(judgment, clauses, texts)
      grades.set(clause.id, Math.max(grades.get(clause.id) ?? 0, judgment.grade))
    }
    return { id: q.id, query: q.query, grades }
  })
}
