/**
 * What a demanding first-time user ran into at 1280 px and on a 390 px touch phone: pages wider than the
 * phone, a citation menu cut off at the window's edge that neither Esc nor a click elsewhere closed, and a
 * missing plan answered in the API's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Response as PageResponse } from 'playwright-core'
import { DEVICE, finishSession, pageWidth, startPortalFixture, type PortalFixture, type Session } from './portal-fixture.js'

const q = encodeURIComponent
let fx: PortalFixture

beforeAll(async () => {
  fx = await startPortalFixture()
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

const open = (kind: keyof typeof DEVICE): Promise<Session> => fx.session(DEVICE[kind])
const finish = finishSession



describe('ux sweep', () => {
  it('keeps the compare columns and the API page inside a 390 px phone, and a plan\'s search button beside its box', async () => {
    const s = await open('phone')
    await s.page.goto(`/compare?q=${q('双减')}`)
    await s.page.locator('.compare__column').first().waitFor()
    expect(await s.page.locator('.compare__column').count()).toBeGreaterThan(2)
    expect(await pageWidth(s.page)).toEqual({ inner: 390, scroll: 390 })
    await s.page.goto('/api-docs')
    await s.page.locator('.api-docs__op').first().waitFor()
    expect(await pageWidth(s.page)).toEqual({ inner: 390, scroll: 390 })
    await s.page.goto('/p/jiangmen-2023-jiaoyuju-gongzuo-yaodian')
    const box = await s.page.locator('#within-input').boundingBox()
    const button = await s.page.locator('.within__row button[type=submit]').boundingBox()
    expect(Math.abs(box!.y + box!.height / 2 - (button!.y + button!.height / 2))).toBeLessThan(4)
    await finish(s)
  })

  it('opens the citation menu inside the window and closes it on Esc and on a click elsewhere', async () => {
    const s = await open('desk')
    await s.page.goto(`/search?q=${q('双减')}`)
    const toggle = s.page.locator('.cite-menu__toggle').first()
    const menu = s.page.locator('details.cite-menu').first()
    await toggle.click()
    await expect.poll(async () => (await s.page.locator('.cite-menu__panel').first().boundingBox())?.x ?? 0).toBeLessThan(1280 - 512)
    const box = await s.page.locator('.cite-menu__panel').first().boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280)
    expect((await pageWidth(s.page)).scroll).toBe(1280)

    await s.page.getByRole('button', { name: '复制参考文献' }).first().focus()
    await s.page.keyboard.press('Escape')
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    expect(await s.page.evaluate(() => document.activeElement?.classList.contains('cite-menu__toggle'))).toBe(true)

    await toggle.click()
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    await s.page.getByTestId('result-total').click()
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    await finish(s)
  })

  it('keeps the keyboard focus on a button that works for a moment or reaches an end, after an empty search, and in the basket as rows move', async () => {
    const s = await open('desk')
    const { page } = s
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.split('\n')[0] ?? '')
    await page.goto(`/search?q=${q('双减')}`)
    for (const n of [0, 1, 2]) {
      await page.getByRole('button', { name: '加入草稿篮', exact: true }).first().focus()
      await page.keyboard.press('Enter')
      await expect.poll(focused, { message: `basket button ${n}` }).toBe('已加入草稿篮')
    }

    await page.goto(`/compare?q=${q('双减')}`)
    const right = page.getByRole('button', { name: /向右/ })
    await right.focus()
    await expect.poll(async () => {
      await page.keyboard.press('Enter')
      return right.getAttribute('aria-disabled')
    }, { timeout: 10_000 }).toBe('true')
    expect(await focused()).toBe('向右')

    await page.goto(`/search?q=${q('双减')}`)
    await page.locator('.search-box__input').fill('')
    await page.keyboard.press('Enter')
    await page.locator('.landing').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-box__input'))).toBe(true)

    await page.goto('/basket')
    await page.getByRole('button', { name: '下移第 2 条' }).focus()
    await page.keyboard.press('Enter')
    // The row moved to the end: its 下移 is off, so the focus is on its 上移, now the third row's.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('上移第 3 条')
    await page.getByRole('button', { name: '移除第 2 条' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('移除第 2 条')
    await page.getByRole('button', { name: '清空草稿篮' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await finish(s)
  })

  it('keeps the focus near a removed filter chip or left-out value, in the panel after 清除全部, and on the answer to a way out', async () => {
    const s = await open('desk')
    const { page } = s
    const focused = () => page.evaluate(() => { const e = document.activeElement!; return e.getAttribute('aria-label') ?? e.id })
    await page.goto(`/search?q=${q('教育')}&year=2025&exceptCity=${q('江门市')}&exceptCity=${q('荆门市')}`)
    await page.getByTestId('result-total').waitFor()
    await page.locator('.active-filters .chip').first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('去掉筛选 不含城市：江门市')
    await page.getByRole('button', { name: '取消排除 江门市' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('取消排除 荆门市')
    await page.locator('.active-filters .chip').first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('results-summary')
    await page.goto(`/search?q=${q('教育')}&year=2025`)
    await page.locator('.facets').getByRole('button', { name: '清除全部' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('facets-title')

    // Ways out that go away with the answer they were offered on: the focus follows to the new summary.
    await page.goto(`/search?q=${q('双减')}&year=1999`)
    // The chip 去掉筛选 年份：1999年 is drawn before the answer: wait for the empty page, whose 去掉 is the last.
    await page.locator('.empty').waitFor()
    await page.getByRole('button', { name: /去掉/ }).last().focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('results-summary')
    await page.goto(`/compare?q=${q('双减')}&city=${q('荆门市')}&city=${q('江门市')}`)
    await page.getByRole('button', { name: '看全部城市' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true')
    await finish(s)
  })

  it('keeps Tab and Shift+Tab inside the open filter drawer of a phone', async () => {
    const s = await open('phone')
    const { page } = s
    const inDrawer = () => page.evaluate(() => !!document.activeElement?.closest('#facet-drawer'))
    await page.goto(`/search?q=${q('双减')}`)
    await page.getByRole('button', { name: /^筛选/ }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('完成')
    await page.keyboard.press('Shift+Tab')
    expect(await inDrawer()).toBe(true)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('完成')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('facet-drawer')
    expect(await inDrawer()).toBe(false)
    await finish(s)
  })

  it('says in its own words that a plan link leads nowhere, names the page so, and leads a dead clause link to its plan', async () => {
    const s = await open('phone')
    await s.page.goto('/p/no-such-plan')
    const block = s.page.getByRole('alert')
    await expect.poll(() => block.textContent()).toContain('没有找到这份文件')
    const text = await block.innerText()
    expect(text).toContain('找不到编号为 no-such-plan 的文件。')
    expect(text).not.toContain('/api/')
    expect(text).not.toContain('条款')
    expect(await s.page.title()).toMatch(/^没有找到这份文件/)
    await s.page.getByRole('link', { name: '查看全部文件' }).click()
    await s.page.waitForURL(/\/plans$/)
    // The plans page's own /api/plans answer, still arriving on a loaded machine, must not be counted as the clause page's.
    await s.page.waitForLoadState('networkidle')

    // A clause link whose number a re-index changed still leads to its plan.
    const plan = (await fx.api<{ plans: { id: string; displayName: string }[] }>('/api/plans')).plans[0]
    const fetched: { path: string; bytes: number }[] = []
    // The path is noted at once and the size when the body is read; a body the next navigation cut off is a
    // rejection caught here, not one left unhandled after the test (it failed a CI run: Network.getResponseBody).
    const noteResponse = (r: PageResponse) => {
      const { pathname } = new URL(r.url())
      if (!pathname.startsWith('/api/')) return
      const entry = { path: pathname, bytes: Number.NaN }
      fetched.push(entry)
      r.body().then((b) => { entry.bytes = b.length }, () => undefined)
    }
    s.page.on('response', noteResponse)
    await s.page.goto(`/c/${q(plan.id)}-99-99`)
    await expect.poll(() => block.innerText()).toContain(`它所在的文件还在：${plan.displayName}。`)
    expect(await block.getByRole('heading').innerText()).toBe('没有找到这一条款')
    // Before: the whole plan list (/api/plans, 19 436 bytes here, 330 KB at 200 plans); now one search filtered to the id's prefixes.
    await expect.poll(() => fetched.map((f) => f.path).sort()).toEqual([`/api/clauses/${plan.id}-99-99`, '/api/search'])
    await expect.poll(() => fetched.find((f) => f.path === '/api/search')!.bytes).toBeLessThan(6000)
    s.page.off('response', noteResponse)
    await s.page.getByRole('link', { name: '打开所在的文件' }).click()
    await s.page.waitForURL((url) => url.pathname === `/p/${plan.id}`)

    // A link whose plan is gone too says the clause is gone and leads to the search only.
    await s.page.goto('/c/no-such-plan-6-25')
    await expect.poll(() => block.textContent()).toContain('找不到编号为 no-such-plan-6-25 的条款')
    expect(await block.getByRole('link').allInnerTexts()).toEqual(['回到检索'])
    await finish(s)
  })

  it('leaves the keyboard tips off the start page of a touch phone, and keeps them at the desk', async () => {
    for (const [kind, shown] of [['phone', false], ['desk', true]] as const) {
      const s = await open(kind)
      await s.page.goto('/')
      await s.page.locator('.landing__stats').waitFor()
      expect(await s.page.locator('.landing__keys').first().isVisible(), kind).toBe(shown)
      expect(await s.page.locator('.landing__tips').innerText()).toContain('精确短语')
      await finish(s)
    }
  })

  it('titles the clauses of a chart cell in a sentence when the link has no cell label', async () => {
    const s = await open('desk')
    await s.page.goto(`/research/clauses?q=${q('双减')}&plan=jiangmen-2023-jiaoyuju-gongzuo-yaodian`)
    await s.page.getByTestId('result-total').waitFor()
    expect(await s.page.locator('h1').innerText()).toBe('包含“双减”的条款')
    await s.page.goto(`/research/clauses?q=${q('双减')}&plan=jiangmen-2023-jiaoyuju-gongzuo-yaodian&label=${q('江门市 2023年')}`)
    await expect.poll(() => s.page.locator('h1').innerText()).toBe('江门市 2023年：包含“双减”的条款')
    await finish(s)
  })

  it('says a page past the last one is empty and offers the last page, and names a search by filters alone', async () => {
    const s = await open('phone')
    const { total } = await fx.api<{ total: number }>(`/api/search?q=${q('双减')}&limit=1`)
    const last = Math.ceil(total / 20)
    await s.page.goto(`/search?q=${q('双减')}&page=999`)
    const notice = s.page.locator('.search-page__past-end')
    await notice.waitFor()
    expect(await notice.innerText()).toContain(`第 999 页没有条款：共 ${total} 条，只有 ${last} 页。`)
    await s.page.getByRole('button', { name: `转到第 ${last} 页` }).click()
    await s.page.locator('.result-list > li').first().waitFor()
    expect(Number(new URL(s.page.url()).searchParams.get('page') ?? 1)).toBe(last)
    await s.page.goto(`/search?city=${q('荆门市')}`)
    await s.page.getByTestId('result-total').waitFor()
    expect(await s.page.title()).toMatch(/^筛选结果 · /)
    await finish(s)
  })

  it('keeps long city names apart over the theme map, says once that nothing mentions a term, and that a plans filter matched nothing', async () => {
    const s = await open('phone')
    await s.page.goto(`/research?q=${q('双减')}`)
    const themeMap = s.page.locator('figure.heatmap').nth(1)
    await themeMap.locator('svg text').first().waitFor()
    const overlaps = await themeMap.evaluate((figure) => {
      const top = figure.querySelector('svg')!.getBoundingClientRect().top + 60
      const labels = [...figure.querySelectorAll('svg text')].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
        .filter((l) => l.box.top < top && /市|地区/.test(l.text ?? '')).sort((a, b) => a.box.left - b.box.left)
      return { count: labels.length, overlaps: labels.slice(1).filter((l, i) => l.box.left < labels[i].box.right).map((l) => l.text) }
    })
    expect(overlaps.count).toBeGreaterThan(3)
    expect(overlaps.overlaps).toEqual([])

    await s.page.goto('/research?q=zzzz')
    await expect.poll(() => s.page.getByTestId('research-none').innerText().catch(() => '')).toContain('都没有提及“zzzz”')
    expect(await s.page.locator('.heatmap').count()).toBe(0)
    await s.page.goto('/plans?f=zzzz')
    await expect.poll(() => s.page.locator('.plans__none').innerText().catch(() => '')).toContain('包含“zzzz”的文件')
    expect(await s.page.locator('table').count()).toBe(0)
    await s.page.getByRole('button', { name: '显示全部文件' }).click()
    await expect.poll(() => s.page.locator('.plans__table tbody tr').count()).toBeGreaterThan(5)
    expect(new URL(s.page.url()).searchParams.get('f')).toBeNull()
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('plans-filter')
    await finish(s)
  })

  it('counts on the plans page what the home page counts: numbered clauses and unnumbered passages', async () => {
    const s = await open('desk')
    const health = await fx.api<{ clauses: number }>('/api/health')
    await s.page.goto('/plans')
    const status = s.page.locator('.plans__bar [role=status]')
    await status.waitFor()
    const numbers = ((await status.textContent()) ?? '').replace(/,/g, '').match(/\d+/g)!.map(Number)
    expect(numbers).toHaveLength(3)
    expect(numbers[1] + numbers[2]).toBe(health.clauses)
    await finish(s)
  })
})
