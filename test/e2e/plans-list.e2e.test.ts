/**
 * The plans page (/plans) on a corpus of more plans than it draws at once: 5 000 synthetic clauses in 125
 * plans (bench/synthetic-corpus.ts). The table draws 50 rows and 50 more on request; the filter and the order work
 * over every plan. /api/plans has no paging, so the list is still loaded whole, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlansResponse } from '../../server/api-types.js'
import { DEVICE, fetchRouted, pageWidth, startPortalFixture, type PortalFixture } from './portal-fixture.js'

let fx: PortalFixture
let plans: PlansResponse['plans']

beforeAll(async () => {
  fx = await startPortalFixture({ synthetic: 5000 })
  plans = (await fx.api<PlansResponse>('/api/plans')).plans
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

describe('plans list', () => {
  it('draws the first 50 plans, the rest 50 at a time with the keyboard on the first row added, and filters over all of them', async () => {
    expect(plans.length).toBeGreaterThan(100)
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    const asked: string[] = []
    page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/plans') asked.push(r.url()) })
    await page.goto('/plans?sort=clauseCount&dir=asc')
    await page.locator('.plans__table').waitFor()
    const rows = page.locator('.plans__table tbody tr')
    expect(await rows.count()).toBe(50)
    expect(await page.locator('.plans__bar [role=status]').innerText()).toMatch(new RegExp(`^${plans.length} 份文件`))
    const more = page.getByRole('button', { name: '显示更多（再显示 50 份）' })
    await more.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => rows.count()).toBe(100)
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex)).toBe(51)
    expect(await page.locator('.plans__more .muted').innerText()).toBe(`已显示 100 份，共 ${plans.length} 份`)

    // The filter reaches a plan not drawn yet.
    const drawn = await page.locator('.plans__table tbody th a').allInnerTexts()
    const last = plans.find((p) => p.city && p.year && !drawn.includes(p.displayName))!
    const inTable = async () => (await page.locator('.plans__table tbody th a').allInnerTexts()).includes(last.displayName)
    const words = `${last.city!.replace(/市$/, '')} ${last.year}`
    await page.locator('#plans-filter').fill(words)
    await page.locator('#plans-filter').press('Enter')
    await expect.poll(inTable).toBe(true)
    const expected = plans.filter((p) => p.city === last.city && p.year === last.year).length
    expect(await rows.count()).toBe(Math.min(50, expected))
    expect(asked).toHaveLength(1)
    expect(s.errors).toEqual([])
    await s.close()
  })

  it('keeps the table a table for a screen reader on a phone, leaves a missing 省份 out of a row\'s facts, and takes the keyboard only when it scrolls sideways', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    const newest = [...plans].sort((x, y) => (y.year ?? 0) - (x.year ?? 0))[0]
    // A plan of the latest year (so drawn among the first 50) whose city is known and its province not (a catalog
    // entry, a city the gazetteer places nowhere).
    await page.route('**/api/plans', async (route) => {
      const response = await fetchRouted(route)
      const body = (await response.json()) as PlansResponse
      await route.fulfill({ response, json: { ...body, plans: body.plans.map((p) => (p.id === newest.id ? { ...p, province: null } : p)) } })
    })
    await page.goto('/plans?sort=year&dir=desc')
    await page.locator('.plans__table tbody tr').first().waitFor()
    // What Chromium gives a screen reader: its own accessibility tree, not roles read off the markup.
    const cdp = await page.context().newCDPSession(page)
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; ignored: boolean }[] }
    const roles = new Map<string, number>()
    for (const n of nodes) if (!n.ignored && n.role) roles.set(n.role.value, (roles.get(n.role.value) ?? 0) + 1)
    // 6 column headers (文号's is not drawn on a phone); 4 facts drawn in each of the 50 rows (no plan here has a
    // date or a 文号), less the first row's 省份.
    expect(['table', 'row', 'columnheader', 'rowheader', 'cell'].map((r) => [r, roles.get(r) ?? 0])).toEqual([
      ['table', 1], ['row', 51], ['columnheader', 6], ['rowheader', 50], ['cell', 199],
    ])
    // Chromium keeps a table's semantics through display: block and flex; WebKit (Safari on an iPhone) drops them
    // unless the roles are written out, which is all this page can do for it.
    expect(await page.locator('.plans__table[role=table] > tbody[role=rowgroup] > tr[role=row] > td[role=cell]').count()).toBe(300)
    // The facts drawn under that plan's name: no 省份 — as no 发布 or 文号, where the plan has none.
    const row = page.locator(`.plans__table tbody tr:has(a[href="/p/${encodeURIComponent(newest.id)}"])`)
    const shown = await row.locator('td').evaluateAll((tds) => tds.filter((td) => getComputedStyle(td).display !== 'none')
      .map((td) => [td.getAttribute('data-label'), (td as HTMLElement).innerText]))
    expect(shown).toEqual([['城市', newest.city], ['年份', String(newest.year)], ['条款', String(newest.clauseCount)]])
    // The blocks fit the phone: nothing to scroll, so no stop in the tab order.
    expect(await page.locator('.plans__scroll').getAttribute('tabindex')).toBeNull()
    expect(s.errors).toEqual([])
    await s.close()

    // A window too narrow for the seven columns and too wide for the blocks: the table scrolls sideways and takes the keyboard.
    const narrow = await fx.session({ width: 720, height: 900 })
    await narrow.page.goto('/plans')
    const box = narrow.page.locator('.plans__scroll')
    await box.waitFor()
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    await expect.poll(() => box.getAttribute('tabindex')).toBe('0')
    await narrow.close()
  })

  it('leaves a missing year out of a phone row and says 地区未注明 once, unnamed, for a plan of no known place', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    // The two plans of fewest clauses, drawn first under that order: one loses its year, the other its city and province.
    const [noYear, nowhere] = [...plans].sort((x, y) => x.clauseCount - y.clauseCount)
    await page.route('**/api/plans', async (route) => {
      const response = await fetchRouted(route)
      const body = (await response.json()) as PlansResponse
      const altered = body.plans.map((p) => (p.id === noYear.id ? { ...p, year: null } : p.id === nowhere.id ? { ...p, city: null, province: null } : p))
      await route.fulfill({ response, json: { ...body, plans: altered } })
    })
    await page.goto('/plans?sort=clauseCount&dir=asc')
    await page.locator('.plans__table tbody tr').first().waitFor()
    // Each fact drawn in a row as read on the screen: its label (drawn before it, where drawn) and its text.
    const facts = (plan: (typeof plans)[number]) => page.locator(`.plans__table tbody tr:has(a[href="/p/${encodeURIComponent(plan.id)}"]) td`)
      .evaluateAll((tds) => tds.filter((td) => getComputedStyle(td).display !== 'none').map((td) => {
        const named = getComputedStyle(td, '::before').content !== 'none'
        return `${named ? `${td.getAttribute('data-label')} ` : ''}${(td as HTMLElement).innerText}`
      }))
    // Before: 年份 — and 省份 地区未注明, where a missing 城市, 发布 or 文号 says nothing.
    expect(await facts(noYear)).toEqual([`城市 ${noYear.city}`, `省份 ${noYear.province}`, `条款 ${noYear.clauseCount}`])
    expect(await facts(nowhere)).toEqual(['地区未注明', `年份 ${nowhere.year}`, `条款 ${nowhere.clauseCount}`])
    expect(s.errors).toEqual([])
    await s.close()
  })

  it('fits a phone (390 px) without a sideways swipe, each plan with its year in view, and keeps the table on a desk', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    await page.goto('/plans?sort=year&dir=desc')
    await page.locator('.plans__table').waitFor()
    // Before: the seven columns were 1 200 px or so wide in a box that scrolled sideways; the year column sat past 390 px.
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    const box = await page.locator('.plans__scroll').evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }))
    expect(box.scroll).toBe(box.client)
    const newest = [...plans].sort((x, y) => (y.year ?? 0) - (x.year ?? 0))[0]
    const year = page.locator('.plans__table tbody tr').first().locator('td.col-year')
    // Named 年份 in the row (its label, drawn before it), the headers being sort buttons on a phone.
    expect([await year.getAttribute('data-label'), await year.innerText()]).toEqual(['年份', String(newest.year)])
    const where = (await year.boundingBox())!
    expect(where.x).toBeGreaterThanOrEqual(0)
    expect(where.x + where.width).toBeLessThanOrEqual(390)
    expect(where.y).toBeLessThan(844)
    // Every drawn row's year lies within the width of the window.
    const rights = await page.locator('.plans__table tbody td.col-year').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right))
    expect(rights).toHaveLength(50)
    expect(Math.max(...rights)).toBeLessThanOrEqual(390)
    // The headers still sort, as a row of buttons.
    await page.getByRole('button', { name: /条款数/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('clauseCount')
    expect(s.errors).toEqual([])
    await s.close()

    const desk = await fx.session(DEVICE.desk)
    await desk.page.goto('/plans')
    await desk.page.locator('.plans__table').waitFor()
    expect(await desk.page.locator('.plans__table').evaluate((t) => getComputedStyle(t).display)).toBe('table')
    expect(await desk.page.locator('.plans__table tbody td.col-year').first().evaluate((td) => getComputedStyle(td).display)).toBe('table-cell')
    expect(await desk.page.locator('.plans__table thead th').evaluateAll((ths) => ths.filter((th) => th.getBoundingClientRect().width > 0).length)).toBe(7)
    await desk.close()
  })
})
