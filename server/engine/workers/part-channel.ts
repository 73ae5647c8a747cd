/**
 * The parts of one streamed answer (an export) as they arrive from a search thread, read as an async
 * iterator: parts pushed before anyone reads are kept in order, a reader waits for the next, and a
 * reader that stops (its client went away) makes later parts be dropped.
 */
export class PartChannel<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = []
  private reader: { resolve(result: IteratorResult<T>): void; reject(error: unknown): void } | null = null
  private ended = false
  private failure: { error: unknown } | null = null

  push(part: T): void {
    if (this.ended || this.failure) return
    if (this.reader) {
      const reader = this.reader
      this.reader = null
      reader.resolve({ value: part, done: false })
    } else this.buffered.push(part)
  }

  end(): void {
    this.ended = true
    this.reader?.resolve({ value: undefined, done: true })
    this.reader = null
  }

  fail(error: unknown): void {
    if (this.ended) return
    this.failure = { error }
    this.reader?.reject(error)
    this.reader = null
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) return Promise.resolve({ value: this.buffered.shift()!, done: false })
    if (this.failure) return Promise.reject(this.failure.error)
    if (this.ended) return Promise.resolve({ value: undefined, done: true })
    return new Promise((resolve, reject) => (this.reader = { resolve, reject }))
  }

  async return(): Promise<IteratorResult<T>> {
    this.buffered.length = 0
    this.end()
    return { value: undefined, done: true }
  }

  [Symbol.asyncIterator](): this {
    return this
  }
}
