/**
 * How many exports the server takes at once. An export of 10 000 clauses holds the export thread for
 * hundreds of milliseconds at 100k clauses, and they run one after another: past a few waiting, a new
 * one would only time out in the queue (and hold its client and memory meanwhile), so it is refused at
 * once with 429 and a message saying when to try again.
 */
import { PortalError } from '../errors.js'

/** One running, one waiting: the export thread is never idle between two, and nobody waits long. */
export const DEFAULT_EXPORTS_AT_ONCE = 2
const RETRY_AFTER_SECONDS = 5

export class ExportGate {
  private active = 0

  constructor(readonly limit = DEFAULT_EXPORTS_AT_ONCE) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`At least one export must be allowed at a time, got ${limit}`)
  }

  get running(): number {
    return this.active
  }

  /**
   * Takes a place if fewer than `limit` exports are in progress, else refuses with 429. The place is
   * held until `fn`'s body has been sent (or the download given up), not only until its headers are.
   */
  async run(fn: () => Promise<{ body: ReadableStream<Uint8Array>; respond(body: ReadableStream<Uint8Array>): Response }>): Promise<Response> {
    if (this.active >= this.limit) {
      throw new PortalError('rate_limited', `导出任务已满：服务器同时最多处理 ${this.limit} 个导出，请 ${RETRY_AFTER_SECONDS} 秒后再试`, {
        headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      })
    }
    this.active++
    let held = true
    const release = () => {
      if (held) this.active--
      held = false
    }
    try {
      const { body, respond } = await fn()
      return respond(releasedAtEnd(body, release))
    } catch (error) {
      release()
      throw error
    }
  }
}

/** The same bytes, calling `release` once they are all read, or the reader gives up, or the source fails. */
function releasedAtEnd(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read()
        if (done) {
          release()
          controller.close()
        } else controller.enqueue(value)
      } catch (error) {
        release()
        controller.error(error)
      }
    },
    async cancel(reason) {
      release()
      await reader.cancel(reason)
    },
  })
}
