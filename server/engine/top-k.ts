/**
 * The first k items of a list under a comparator, without sorting the whole list: a result page of
 * 20 out of 80 000 matches costs one pass with a small heap instead of a full sort.
 */
export function topK<T>(items: ArrayLike<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return []
  if (items.length <= k * 4) return Array.from(items).sort(compare).slice(0, k)
  // Max-heap on `compare`: the root is the worst of the best k seen so far.
  const heap: T[] = []
  const worse = (i: number, j: number) => compare(heap[i], heap[j]) > 0
  const swap = (i: number, j: number) => {
    const t = heap[i]
    heap[i] = heap[j]
    heap[j] = t
  }
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(l, m)) m = l
      if (r < heap.length && worse(r, m)) m = r
      if (m === i) return
      swap(i, m)
      i = m
    }
  }
  for (let n = 0; n < items.length; n++) {
    const item = items[n]
    if (heap.length < k) {
      heap.push(item)
      let i = heap.length - 1
      while (i > 0) {
        const p = (i - 1) >> 1
        if (!worse(i, p)) break
        swap(i, p)
        i = p
      }
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item
      siftDown(0)
    }
  }
  return heap.sort(compare)
}
