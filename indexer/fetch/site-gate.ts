/**
 * The checks every request of a run passes before it is sent, whatever address or redirect led to it:
 * the address policy (http/https, public addresses unless allowed), the site's robots.txt (fetched once
 * per origin, through the same checks), and the polite queue of its host.
 *
 * robots.txt follows RFC 9309: a missing file (4xx) allows everything; a file the server fails to give
 * (5xx, timeout, network error) means the site is closed to crawlers for this run.
 */
import type { FetchHooks, FetchLimits } from './http-fetch.js'
import { fetchFollowing } from './http-fetch.js'
import { FetchError } from './fetch-error.js'
import type { PoliteQueue } from './polite-queue.js'
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js'
import { assertPublicHost, hostOf } from './url-policy.js'

/** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024

export interface SiteGate {
  beforeHop: FetchHooks['beforeHop']
  schedule: FetchHooks['schedule']
}

export function createSiteGate(limits: FetchLimits, queue: PoliteQueue, productToken: string): SiteGate {
  const robots = new Map<string, Promise<{ rules: RobotsRules; why: string | null }>>()
  const schedule: SiteGate['schedule'] = (url, task) => queue.run(hostOf(url), task)
  const policyOnly = (url: URL) => assertPublicHost(url, limits.allowPrivate)

  const robotsOf = (url: URL) => {
    let pending = robots.get(url.origin)
    if (!pending) {
      pending = readRobots(new URL('/robots.txt', url.origin), { limits: { ...limits, maxBytes: ROBOTS_MAX_BYTES }, beforeHop: policyOnly, schedule }, productToken)
      robots.set(url.origin, pending)
    }
    return pending
  }

  return {
    schedule,
    async beforeHop(url) {
      await policyOnly(url)
      const { rules, why } = await robotsOf(url)
      if (rules.crawlDelayMs !== null) queue.setHostDelay(hostOf(url), rules.crawlDelayMs)
      if (!rules.isAllowed(`${url.pathname}${url.search}`)) {
        throw new FetchError('robots', url.href, why ? `${url.href} was not fetched: ${why}.` : `${url.href} was not fetched: the site's robots.txt (${url.origin}/robots.txt) disallows it for crawlers. Save the page by hand if you may use it.`)
      }
    },
  }
}

async function readRobots(url: URL, hooks: FetchHooks, productToken: string): Promise<{ rules: RobotsRules; why: string | null }> {
  try {
    const outcome = await fetchFollowing(url, hooks)
    if (outcome.kind !== 'body') return { rules: ALLOW_ALL, why: null }
    return { rules: parseRobots(new TextDecoder('utf-8').decode(outcome.bytes), productToken), why: null }
  } catch (err) {
    if (err instanceof FetchError && err.code === 'http_status' && err.status !== null && err.status >= 400 && err.status < 500) return { rules: ALLOW_ALL, why: null }
    if (err instanceof FetchError && (err.code === 'private_address' || err.code === 'dns')) throw err
    const reason = err instanceof FetchError && err.status !== null ? `HTTP ${err.status}` : ((err as Error).message ?? String(err))
    return { rules: DISALLOW_ALL, why: `its robots.txt could not be read (${reason}), and a site whose robots.txt fails is treated as closed to crawlers; try again later` }
  }
}
