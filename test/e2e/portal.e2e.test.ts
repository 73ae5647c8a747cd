/**
 * End-to-end: the production web build served by the real server over the bundled corpus, driven
 * in Debian's chromium. Screenshots of the main pages land in test/e2e/screenshots/ on every run.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import type { ClauseResponse, PlanResponse, SearchResponse } from '../../server/api-types.js'
import { chartSettled, finishSession, SCREENSHOTS, startPortalFixture, type PortalFixture, type Session } from './portal-fixture.js'

let fx: PortalFixture

beforeAll(async () => {
  fx = await startPortalFixture()
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

/** Each page's session, to check its script errors and end it (the page is kept for the next test, session-pool.ts). */
const sessionOf = new WeakMap<Page, Session>()

async function newPage(width = 1440, height = 900): Promise<{ context: BrowserContext; page: Page }> {
  const s = await fx.session({ width, height })
  sessionOf.set(s.page, s)
  return { context: s.context, page: s.page }
}

/** Every flow must run without a script error or a Content-Security-Policy violation. */
async function closeClean(page: Page) {
  await finishSession(sessionOf.get(page)!)
}

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage })
}

async function resultTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('result-total').textContent({ timeout: 10_000 })
  return Number((text ?? '').replace(/[^\d]/g, ''))
}

/** No raw markup or escaped entity ever shows as text. */
async function expectCleanText(page: Page) {
  const text = await page.locator('main').innerText()
  expect(text).not.toMatch(/&(lt|gt|amp|quot|#\d+);|<\/?mark>|<script/)
}

describe('portal in a browser', () => {
  it('searches 双减, ticks a city, opens a clause, copies its link and lands on the same highlighted clause', async () => {
    const { context, page } = await newPage()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fx.url })
    await page.goto('/')
    await expect(page.locator('h1').textContent()).resolves.toBe('教育工作要点检索')
    await page.waitForSelector('.landing__stats')
    await shot(page, 'home-1440')

    await page.getByRole('combobox', { name: '检索条款' }).fill('双减')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    const expected = await fx.api<SearchResponse>('/api/search?q=' + encodeURIComponent('双减'))
    expect(expected.total).toBeGreaterThan(0)
    expect(await resultTotal(page)).toBe(expected.total)
    expect(await page.locator('.result-list > li').count()).toBe(Math.min(20, expected.total))
    expect(await page.locator('.clause-card__snippet mark').first().textContent()).toBe('双减')
    await expectCleanText(page)
    await shot(page, 'search-shuangjian-1440')

    const city = expected.facets.city[0]
    await page.locator(`input[name="city"][value="${city.value}"]`).check()
    await page.waitForURL((url) => url.searchParams.getAll('city').includes(city.value))
    const filtered = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('双减')}&city=${encodeURIComponent(city.value)}`)
    await expect.poll(() => resultTotal(page)).toBe(filtered.total)
    expect(filtered.total).toBe(city.count)
    const cities = await page.locator('.clause-card__meta').allInnerTexts()
    expect(cities.every((m) => m.includes(city.value))).toBe(true)

    const first = filtered.hits[0]
    await page.locator('.result-list > li').first().locator('h3 a').click()
    await page.waitForURL(/\/c\//)
    const target = page.locator('.plan-doc__clause.is-target')
    await target.waitFor()
    expect(await target.getAttribute('id')).toBe(first.id)
    expect(await target.locator('mark').first().textContent()).toBe('双减')
    expect(await target.isVisible()).toBe(true)
    expect(await page.locator('.clause-bar__citation').textContent()).toBe(first.citation)
    await shot(page, 'clause-1440')

    await page.getByRole('button', { name: '复制链接' }).first().click()
    await page.getByText('已复制', { exact: true }).first().waitFor()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toBe(`${fx.url}/c/${encodeURIComponent(first.id)}?q=${encodeURIComponent('双减').replace(/%20/g, '+')}`)

    const fresh = await context.newPage()
    await fresh.goto(link)
    const again = fresh.locator('.plan-doc__clause.is-target')
    await again.waitFor()
    expect(await again.getAttribute('id')).toBe(first.id)
    const box = await again.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeLessThan(900)
    await closeClean(page)
  })

  it('leaves a city out from its facet row, shows it as a chip, and brings it back from the chip', async () => {
    const { context, page } = await newPage()
    const all = await fx.api<SearchResponse>('/api/search?q=' + encodeURIComponent('双减'))
    const city = all.facets.city[0]
    const others = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('双减')}&exceptCity=${encodeURIComponent(city.value)}`)
    expect(others.total).toBe(all.total - city.count)
    await page.goto('/search?q=' + encodeURIComponent('双减'))
    await expect.poll(() => resultTotal(page)).toBe(all.total)
    const row = page.locator(`input[name="city"][value="${city.value}"]`).locator('xpath=ancestor::li[1]')
    await row.hover()
    await row.getByRole('button', { name: `排除 ${city.value}` }).click()
    await page.waitForURL((url) => url.searchParams.get('exceptCity') === city.value)
    await expect.poll(() => resultTotal(page)).toBe(others.total)
    expect(await page.locator(`input[name="city"][value="${city.value}"]`).count()).toBe(0)
    const metas = await page.locator('.clause-card__meta').allInnerTexts()
    expect(metas.some((m) => m.includes(city.value))).toBe(false)
    await page.locator('.active-filters').getByRole('button', { name: `去掉筛选 不含城市：${city.value}` }).click()
    await page.waitForURL((url) => !url.searchParams.has('exceptCity'))
    await expect.poll(() => resultTotal(page)).toBe(all.total)
    await closeClean(page)
  })

  it('expands a result to its whole clause, fetched on demand, with every occurrence of the term marked', async () => {
    const { context, page } = await newPage()
    await page.goto('/search?q=' + encodeURIComponent('双减'))
    const card = page.locator('.result-list > li').first()
    const href = await card.locator('h3 a').getAttribute('href')
    const id = decodeURIComponent(href!.replace(/^\/c\//, '').replace(/\?.*$/, ''))
    const { clause } = await fx.api<ClauseResponse>(`/api/clauses/${encodeURIComponent(id)}`)
    const textRequests: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/clauses/${encodeURIComponent(id)}`) textRequests.push(request.url())
    })
    await card.getByRole('button', { name: '展开全文' }).click()
    await card.getByRole('button', { name: '收起全文' }).waitFor()
    expect(await card.locator('.clause-card__full').innerText()).toBe(clause.text)
    expect(await card.locator('.clause-card__full mark').count()).toBe(clause.text.split('双减').length - 1)
    // The basket takes the text the card already fetched: one request for both.
    await card.getByRole('button', { name: '加入草稿篮' }).click()
    await card.getByRole('button', { name: '已加入草稿篮' }).waitFor()
    expect(textRequests).toHaveLength(1)
    await card.getByRole('button', { name: '收起全文' }).click()
    await card.locator('.clause-card__snippet').waitFor()
    await closeClean(page)
  })

  it('restores a search from the back button', async () => {
    const { context, page } = await newPage()
    await page.goto('/search?q=' + encodeURIComponent('课后服务'))
    const total = await resultTotal(page)
    await page.locator('input[name="year"]').first().check()
    await page.waitForURL(/year=/)
    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has('year'))
    await expect.poll(() => resultTotal(page)).toBe(total)
    await closeClean(page)
  })

  it('lays out for a 375 px phone with the facets in a drawer', async () => {
    const { context, page } = await newPage(375, 812)
    await page.goto('/search?q=' + encodeURIComponent('双减'))
    await resultTotal(page)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await page.locator('#facet-drawer').isVisible()).toBe(false)
    await shot(page, 'search-375')
    const opener = page.getByRole('button', { name: /^筛选/ })
    await opener.click()
    expect(await page.locator('#facet-drawer').isVisible()).toBe(true)
    await shot(page, 'facets-drawer-375')
    await page.keyboard.press('Escape')
    expect(await page.locator('#facet-drawer').isVisible()).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim().startsWith('筛选'))).toBe(true)

    await page.locator('.result-list > li').first().locator('h3 a').click()
    await page.locator('.plan-doc__clause.is-target').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await shot(page, 'clause-375')

    const smallest = await page.evaluate(() => {
      let min = Infinity
      for (const el of document.querySelectorAll('main *')) {
        if (!(el instanceof HTMLElement) || !el.offsetParent || !el.childNodes.length) continue
        const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
        if (hasText && !el.closest('.visually-hidden')) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize))
      }
      return min
    })
    expect(smallest).toBeGreaterThanOrEqual(14)
    await closeClean(page)
  })

  it('can be used with the keyboard only', async () => {
    const { context, page } = await newPage()
    await page.goto('/plans')
    await page.locator('table').waitFor()
    await page.keyboard.press('/')
    await page.waitForURL((url) => url.pathname === '/plans')
    // `/` only works where a search box is; go home by keyboard: Tab to the brand link.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('教育工作要点检索')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/')
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
    await page.keyboard.type('双减')
    await page.locator('[role="option"]').first().waitFor()
    await page.keyboard.press('ArrowDown')
    const picked = await page.locator('[role="option"][aria-selected="true"]').textContent()
    expect(picked).toBeTruthy()
    await page.keyboard.press('Escape')
    expect(await page.locator('[role="listbox"]').isVisible()).toBe(false)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    await resultTotal(page)

    let reached = false
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => !!document.activeElement?.closest('.result-list h3'))
    }
    expect(reached).toBe(true)
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    await shot(page, 'keyboard-focus-1440')
    await page.keyboard.press('Enter')
    await page.locator('.plan-doc__clause.is-target').waitFor()
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-target'))).toBe(true)
    await closeClean(page)
  })

  it('shows the error state when the API cannot be reached', async () => {
    const { context, page } = await newPage()
    await page.route('**/api/search**', (route) => route.abort('connectionrefused'))
    await page.goto('/search?q=' + encodeURIComponent('双减'))
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.locator('h2').textContent()).toBe('无法连接到检索服务')
    await shot(page, 'error-1440')
    await page.unroute('**/api/search**')
    await alert.getByRole('button', { name: '重试' }).click()
    expect(await resultTotal(page)).toBeGreaterThan(0)
    await closeClean(page)
  })

  it('shows a designed empty state with ways out', async () => {
    const { context, page } = await newPage()
    await page.goto('/search?q=' + encodeURIComponent('量子纠缠'))
    await page.getByRole('heading', { name: '没有找到包含“量子纠缠”的条款' }).waitFor()
    await shot(page, 'empty-1440')
    await closeClean(page)
  })

  it('disables semantic modes with the reason when the server has no model', async () => {
    const { context, page } = await newPage()
    const health = await fx.api<{ semantic: boolean }>('/api/health')
    expect(health.semantic).toBe(false)
    await page.goto('/search?q=' + encodeURIComponent('双减'))
    await resultTotal(page)
    expect(await page.getByRole('radio', { name: '语义' }).isDisabled()).toBe(true)
    expect(await page.getByRole('radio', { name: '关键词' }).isChecked()).toBe(true)
    await page.getByText('语义与混合检索暂不可用').waitFor()
    await closeClean(page)
  })

  it('shows trends with charts and applies a filter from them', async () => {
    const { context, page } = await newPage()
    await page.goto('/search?q=' + encodeURIComponent('双减') + '&view=trends')
    await page.locator('.trends canvas').first().waitFor()
    await chartSettled(page.locator('.trends canvas').first())
    await shot(page, 'trends-1440', true)

    // Click a bar of the year chart: find a pixel in the bar colour on the canvas and click there.
    const yearCanvas = page.locator('.trends__chart').first().locator('canvas')
    const spot = await yearCanvas.evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!
      const { width, height } = canvas
      const data = ctx.getImageData(0, 0, width, height).data
      const scale = width / canvas.getBoundingClientRect().width
      for (let y = height - 1; y >= 0; y--) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4
          if (Math.abs(data[i] - 31) < 6 && Math.abs(data[i + 1] - 79) < 6 && Math.abs(data[i + 2] - 138) < 6) return { x: (x + 4) / scale, y: (y - 6) / scale }
        }
      }
      return null
    })
    expect(spot).not.toBeNull()
    await yearCanvas.click({ position: spot! })
    await page.waitForURL((url) => url.searchParams.has('year') && !url.searchParams.has('view'))
    const clickedYear = Number(new URL(page.url()).searchParams.get('year'))
    const byYear = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('双减')}&year=${clickedYear}`)
    await expect.poll(() => resultTotal(page)).toBe(byYear.total)

    await page.goBack()
    await page.locator('.trends canvas').first().waitFor()
    const firstTable = page.locator('.trends__table').first()
    await firstTable.locator('summary').click()
    await firstTable.getByRole('button', { name: '按此筛选' }).first().click()
    await page.waitForURL((url) => url.searchParams.has('year') && !url.searchParams.has('view'))
    expect(new URL(page.url()).searchParams.getAll('year')).toHaveLength(1)
    await resultTotal(page)
    await closeClean(page)
  })

  it('renders the plan, plans, grouped and compare pages', async () => {
    const { context, page } = await newPage()
    const { plans } = await fx.api<{ plans: { id: string; title: string; clauseCount: number }[] }>('/api/plans')
    await page.goto('/plans')
    // count() does not wait: let the table render its rows (from /api/plans) before counting them.
    await page.locator('tbody tr').first().waitFor()
    expect(await page.locator('tbody tr').count()).toBe(plans.length)
    await shot(page, 'plans-1440')
    await page.getByRole('button', { name: /条款数/ }).click()
    await page.waitForURL(/sort=clauseCount/)
    const counts = await page.locator('tbody tr td:nth-child(6)').allInnerTexts()
    const numbers = counts.map((c) => parseInt(c, 10))
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))

    const plan = plans[0]
    await page.goto(`/p/${encodeURIComponent(plan.id)}?q=${encodeURIComponent('教育')}`)
    await page.locator('.plan-doc').waitFor()
    await page.locator('.within__list').waitFor()
    await shot(page, 'plan-1440')
    const active = page.locator('.outline__clause.is-active')
    const before = (await active.count()) === 1 ? await active.innerText() : null
    await page.mouse.wheel(0, 2500)
    // The scroll spy follows the scroll: wait until it has moved to another clause, then exactly one is active.
    await expect.poll(async () => ((await active.count()) === 1 ? await active.innerText() : before)).not.toBe(before)
    expect(await active.count()).toBe(1)
    await shot(page, 'plan-scrolled-1440')

    await page.goto('/search?q=' + encodeURIComponent('双减') + '&group=plan')
    await page.locator('.group-list').waitFor()
    await shot(page, 'grouped-1440')

    await page.goto('/compare?q=' + encodeURIComponent('双减'))
    await page.locator('.compare__column').first().waitFor()
    await shot(page, 'compare-1440')
    await expectCleanText(page)
    await closeClean(page)
  })
})

describe('citations, plan metadata, feeds and the API page in a browser', () => {
  it('copies either citation form from the menu of a clause, as the API gives them', async () => {
    const { context, page } = await newPage()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fx.url })
    const id = 'jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25'
    const clause = await fx.api<ClauseResponse>(`/api/clauses/${id}`)
    expect(clause.citation).toBe('江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条')
    await page.goto(`/c/${id}`)
    await page.locator('.plan-doc__clause.is-target').waitFor()
    await page.locator('.clause-bar .cite-menu__toggle').click()
    expect(await page.locator('.clause-bar').getByTestId('citation').innerText()).toBe(clause.citation)
    expect(await page.locator('.clause-bar').getByTestId('citation-gbt').innerText()).toBe(clause.citationGbt)
    await page.locator('.clause-bar').getByRole('button', { name: '复制参考文献' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clause.citationGbt)
    await shot(page, 'citation-menu-1440')
    await closeClean(page)
  })

  it('names an anonymised plan apart from its namesake, says what is not stated, and downloads the original file', async () => {
    const { context, page } = await newPage()
    const { plan } = await fx.api<PlanResponse>('/api/plans/2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75')
    await page.goto(`/p/${plan.id}`)
    await page.locator('.plan-doc').waitFor()
    expect(await page.getByTestId('plan-display-name').innerText()).toBe('某县《县2024年教育体育工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第6篇')
    expect(await page.locator('.plan-meta').innerText()).toContain('地区未注明')
    expect(await page.getByTestId('plan-unknown').innerText()).toBe('发布机构、文号、发布日期、成文日期、效力状态（文件中没有写明）')
    const href = await page.getByTestId('plan-file').getAttribute('href')
    const file = await fetch(fx.url + href!)
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'text/plain'])
    await closeClean(page)
  })

  it('offers the feed of a search and copies its URL', async () => {
    const { context, page } = await newPage()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fx.url })
    await page.goto('/search?q=' + encodeURIComponent('双减'))
    await resultTotal(page)
    expect(await page.getByRole('link', { name: '订阅' }).getAttribute('href')).toBe(`/api/feed?q=${encodeURIComponent('双减')}`)
    await page.getByRole('button', { name: '复制订阅地址' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${fx.url}/api/feed?q=${encodeURIComponent('双减')}`)
    await closeClean(page)
  })

  it('renders the API page from the OpenAPI document under the CSP', async () => {
    const { context, page } = await newPage()
    const doc = await fx.api<{ paths: Record<string, unknown> }>('/api/openapi.json')
    await page.goto('/api-docs')
    await page.locator('.api-docs__op').first().waitFor()
    expect(await page.locator('.api-docs__op').count()).toBe(Object.keys(doc.paths).length)
    expect(await page.locator('#op-api-feed').innerText()).toContain('since')
    await shot(page, 'api-docs-1440')
    await closeClean(page)
  })
})
