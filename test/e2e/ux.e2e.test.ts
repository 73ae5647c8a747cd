/**
 * End-to-end checks of issue 14 (usability at 1440 px and 375 px): the clause view on a phone, back
 * and forward returning to the same place, the keyboard-only flow, honest facets after a network
 * error, oldest-first sorting, page titles, the compare page's scroll hint, an axe-core pass over
 * every page at both widths, and a screenshot of every page at both widths (test/e2e/screenshots/ux-*).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { ClauseResponse, PlanResponse, PlansResponse, SearchResponse } from '../../server/api-types.js'
import { chartSettled, finishSession, SCREENSHOTS, startPortalFixture, type PortalFixture, type Session } from './portal-fixture.js'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const WIDTHS = [1440, 375] as const
const HEIGHT: Record<number, number> = { 1440: 900, 375: 812 }
const q = encodeURIComponent

let fx: PortalFixture

beforeAll(async () => {
  fx = await startPortalFixture()
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

const open = (width: number): Promise<Session> => fx.session({ width, height: HEIGHT[width] })

const finish = finishSession

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `ux-${name}.png`) })
}

async function resultTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('result-total').textContent({ timeout: 10_000 })
  return Number((text ?? '').replace(/[^\d]/g, ''))
}

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY))
const activeReturnKey = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-return-key') ?? null)

/** The box of an element relative to the viewport, and whether all of it is inside the viewport. */
async function inFirstViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth
  })
}

/** axe-core's serious and critical violations on the page as it is now (source evaluated, so the CSP does not apply). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    type Rule = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    // A run that checked nothing would pass everything.
    if (result.passes.length < 10) return [`axe checked only ${result.passes.length} rules`]
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
  return violations
}

/** A clause deep in a long plan: far below the fold of a phone. */
async function deepClause(): Promise<{ clauseId: string; clause: ClauseResponse }> {
  const { plans } = await fx.api<PlansResponse>('/api/plans')
  const longest = [...plans].sort((a, b) => b.clauseCount - a.clauseCount)[0]
  const plan = await fx.api<PlanResponse>(`/api/plans/${q(longest.id)}`)
  const numbered = plan.clauses.filter((c) => c.number !== null && !c.outlineOnly)
  const pick = numbered[Math.floor(numbered.length * 0.8)]
  return { clauseId: pick.id, clause: await fx.api<ClauseResponse>(`/api/clauses/${q(pick.id)}`) }
}

describe('issue 14: the portal for a phone, the keyboard and the back button', () => {
  it('shows the plan, the clause and its copy buttons in the first viewport of a 375 px clause link', async () => {
    const { clauseId, clause } = await deepClause()
    const s = await open(375)
    await s.page.goto(`/c/${q(clauseId)}?q=${q('教育')}`)
    const target = s.page.locator('.plan-doc__clause.is-target')
    await target.waitFor()
    await expect.poll(() => scrollY(s.page)).toBeGreaterThan(2000)
    await shot(s.page, 'clause-deep-375')

    const citation = s.page.locator('.clause-bar__citation')
    expect(await citation.textContent()).toBe(clause.citation)
    expect(clause.citation).toContain(clause.plan.title)
    expect(await inFirstViewport(s.page, '.clause-bar__citation')).toBe(true)
    for (const name of ['复制链接', '复制引用']) {
      const button = s.page.getByRole('button', { name })
      expect(await button.isVisible()).toBe(true)
      const box = (await button.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(812)
    }
    // The clause itself starts in view, below the bar, not under it.
    const bar = (await s.page.locator('.clause-bar').boundingBox())!
    const clauseBox = (await target.boundingBox())!
    expect(clauseBox.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1)
    expect(clauseBox.y).toBeLessThan(812 - 100)
    expect(bar.height).toBeLessThan(140)

    // The rest of the plan stays reachable: scrolling up reaches its title, the bar still on top.
    await s.page.evaluate(() => window.scrollTo(0, 0))
    expect(await s.page.locator('.reader__title').textContent()).toBe(clause.plan.title)
    expect(await s.page.locator('.reader__title').isVisible()).toBe(true)
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await finish(s)
  })

  it('names the plan and clause number in the clause page title', async () => {
    const { clauseId, clause } = await deepClause()
    const s = await open(1440)
    await s.page.goto(`/c/${q(clauseId)}`)
    await s.page.locator('.plan-doc__clause.is-target').waitFor()
    await expect.poll(() => s.page.title()).toBe(`${clause.citation} · 教育工作要点检索`)
    // The citation standard (issue 15) opens with the issuer, then 《title》, and ends with the clause number.
    expect(clause.citation).toMatch(new RegExp(`《${clause.plan.title}》.*第${clause.clause.number}条$`))
    await finish(s)
  })

  it.each(WIDTHS)('returns to the scroll position and the result on back and forward from a clause (%i px)', async (width) => {
    const s = await open(width)
    const expected = await fx.api<SearchResponse>(`/api/search?q=${q('教育')}&limit=20`)
    expect(expected.total).toBeGreaterThan(20)
    await s.page.goto(`/search?q=${q('教育')}`)
    await resultTotal(s.page)
    const card = s.page.locator('.result-list > li').nth(11)
    await card.scrollIntoViewIfNeeded()
    await s.page.evaluate(() => window.scrollBy(0, 150))
    const before = await scrollY(s.page)
    expect(before).toBeGreaterThan(1000)
    await card.locator('h3 a').click()
    await s.page.waitForURL(/\/c\//)
    await s.page.locator('.plan-doc__clause.is-target').waitFor()

    await s.page.goBack()
    await s.page.waitForURL(/\/search\?q=/)
    await expect.poll(async () => Math.abs((await scrollY(s.page)) - before), { timeout: 5000 }).toBeLessThanOrEqual(50)
    expect(await activeReturnKey(s.page)).toBe(`clause:${expected.hits[11].id}`)

    await s.page.goForward()
    await s.page.waitForURL(/\/c\//)
    await s.page.locator('.plan-doc__clause.is-target').waitFor()
    await s.page.goBack()
    await s.page.waitForURL(/\/search\?q=/)
    await expect.poll(async () => Math.abs((await scrollY(s.page)) - before), { timeout: 5000 }).toBeLessThanOrEqual(50)
    await finish(s)
  })

  it('returns to the scroll position on back in the grouped view and on a plan page', async () => {
    const s = await open(1440)
    await s.page.goto(`/search?q=${q('教育')}&group=plan`)
    await s.page.locator('.group-list').waitFor()
    const group = s.page.locator('.group-list > li').nth(4)
    await group.scrollIntoViewIfNeeded()
    const before = await scrollY(s.page)
    expect(before).toBeGreaterThan(1000)
    const planLink = group.locator('h3 a')
    const key = await planLink.getAttribute('data-return-key')
    await planLink.click()
    await s.page.waitForURL(/\/p\//)
    // Wait for the in-plan matches too: their list lands above the text, and the browser's scroll
    // anchoring then moves a position read before it (by 65 px in CI when the search was slow).
    await s.page.locator('.reader:not([aria-busy="true"]) .plan-doc').waitFor()

    // On the plan page: read far down, leave by the header, come back.
    await s.page.evaluate(() => window.scrollTo(0, 3200))
    const planY = await scrollY(s.page)
    expect(planY).toBeGreaterThan(3000)
    // A DOM click: Playwright's own click would first scroll the header link into view.
    await s.page.getByRole('link', { name: '文件列表' }).evaluate((a: HTMLElement) => a.click())
    await s.page.waitForURL((url) => url.pathname === '/plans')
    await s.page.goBack()
    await s.page.waitForURL(/\/p\//)
    await expect.poll(async () => Math.abs((await scrollY(s.page)) - planY), { timeout: 5000 }).toBeLessThanOrEqual(50)

    await s.page.goBack()
    await s.page.waitForURL(/group=plan/)
    await expect.poll(async () => Math.abs((await scrollY(s.page)) - before), { timeout: 5000 }).toBeLessThanOrEqual(50)
    expect(await activeReturnKey(s.page)).toBe(key)
    await finish(s)
  })

  it('keeps the reader on the plan page where they were, not at the anchor, on back', async () => {
    const s = await open(1440)
    await s.page.goto(`/search?q=${q('双减')}`)
    await resultTotal(s.page)
    await s.page.locator('.result-list > li').first().getByRole('link', { name: '在原文中查看' }).click()
    await s.page.waitForURL(/\/p\/.*#/)
    await s.page.locator('.plan-doc__clause.is-target').waitFor()
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.classList.contains('is-target'))).toBe(true)
    await s.page.evaluate(() => window.scrollTo(0, 0))
    await s.page.getByRole('link', { name: '对比' }).click()
    await s.page.waitForURL((url) => url.pathname === '/compare')
    await s.page.goBack()
    await s.page.waitForURL(/\/p\/.*#/)
    // Loaded, matches marked, and two frames later: an anchor jump would have happened by now.
    await s.page.locator('.reader:not([aria-busy="true"]) .plan-doc__clause.is-target').waitFor()
    await s.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    expect(await scrollY(s.page)).toBeLessThanOrEqual(50)
    await finish(s)
  })

  it('goes from typing a query to opening the third result with the keyboard only', async () => {
    const s = await open(1440)
    const { page } = s
    const expected = await fx.api<SearchResponse>(`/api/search?q=${q('双减')}`)
    await page.goto('/')
    await page.waitForSelector('.landing__stats')
    expect(await page.locator('.landing__tips').innerText()).toContain('在原文中查看')
    await page.keyboard.press('/')
    await page.keyboard.type('双减')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results-summary')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(String(expected.total))

    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    expect(await activeReturnKey(page)).toBe(`clause:${expected.hits[2].id}`)
    await page.keyboard.press('k')
    await page.keyboard.press('ArrowDown')
    expect(await activeReturnKey(page)).toBe(`clause:${expected.hits[2].id}`)
    // The focus ring is blue, not the red or orange of an error.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor)
    expect(ring).toBe('rgb(11, 92, 213)')
    await shot(page, 'keyboard-third-result-1440')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === `/c/${q(expected.hits[2].id)}`)
    await page.locator('.plan-doc__clause.is-target').waitFor()

    // Back: the third result has focus again; o opens it in its plan.
    await page.goBack()
    await page.waitForURL(/\/search\?q=/)
    await expect.poll(() => activeReturnKey(page)).toBe(`clause:${expected.hits[2].id}`)
    await page.keyboard.press('o')
    await page.waitForURL((url) => url.pathname === `/p/${q(expected.hits[2].planId)}` && url.hash === `#${q(expected.hits[2].id)}`)
    await finish(s)
  })

  it('offers a skip link to the results and reaches the first result in a few Tabs from the summary', async () => {
    const s = await open(1440)
    const { page } = s
    const expected = await fx.api<SearchResponse>(`/api/search?q=${q('双减')}`)
    await page.goto(`/search?q=${q('双减')}`)
    await resultTotal(page)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到检索结果')
    await page.keyboard.press('Enter')
    expect(await activeReturnKey(page)).toBe(`clause:${expected.hits[0].id}`)

    await page.locator('#results-summary').focus()
    let tabs = 0
    while (tabs < 40 && (await activeReturnKey(page)) === null) {
      await page.keyboard.press('Tab')
      tabs++
    }
    expect(await activeReturnKey(page)).toBe(`clause:${expected.hits[0].id}`)
    expect(tabs).toBeLessThanOrEqual(7)
    await finish(s)
  })

  it.each(WIDTHS)('keeps the last facet counts, dimmed, and says what failed when the network fails (%i px)', async (width) => {
    const s = await open(width)
    const { page } = s
    const expected = await fx.api<SearchResponse>(`/api/search?q=${q('双减')}`)
    await page.goto(`/search?q=${q('双减')}`)
    await resultTotal(page)
    await page.route('**/api/search**', (route) => route.abort('internetdisconnected'))
    if (width === 375) await page.getByRole('button', { name: /^筛选/ }).click()
    const city = expected.facets.city[1]
    await page.locator(`input[name="city"][value="${city.value}"]`).check()
    await page.waitForURL((url) => url.searchParams.get('city') === city.value)
    await page.getByTestId('facets-stale').waitFor()
    expect((await page.getByTestId('facets-stale').textContent())?.trim()).toBe('数量未能更新：无法连接到检索服务。下面灰色的数字是上一次检索的结果。')

    // Every count shown is the last known one; none turned into 0.
    const shown = await page.locator('fieldset.facet').first().locator('label').allInnerTexts()
    expect(shown.length).toBeGreaterThan(1)
    const cities = Object.fromEntries(expected.facets.city.map((v) => [v.value, v.count]))
    for (const label of shown) {
      const [, name, count] = /^(.*?)\s*(\d+)$/.exec(label.trim())!
      expect(Number(count)).toBe(cities[name])
    }
    expect(await page.locator('.facet__count').allInnerTexts()).not.toContain('0')
    await shot(page, `network-error-facets-${width}`)
    if (width === 375) await page.getByRole('button', { name: '完成' }).click()
    const alert = page.getByRole('alert')
    expect(await alert.locator('h2').textContent()).toBe('无法连接到检索服务')

    await page.unroute('**/api/search**')
    await alert.getByRole('button', { name: '重试' }).click()
    const filtered = await fx.api<SearchResponse>(`/api/search?q=${q('双减')}&city=${q(city.value)}`)
    await expect.poll(() => resultTotal(page)).toBe(filtered.total)
    expect(await page.getByTestId('facets-stale').count()).toBe(0)
    await finish(s)
  })

  it('asks 您是不是要找 with 双减 when 双剪 finds nothing, and searches it on a click', async () => {
    const s = await open(375)
    const { page } = s
    const shuangjian = await fx.api<SearchResponse>(`/api/search?q=${q('双减')}`)
    await page.goto(`/search?q=${q('双剪')}`)
    await page.locator('.empty__title').getByText('没有找到包含“双剪”的条款').waitFor()
    await page.getByRole('button', { name: `双减 (${shuangjian.total})` }).click()
    await page.waitForURL((url) => url.searchParams.get('q') === '双减')
    await expect.poll(() => resultTotal(page)).toBe(shuangjian.total)
    await finish(s)
  })

  it('says that a city the query names has no plan here before showing other cities\' clauses', async () => {
    const s = await open(1440)
    const { page } = s
    await page.goto(`/search?q=${q('南京 双减')}`)
    await page.getByRole('note').getByText('已收录的文件中没有 南京市 的文件').waitFor()
    await page.getByRole('link', { name: '查看已收录的文件' }).click()
    await page.waitForURL((url) => url.pathname === '/plans')
    await finish(s)
  })

  it('offers the spread view for a question asking which cities mention a topic, and opens it on that topic', async () => {
    const s = await open(1440)
    const { page } = s
    await page.goto(`/search?q=${q('哪些城市提到了人工智能')}`)
    await page.getByRole('note').getByText('想知道哪些城市提到“人工智能”？').waitFor()
    await page.getByRole('link', { name: '按城市和年份查看“人工智能”的扩散' }).click()
    await page.waitForURL((url) => url.pathname === '/research' && url.searchParams.get('q') === '人工智能')
    await finish(s)
  })

  it('offers a question comparing two cities their clauses side by side, one column per city, and all cities on request', async () => {
    const s = await open(1440)
    const { page } = s
    await page.goto(`/search?q=${q('荆门和江门的双减有什么不同')}`)
    await page.getByRole('link', { name: '把 荆门市、江门市 的“双减”条款并排对比' }).click()
    await page.waitForURL((url) => url.pathname === '/compare' && url.searchParams.getAll('city').join() === '荆门市,江门市')
    await page.getByText('只看 荆门市、江门市').waitFor()
    await expect.poll(() => page.locator('.compare__column').count()).toBe(2)
    expect(await page.locator('.compare__title').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('荆门'), expect.stringContaining('江门')]))
    await page.getByRole('button', { name: '看全部城市' }).click()
    await page.waitForURL((url) => url.pathname === '/compare' && !url.searchParams.has('city'))
    await expect.poll(() => page.locator('.compare__column').count()).toBeGreaterThan(2)
    await finish(s)
  })

  it('sorts oldest first', async () => {
    const s = await open(1440)
    const { page } = s
    const oldest = await fx.api<SearchResponse>(`/api/search?q=${q('双减')}&sort=date-asc`)
    const years = oldest.hits.map((h) => h.year ?? 9999)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    await page.goto(`/search?q=${q('双减')}`)
    await resultTotal(page)
    await page.getByLabel('排序').selectOption('date-asc')
    await page.waitForURL((url) => url.searchParams.get('sort') === 'date-asc')
    await expect.poll(() => page.locator('.result-list h3 a').first().getAttribute('data-return-key')).toBe(`clause:${oldest.hits[0].id}`)
    expect(await page.locator('.clause-card__meta').first().innerText()).toContain(`${oldest.hits[0].year}年`)
    await finish(s)
  })

  it.each(WIDTHS)('shows the first result without scrolling and a scroll hint on the compare page (%i px)', async (width) => {
    const s = await open(width)
    const { page } = s
    await page.goto(`/search?q=${q('双减')}`)
    await resultTotal(page)
    const first = (await page.locator('.result-list > li').first().locator('h3').boundingBox())!
    expect(first.y + first.height).toBeLessThan(HEIGHT[width])
    const snippet = (await page.locator('.clause-card__snippet').first().boundingBox())!
    expect(snippet.y + 30).toBeLessThan(HEIGHT[width])
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

    await page.goto(`/compare?q=${q('双减')}`)
    await page.locator('.compare__column').first().waitFor()
    const hint = page.getByTestId('compare-scroll-hint')
    await hint.waitFor()
    expect(await hint.innerText()).toContain('左右滑动查看其余各列')
    expect(await page.locator('.compare__frame.has-after').count()).toBe(1)
    await hint.getByRole('button', { name: /向右/ }).click()
    await expect.poll(() => page.locator('.compare__columns').evaluate((el) => el.scrollLeft)).toBeGreaterThan(100)
    await expect.poll(() => page.locator('.compare__frame.has-before').count()).toBe(1)
    await finish(s)
  })
})

describe('issue 14: every page at 1440 and 375 px, screenshots and axe-core', () => {
  const pages = async () => {
    const { clauseId } = await deepClause()
    const { plans } = await fx.api<PlansResponse>('/api/plans')
    return [
      { name: 'home', url: '/', ready: '.landing__stats' },
      { name: 'search', url: `/search?q=${q('双减')}`, ready: '.result-list' },
      { name: 'grouped', url: `/search?q=${q('双减')}&group=plan`, ready: '.group-list' },
      { name: 'trends', url: `/search?q=${q('双减')}&view=trends`, ready: '.trends canvas' },
      { name: 'empty', url: `/search?q=${q('量子纠缠')}`, ready: '.empty' },
      { name: 'clause', url: `/c/${q(clauseId)}?q=${q('教育')}`, ready: '.plan-doc__clause.is-target' },
      { name: 'plan', url: `/p/${q(plans[0].id)}?q=${q('教育')}`, ready: '.within__list' },
      { name: 'plans', url: '/plans', ready: 'tbody tr' },
      { name: 'compare', url: `/compare?q=${q('双减')}`, ready: '.compare__column' },
      { name: 'compare-city', url: `/compare?q=${q('双减')}&by=city`, ready: '.compare__column' },
      { name: 'not-found', url: '/no/such/page', ready: '.not-found' },
    ]
  }

  it.each(WIDTHS)('has no serious or critical axe violations on any page (%i px)', async (width) => {
    const s = await open(width)
    const found: Record<string, string[]> = {}
    for (const p of await pages()) {
      await s.page.goto(p.url)
      await s.page.locator(p.ready).first().waitFor()
      // The clause page has scrolled to its clause once the clause has focus.
      if (p.name === 'clause') await expect.poll(() => s.page.evaluate(() => !!document.activeElement?.classList.contains('is-target'))).toBe(true)
      // ECharts grows its bars for about a second; the screenshot should show them drawn.
      if (p.name === 'trends') await chartSettled(s.page.locator('.trends canvas').first())
      await shot(s.page, `${p.name}-${width}`)
      const violations = await axeViolations(s.page)
      if (violations.length) found[p.name] = violations
    }
    expect(found).toEqual({})
    await finish(s)
  }, 120_000)

  it.each(WIDTHS)('has no serious or critical axe violations in the error state and the open filter drawer (%i px)', async (width) => {
    const s = await open(width)
    await s.page.route('**/api/search**', (route) => route.abort('connectionrefused'))
    await s.page.goto(`/search?q=${q('双减')}`)
    await s.page.getByRole('alert').waitFor()
    await shot(s.page, `error-${width}`)
    expect(await axeViolations(s.page)).toEqual([])
    await s.page.unroute('**/api/search**')
    if (width === 375) {
      await s.page.getByRole('alert').getByRole('button', { name: '重试' }).click()
      await resultTotal(s.page)
      await s.page.getByRole('button', { name: /^筛选/ }).click()
      await shot(s.page, 'facets-drawer-375')
      expect(await axeViolations(s.page)).toEqual([])
    }
    await finish(s)
  }, 60_000)
})
