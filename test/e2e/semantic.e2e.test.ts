/**
 * End-to-end with semantic search enabled: the bundled corpus indexed with the real model, the server
 * loading it, driven in Debian's chromium. The mode switch, the results and totals of semantic mode, an
 * off-topic query, the looser queries of a short keyword list, and a clause link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { SearchResponse } from '../../server/api-types.js'
import { modelForTests } from '../../server/testing/model-for-tests.js'
import { startPortalFixture, type PortalFixture } from './portal-fixture.js'

const model = modelForTests()

describe.skipIf(model.skipped)('the portal with semantic search', () => {
  let fx: PortalFixture

  beforeAll(async () => {
    fx = await startPortalFixture({ semantic: true })
  }, 300_000)
  afterAll(async () => {
    await fx?.close()
  })

  const newPage = () => fx.session({ width: 1280, height: 900 })

  const resultTotal = async (page: Page) => Number(((await page.getByTestId('result-total').textContent({ timeout: 15_000 })) ?? '').replace(/[^\d]/g, ''))

  it('switches a question to semantic mode, shows the close clauses with their true total, and opens one', async () => {
    const { close, page, errors } = await newPage()
    const q = '孩子在学校被人欺负'
    await page.goto(`/search?q=${encodeURIComponent(q)}`)
    await page.getByTestId('result-total').waitFor()
    await page.locator('label.mode-switch__option', { hasText: '语义' }).click()
    await page.waitForURL((url) => url.searchParams.get('mode') === 'semantic')
    const expected = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&mode=semantic`)
    expect(expected.total).toBeGreaterThan(0)
    expect(expected.total).toBeLessThan(100)
    await expect.poll(() => resultTotal(page)).toBe(expected.total)
    expect(await page.locator('.result-list > li').count()).toBe(Math.min(20, expected.total))
    const yearCounts = expected.facets.year.reduce((sum, v) => sum + v.count, 0)
    expect(yearCounts).toBe(expected.total)

    await page.locator('.result-list > li').first().locator('h3 a').click()
    await page.waitForURL(/\/c\//)
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/c/${expected.hits[0].id}`)
    await page.locator('.plan-doc__clause.is-target').waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('says that only the closest clauses are listed when more are close than semantic mode lists (教育)', async () => {
    const { close, page, errors } = await newPage()
    const expected = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('教育')}&mode=semantic`)
    expect([expected.total, expected.totalIsLowerBound]).toEqual([100, true])
    await page.goto(`/search?q=${encodeURIComponent('教育')}&mode=semantic`)
    await expect.poll(() => page.getByTestId('result-total').textContent()).toBe('100+')
    expect(await page.locator('#results-summary').innerText()).toContain('只列出语义最相近的条款，还有更多相近的未列出')
    expect(errors).toEqual([])
    await close()
  })

  it('says so when an off-topic query finds nothing close in semantic mode', async () => {
    const { close, page, errors } = await newPage()
    const expected = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('股票行情')}&mode=semantic`)
    expect(expected.total).toBeLessThanOrEqual(3)
    await page.goto(`/search?q=${encodeURIComponent('股票行情')}&mode=semantic`)
    if (expected.total === 0) expect(await page.locator('.empty__title').textContent()).toContain('没有与“股票行情”意思相近的条款')
    else await expect.poll(() => resultTotal(page)).toBe(expected.total)
    expect(errors).toEqual([])
    await close()
  })

  it('offers 欺凌 and semantic mode with their counts when 如何防止校园欺凌 finds few clauses by keyword', async () => {
    const { close, page, errors } = await newPage()
    const q = '如何防止校园欺凌'
    const expected = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&mode=keyword`)
    const qiling = expected.alternatives!.find((a) => a.query === '欺凌')!
    const semantic = expected.alternatives!.find((a) => a.mode === 'semantic')!
    expect(qiling.total).toBeGreaterThan(expected.total)
    expect(semantic.total).toBeGreaterThan(0)
    await page.goto(`/search?q=${encodeURIComponent(q)}`)
    const offer = page.getByRole('button', { name: `欺凌 (${qiling.total})` })
    await offer.waitFor()
    await page.getByRole('button', { name: `语义检索“${q}” (${semantic.total})` }).waitFor()
    await offer.click()
    await page.waitForURL((url) => url.searchParams.get('q') === '欺凌')
    await expect.poll(() => resultTotal(page)).toBe(qiling.total)
    expect(errors).toEqual([])
    await close()
  })

  it('searches a hybrid question naming a city within it, and turns that into an ordinary filter on request', async () => {
    const { close, page, errors } = await newPage()
    const q = '荆门 双减'
    const expected = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&mode=hybrid`)
    expect(expected.inferred).toEqual({ query: '双减', mentions: ['荆门'], city: ['荆门市'] })
    await page.goto(`/search?q=${encodeURIComponent(q)}&mode=hybrid`)
    await page.getByText('已在 荆门市 的文件中检索“双减”').waitFor()
    await expect.poll(() => resultTotal(page)).toBe(expected.total)
    await page.getByRole('button', { name: '改为筛选条件' }).click()
    await page.waitForURL((url) => url.searchParams.get('q') === '双减' && url.searchParams.get('city') === '荆门市')
    // The filter is now one the user can untick; the notice goes with the new answer.
    await page.locator('.active-filters').getByText('荆门市').waitFor()
    await expect.poll(() => page.getByText('已在 荆门市 的文件中检索').count()).toBe(0)
    await expect.poll(() => resultTotal(page)).toBe(expected.total)

    // Keyword mode searches within the city too; asked as typed (infer=0), it offers the filtered search with its count.
    expect((await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`)).inferred).toEqual(expected.inferred)
    const keyword = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&infer=0`)
    const offer = keyword.alternatives!.find((a) => a.filters)!
    expect(offer).toMatchObject({ query: '双减', filters: { city: ['荆门市'] } })
    await page.goto(`/search?q=${encodeURIComponent(q)}&infer=0`)
    await page.getByRole('button', { name: `双减 · 限 荆门市 (${offer.total})` }).click()
    await page.waitForURL((url) => url.searchParams.get('q') === '双减' && url.searchParams.get('city') === '荆门市')
    await expect.poll(() => resultTotal(page)).toBe(offer.total)
    expect(errors).toEqual([])
    await close()
  })

  it('searches a hybrid question naming a city as the one not asked for in the other cities, keeps that as a chip and removes it', async () => {
    const { close, page, errors } = await newPage()
    const q = '除了荆门以外的双减'
    const expected = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&mode=hybrid`)
    expect(expected.inferred).toEqual({ query: '双减', mentions: ['荆门'], exceptCity: ['荆门市'] })
    const all = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('双减')}&mode=hybrid`)
    expect(expected.total).toBeLessThan(all.total)
    await page.goto(`/search?q=${encodeURIComponent(q)}&mode=hybrid`)
    await page.getByText('已在 荆门市以外 的文件中检索“双减”').waitFor()
    await expect.poll(() => resultTotal(page)).toBe(expected.total)
    await page.getByRole('button', { name: '改为筛选条件' }).click()
    await page.waitForURL((url) => url.searchParams.get('q') === '双减' && url.searchParams.get('exceptCity') === '荆门市')
    const chip = page.locator('.active-filters').getByRole('button', { name: '去掉筛选 不含城市：荆门市' })
    await chip.waitFor()
    await expect.poll(() => resultTotal(page)).toBe(expected.total)
    await chip.click()
    await page.waitForURL((url) => url.searchParams.get('q') === '双减' && !url.searchParams.has('exceptCity'))
    await expect.poll(() => resultTotal(page)).toBe(all.total)
    expect(errors).toEqual([])
    await close()
  })

  it('offers hybrid mode from the empty page when a short everyday word finds nothing and nothing is close by meaning alone', async () => {
    const { close, page, errors } = await newPage()
    const semantic = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('霸凌')}&mode=semantic`)
    const hybrid = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('霸凌')}&mode=hybrid`)
    const keyword = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent('霸凌')}`)
    expect([keyword.total, semantic.total]).toEqual([0, 0])
    expect(hybrid.total).toBeGreaterThan(0)
    expect(keyword.alternatives).toContainEqual({ query: '霸凌', mode: 'hybrid', total: hybrid.total })
    await page.goto(`/search?q=${encodeURIComponent('霸凌')}`)
    await page.getByRole('button', { name: `改用混合检索（${hybrid.total} 条）` }).click()
    await page.waitForURL((url) => url.searchParams.get('mode') === 'hybrid')
    await expect.poll(() => resultTotal(page)).toBe(hybrid.total)
    expect(errors).toEqual([])
    await close()
  })

  it('offers hybrid mode with its count when few clauses are close by meaning but more say the word: 近视', async () => {
    const { close, page, errors } = await newPage()
    const word = '近视'
    const semantic = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(word)}&mode=semantic`)
    const hybrid = await fx.api<SearchResponse>(`/api/search?q=${encodeURIComponent(word)}&mode=hybrid`)
    expect(semantic.total).toBeLessThan(5)
    expect(hybrid.total).toBeGreaterThan(semantic.total)
    expect(semantic.alternatives).toEqual([{ query: word, mode: 'hybrid', total: hybrid.total }])
    await page.goto(`/search?q=${encodeURIComponent(word)}&mode=semantic`)
    await expect.poll(() => resultTotal(page)).toBe(semantic.total)
    await page.getByText(`只找到 ${semantic.total} 条意思足够接近的条款`).waitFor()
    await page.getByRole('button', { name: `混合检索“${word}” (${hybrid.total})` }).click()
    await page.waitForURL((url) => url.searchParams.get('mode') === 'hybrid')
    await expect.poll(() => resultTotal(page)).toBe(hybrid.total)
    expect(errors).toEqual([])
    await close()
  })
})
