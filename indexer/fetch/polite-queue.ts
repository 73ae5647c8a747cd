/**
 * One request at a time per host, with a pause between the end of one request and the start of the next
 * (the larger of the run's delay and the host's robots.txt Crawl-delay). Different hosts proceed in
 * parallel: a list of forty cities is forty bureaus, and none of them sees more than one request at a time.
 */
import { setTimeout as delay } from 'node:timers/promises'

export interface PoliteQueue {
  /** Runs `task` when the host is free and its delay has passed. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>
  /** Raises the pause for one host (robots.txt Crawl-delay). */
  setHostDelay(host: string, delayMs: number): void
}

/** The longest Crawl-delay honoured; a site asking for more is fetched at this pace (the run is one page per address). */
export const MAX_HOST_DELAY_MS = 30_000

export function createPoliteQueue(delayMs: number, sleep: (ms: number) => Promise<void> = delay): PoliteQueue {
  const tails = new Map<string, Promise<unknown>>()
  const lastEnded = new Map<string, number>()
  const hostDelays = new Map<string, number>()

  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      const key = host.toLowerCase()
      const previous = tails.get(key) ?? Promise.resolve()
      const next = previous
        .catch(() => undefined)
        .then(async () => {
          const ended = lastEnded.get(key)
          const pause = Math.max(delayMs, hostDelays.get(key) ?? 0)
          if (ended !== undefined) {
            const wait = ended + pause - Date.now()
            if (wait > 0) await sleep(wait)
          }
          try {
            return await task()
          } finally {
            lastEnded.set(key, Date.now())
          }
        })
      tails.set(key, next)
      return next
    },
    setHostDelay(host, ms) {
      hostDelays.set(host.toLowerCase(), Math.min(ms, MAX_HOST_DELAY_MS))
    },
  }
}
