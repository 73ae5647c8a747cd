import { describe, expect, it } from 'vitest'
import { parseRobots } from './robots.js'

/** The shape of robots.txt files of provincial education department sites. */
const ROBOTS = `# robots.txt
User-agent: Baiduspider
Disallow:

User-agent: *
Disallow: /admin/
Disallow: /*.action$
Disallow: /search
Allow: /search/help
Crawl-delay: 5

User-agent: policy-search-portal
User-agent: OtherBot
Disallow: /private/
Disallow: /工作动态/
`

describe('parseRobots', () => {
  it('applies the * group to an agent it does not name: longest match wins, Allow on a tie, * and $ wildcards', () => {
    const rules = parseRobots(ROBOTS, 'some-crawler')
    const paths = ['/zwgk/2023/t20230315_1.html', '/admin/login', '/list.action', '/list.action?id=1', '/search?q=双减', '/search/help', '/private/a']
    expect(paths.map((p) => rules.isAllowed(p))).toEqual([true, false, false, true, false, true, true])
    expect(rules.crawlDelayMs).toBe(5000)
  })

  it('uses only the group that names our product token, matching percent-encoded Chinese paths', () => {
    const rules = parseRobots(ROBOTS, 'policy-search-portal')
    const paths = ['/admin/login', '/private/a', `/${encodeURIComponent('工作动态')}/2023.html`, '/tzgg/2023.html']
    expect(paths.map((p) => rules.isAllowed(p))).toEqual([true, false, false, true])
    expect(rules.crawlDelayMs).toBeNull()
  })

  it('allows everything when the file has no rules for anyone', () => {
    expect(parseRobots('# nothing here\n', 'policy-search-portal').isAllowed('/anything')).toBe(true)
  })
})
