/**
 * End-to-end for the research views on the bundled corpus in Debian's chromium: the spread heatmap
 * (a cell click lands on its clauses), two plans compared (aligned pairs with diff marks, readable at
 * 1440 and 375 px), and the drafting basket (three clauses, a reload, a .docx read back with mammoth).
 * Screenshots of each view land in test/e2e/screenshots/.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Download, Page } from 'playwright-core'
import type { ClauseResponse, PlansResponse, SearchResponse } from '../../server/api-types.js'
import type { PlanCompareResponse, SpreadResponse, ThemeCityResponse } from '../../server/research/types.js'
import { SCREENSHOTS, startPortalFixture, type PortalFixture } from './portal-fixture.js'

let fx: PortalFixture

beforeAll(async () => {
  fx = await startPortalFixture()
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

const enc = encodeURIComponent

// Downloads are accepted in every Playwright context by default.
const newPage = (width = 1440, height = 900) => fx.session({ width, height })

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage })
}

async function shownTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('result-total').textContent({ timeout: 10_000 })
  return Number((text ?? '').replace(/[^\d]/g, ''))
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()])
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) }
}

/** Clicks a heatmap cell the way a user does: at the column of its x label and the row of its y label. */
async function clickCell(page: Page, figure: number, xLabel: string, yLabel: string) {
  const svg = page.locator('.heatmap').nth(figure).locator('svg').first()
  const text = (label: string) => svg.locator('text').filter({ hasText: new RegExp(`^${label}$`) }).first()
  await text(yLabel).scrollIntoViewIfNeeded()
  const [x, y] = [(await text(xLabel).boundingBox())!, (await text(yLabel).boundingBox())!]
  await page.mouse.click(x.x + x.width / 2, y.y + y.height / 2)
}

describe('research views in a browser', () => {
  it('keeps the first page load under 150 kB of gzipped JavaScript', async () => {
    // A first visit: a kept page would have the app's files in its cache.
    const { close, page } = await fx.session({ fresh: true })
    const scripts: Buffer[] = []
    page.on('response', async (r) => { if (r.url().endsWith('.js')) scripts.push(await r.body()) })
    await page.goto('/')
    await page.waitForSelector('.landing__stats')
    const gzipped = scripts.reduce((sum, b) => sum + gzipSync(b).length, 0)
    expect(gzipped).toBeGreaterThan(10_000)
    expect(gzipped).toBeLessThan(150 * 1024)
    await close()
  })

  it('shows where 双减 spreads, and a heatmap cell click lands on exactly its clauses', async () => {
    const { close, page, errors } = await newPage()
    const spread = await fx.api<SpreadResponse>(`/api/research/spread?q=${enc('双减')}`)
    await page.goto(`/research?q=${enc('双减')}`)
    await page.locator('.heatmap svg').first().waitFor()
    await page.locator('.year-share svg').first().waitFor()
    await page.waitForTimeout(400)
    await shot(page, 'research-spread-1440', true)

    // The first-mention list is sorted by year and names every city that mentions 双减.
    const listed = await page.locator('.research__first li').allInnerTexts()
    expect(listed).toHaveLength(spread.firstMentions.length)
    expect(listed.map((t) => Number(t.slice(0, 4)))).toEqual(spread.firstMentions.map((m) => m.year))

    const named = spread.cells.find((c) => c.city !== null && c.mentioning > 0)!
    await clickCell(page, 0, String(named.year), named.city!)
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('city') === named.city)
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(named.year))
    expect(await shownTotal(page)).toBe(named.clauses)
    const expected = await fx.api<SearchResponse>(`/api/search?q=${enc('双减')}&city=${enc(named.city!)}&year=${named.year}`)
    expect(expected.total).toBe(named.clauses)

    await page.goBack()
    await page.locator('.heatmap svg').first().waitFor()
    const unnamed = spread.cells.find((c) => c.city === null && c.mentioning > 0)!
    await clickCell(page, 0, String(unnamed.year), '地区未注明')
    await page.waitForURL((url) => url.pathname === '/research/clauses')
    expect(new URL(page.url()).searchParams.getAll('plan').sort()).toEqual([...unnamed.planIds].sort())
    await expect.poll(() => shownTotal(page)).toBe(unnamed.clauses)
    expect(await page.locator('.result-list > li').count()).toBe(unnamed.clauses)
    await shot(page, 'research-clauses-1440')
    expect(errors).toEqual([])
    await close()
  })

  it('switches to clause counts, offers the numbers as a table and downloads PNG and CSV', async () => {
    const { close, page, errors } = await newPage()
    const spread = await fx.api<SpreadResponse>(`/api/research/spread?q=${enc('课后服务')}`)
    await page.goto(`/research?q=${enc('课后服务')}`)
    await page.locator('.heatmap svg').first().waitFor()
    await page.getByRole('button', { name: '条款数' }).click()
    await page.waitForURL(/measure=clauses/)
    const table = page.locator('.heatmap').first().locator('.heatmap__table')
    await table.locator('summary').click()
    const row = spread.cities.indexOf(spread.firstMentions[0].city)
    const firstRow = await table.locator('tbody tr').nth(row).locator('td').allInnerTexts()
    const expectedRow = spread.years.map((y) => {
      const cell = spread.cells.find((c) => c.city === spread.cities[row] && c.year === y)!
      return cell.plans === 0 ? '—' : String(cell.clauses)
    })
    expect(firstRow.map((t) => t.trim().slice(0, 1) === '—' ? '—' : t.trim())).toEqual(expectedRow)

    const png = await downloaded(page, () => page.locator('.heatmap').first().getByRole('button', { name: '下载图片 PNG' }).click())
    expect(png.name).toMatch(/\.png$/)
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    const csv = await downloaded(page, () => page.locator('.heatmap').first().getByRole('button', { name: '下载数据 CSV' }).click())
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('城市,年份,文件数,提及的文件数,提及占比,条款数,首次提及')
    expect(lines).toHaveLength(spread.cells.length + 1)

    const themes = await fx.api<ThemeCityResponse>(`/api/research/themes?q=${enc('课后服务')}`)
    const cell = themes.cells.find((c) => c.city !== null && c.clauses > 0)!
    await clickCell(page, 1, cell.city!, cell.theme)
    await page.waitForURL((url) => url.searchParams.get('theme') === cell.theme && url.searchParams.get('city') === cell.city)
    expect(await shownTotal(page)).toBe(cell.clauses)
    expect(errors).toEqual([])
    await close()
  })

  it('reads at 375 px without cutting the heatmap off', async () => {
    const { close, page, errors } = await newPage(375, 812)
    await page.goto(`/research?q=${enc('双减')}`)
    await page.locator('.heatmap svg').first().waitFor()
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    // A chart wider than the phone scrolls inside its box, and says so.
    const scrollers = page.locator('.heatmap__scroll')
    for (let i = 0; i < (await scrollers.count()); i++) {
      const wide = await scrollers.nth(i).evaluate((el) => el.scrollWidth > el.clientWidth + 1)
      expect(await page.locator('.heatmap').nth(i).locator('.heatmap__hint').isVisible()).toBe(wide)
    }
    expect(await page.locator('.heatmap__hint').count()).toBeGreaterThan(0)
    await shot(page, 'research-spread-375', true)
    expect(errors).toEqual([])
    await close()
  })
})

describe('two plans compared', () => {
  async function pairWithRewording(): Promise<PlanCompareResponse> {
    const { plans } = await fx.api<PlansResponse>('/api/plans')
    for (const a of plans) {
      for (const b of plans) {
        if (a.id === b.id || a.year !== b.year) continue
        const r = await fx.api<PlanCompareResponse>(`/api/research/compare?a=${enc(a.id)}&b=${enc(b.id)}`)
        if (r.counts.reworded >= 2) return r
      }
    }
    throw new Error('no two plans of one year with reworded clauses in the bundled corpus')
  }

  it('shows aligned pairs with diff marks, chosen from the pickers', async () => {
    const expected = await pairWithRewording()
    const { close, page, errors } = await newPage()
    await page.goto('/compare/plans')
    await page.locator('select').first().locator('option').nth(1).waitFor({ state: 'attached' })
    await page.locator('select').first().selectOption(expected.a.id)
    await page.waitForURL(/a=/)
    await page.locator('select').nth(1).selectOption(expected.b.id)
    await page.waitForURL(/b=/)
    await page.locator('.plan-diff__row').first().waitFor()
    expect(await page.locator('.plan-diff__row').count()).toBe(expected.rows.length)
    for (const s of ['kept', 'reworded', 'new', 'dropped'] as const) expect(await page.locator(`.plan-diff__row.is-${s}`).count()).toBe(expected.counts[s])
    const reworded = page.locator('.plan-diff__row.is-reworded').first()
    expect(await reworded.locator('del').count()).toBeGreaterThan(0)
    expect(await reworded.locator('ins').count()).toBeGreaterThan(0)
    const firstPair = expected.rows.find((r) => r.status === 'reworded')!
    expect(await reworded.locator('.side--a .side__where').getAttribute('href')).toBe(`/c/${enc(firstPair.a!.id)}`)
    expect(await reworded.locator('.side--b .side__where').getAttribute('href')).toBe(`/c/${enc(firstPair.b!.id)}`)
    await page.locator('.plan-diff__chapters summary').click()
    expect(await page.locator('.plan-diff__chapters tbody tr').count()).toBe(expected.chapters.length)
    await page.locator('.plan-diff__chapters summary').click()
    await shot(page, 'plan-diff-1440')

    await page.getByRole('button', { name: /^改写/ }).click()
    expect(await page.locator('.plan-diff__row').count()).toBe(expected.counts.reworded)
    // Both columns are fully on screen at 1440 px.
    for (const side of ['a', 'b']) {
      const box = (await reworded.locator(`.side--${side}`).boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(1440)
    }
    expect(errors).toEqual([])
    await close()
  })

  it('stacks each pair at 375 px, nothing cut off, and shows a plan compared with itself as all kept', async () => {
    const expected = await pairWithRewording()
    const { close, page, errors } = await newPage(375, 812)
    await page.goto(`/compare/plans?a=${enc(expected.a.id)}&b=${enc(expected.b.id)}`)
    await page.locator('.plan-diff__row.is-reworded').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    const row = page.locator('.plan-diff__row.is-reworded').first()
    await row.scrollIntoViewIfNeeded()
    for (const side of ['a', 'b']) {
      const box = (await row.locator(`.side--${side}`).boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(375)
    }
    await shot(page, 'plan-diff-375')

    await page.goto(`/compare/plans?a=${enc(expected.a.id)}&b=${enc(expected.a.id)}`)
    await page.locator('.plan-diff__row').first().waitFor()
    const rows = await page.locator('.plan-diff__row').count()
    expect(rows).toBe(await page.locator('.plan-diff__row.is-kept').count())
    expect(await page.locator('.plan-diff__row ins, .plan-diff__row del').count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  })
})

describe('drafting basket', () => {
  it('keeps three clauses over a reload, reorders and annotates them, and exports a .docx that reads back', async () => {
    const { close, page, errors } = await newPage()
    await page.goto(`/search?q=${enc('双减')}`)
    await page.locator('.result-list > li').nth(2).waitFor()
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const card = page.locator('.result-list > li').nth(i)
      const href = await card.locator('h3 a').getAttribute('href')
      ids.push(decodeURIComponent(href!.replace(/^\/c\//, '').replace(/\?.*$/, '')))
      await card.getByRole('button', { name: '加入草稿篮' }).click()
      await card.getByRole('button', { name: '已加入草稿篮' }).waitFor()
    }
    await page.getByRole('link', { name: '草稿篮（3）' }).click()
    await page.waitForURL(/\/basket$/)
    await page.locator('.basket__item').nth(2).waitFor()
    await page.locator('.basket__item').nth(1).locator('textarea').fill('起草2026年要点时参考：保留“双减”表述')
    await page.getByRole('button', { name: '上移第 3 条' }).click()
    await page.reload()
    await page.locator('.basket__item').nth(2).waitFor()
    const order = [ids[0], ids[2], ids[1]]
    const links = await page.locator('.basket__where a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.replace(/^\/c\//, ''))))
    expect(links).toEqual(order)
    expect(await page.locator('.basket__item').nth(2).locator('textarea').inputValue()).toBe('起草2026年要点时参考：保留“双减”表述')
    await shot(page, 'basket-1440', true)

    const clauses = await Promise.all(order.map((id) => fx.api<ClauseResponse>(`/api/clauses/${enc(id)}`)))
    const docx = await downloaded(page, () => page.getByRole('button', { name: '导出 Word（.docx）' }).click())
    expect(docx.name).toMatch(/\.docx$/)
    const text = (await mammoth.extractRawText({ buffer: docx.bytes })).value
    expect(text).toContain('政策条款摘编')
    let at = -1
    for (const c of clauses) {
      const next = text.indexOf(c.citation)
      expect(next, c.citation).toBeGreaterThan(at)
      at = next
      expect(text).toContain(c.clause.text)
    }
    expect(text).toContain('起草2026年要点时参考：保留“双减”表述')

    await page.locator('.basket__export select').selectOption('theme')
    const byTheme = (await mammoth.extractRawText({ buffer: (await downloaded(page, () => page.getByRole('button', { name: '导出 Word（.docx）' }).click())).bytes })).value
    for (const theme of new Set(clauses.map((c) => c.clause.themes[0] ?? '未归类'))) expect(byTheme).toContain(theme)

    const csv = (await downloaded(page, () => page.getByRole('button', { name: '导出 CSV' }).click())).bytes.toString('utf8')
    expect(csv.startsWith('\uFEFF序号,主题,引用,条款内容,备注,链接')).toBe(true)
    expect(csv).toContain('起草2026年要点时参考：保留“双减”表述')
    for (const c of clauses) expect(csv).toContain(c.citation)
    expect(errors).toEqual([])
    await close()
  })
})
