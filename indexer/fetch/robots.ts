/**
 * robots.txt rules (RFC 9309) for one user agent: the group naming our product token, else the `*`
 * group; the longest matching Allow/Disallow path wins, Allow on a tie; `*` matches any run of characters
 * and a final `$` anchors the end. Crawl-delay, which many Chinese government sites set, is kept so the
 * polite queue can wait at least that long between requests to the host.
 */

export interface RobotsRules {
  isAllowed(pathAndQuery: string): boolean
  /** Crawl-delay of the chosen group in milliseconds, or null. */
  crawlDelayMs: number | null
}

interface Rule {
  allow: boolean
  pattern: string
  regex: RegExp
}

interface Group {
  agents: string[]
  rules: Rule[]
  crawlDelayMs: number | null
}

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: null }
export const DISALLOW_ALL: RobotsRules = { isAllowed: () => false, crawlDelayMs: null }

export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups: Group[] = []
  let current: Group | null = null
  let lastWasAgent = false
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim()
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line)
    if (!m) continue
    const key = m[1].toLowerCase()
    const value = m[2].trim()
    if (key === 'user-agent') {
      // Consecutive User-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelayMs: null }
        groups.push(current)
      }
      current.agents.push(value.toLowerCase())
      lastWasAgent = true
      continue
    }
    lastWasAgent = false
    if (!current) continue
    if ((key === 'allow' || key === 'disallow') && value !== '') current.rules.push(rule(key === 'allow', value))
    else if (key === 'crawl-delay' && Number.isFinite(Number(value)) && Number(value) >= 0) current.crawlDelayMs = Number(value) * 1000
  }
  const token = productToken.toLowerCase()
  const chosen = groups.filter((g) => g.agents.includes(token))
  const applicable = chosen.length > 0 ? chosen : groups.filter((g) => g.agents.includes('*'))
  const rules = applicable.flatMap((g) => g.rules)
  const delays = applicable.map((g) => g.crawlDelayMs).filter((d): d is number => d !== null)
  return {
    isAllowed: (path) => decide(rules, path),
    crawlDelayMs: delays.length > 0 ? Math.max(...delays) : null,
  }
}

function rule(allow: boolean, pattern: string): Rule {
  const anchored = pattern.endsWith('$')
  const body = anchored ? pattern.slice(0, -1) : pattern
  const source = body
    .split('*')
    .map((part) => normalisePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return { allow, pattern, regex: new RegExp(`^${source}${anchored ? '$' : ''}`) }
}

function decide(rules: Rule[], path: string): boolean {
  const target = normalisePath(path)
  let best: Rule | null = null
  for (const r of rules) {
    if (!r.regex.test(target)) continue
    if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r
  }
  return best ? best.allow : true
}

/** Percent-encodes what a browser would, so `/工作要点` in robots.txt matches the request path `/%E5%B7%A5…`. */
function normalisePath(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase()).replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch))
}
