/**
 * The plan's source address as a link: only http(s) addresses are linked (a catalog correction or a
 * page's canonical tag could hold anything, and a `javascript:` link must never reach the page), shown
 * with its host so a reader sees which site it opens before clicking.
 */
export interface SourceLink {
  href: string
  host: string
}

export function sourceLink(url: string | null): SourceLink | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
    return { href: parsed.href, host: parsed.host }
  } catch {
    return null
  }
}
