/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): an item's fused score is the sum over
 * the lists that contain it of 1 / (k + rank), rank counted from 1. It needs no score calibration between
 * lists, which is why it fuses BM25 and cosine lists well.
 *
 * k = 60 is the constant of the paper: large enough that the top few ranks of one list do not drown the
 * other list, small enough that rank 1 still counts about twice as much as rank 60.
 */
export const RRF_K = 60

export interface FusedItem<T> {
  id: T
  score: number
  /** 1-based rank of the item in each input list, or null when the list lacks it. */
  ranks: (number | null)[]
}

/** Fuses ranked lists of ids (best first). Ties keep the order of first appearance across the lists. */
export function reciprocalRankFusion<T>(lists: readonly (readonly T[])[], k: number = RRF_K): FusedItem<T>[] {
  const byId = new Map<T, FusedItem<T> & { first: number }>()
  let seen = 0
  lists.forEach((list, listIndex) => {
    list.forEach((id, index) => {
      let item = byId.get(id)
      if (!item) {
        item = { id, score: 0, ranks: lists.map(() => null), first: seen++ }
        byId.set(id, item)
      }
      if (item.ranks[listIndex] !== null) return
      item.ranks[listIndex] = index + 1
      item.score += 1 / (k + index + 1)
    })
  })
  return [...byId.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ id, score, ranks }) => ({ id, score, ranks }))
}
