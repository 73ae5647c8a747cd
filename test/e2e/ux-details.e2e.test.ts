/**
 * What a demanding reader still found on the bundled corpus at 1280 px and on a 390 px phone, after the earlier
 * sweeps (ux-sweep, ux): each case is one fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClauseResponse } from '../../web/src/api/types.js'
import { DEVICE, finishSession, pageWidth, startPortalFixture, type PortalFixture } from './portal-fixture.js'

const CLAUSE = 'jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25'
let fx: PortalFixture

beforeAll(async () => {
  fx = await startPortalFixture()
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

describe('ux details', () => {
  it('keeps the clause\'s place (六、第25条) whole in a phone\'s clause bar and shortens the plan instead', async () => {
    const { citation } = await fx.api<ClauseResponse>(`/api/clauses/${CLAUSE}`)
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    await page.goto(`/c/${CLAUSE}?q=${encodeURIComponent('双减')}`)
    const place = page.locator('.clause-bar__place')
    await place.waitFor()
    expect(await place.innerText()).toBe('六、第25条')
    const box = (await place.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    expect(await place.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    // The plan and its 文号 on one line, cut with …; the heading still reads the whole citation.
    const plan = page.locator('.clause-bar__plan')
    const lineHeight = await plan.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))
    expect((await plan.boundingBox())!.height).toBeLessThan(lineHeight * 1.5)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(citation)
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    await finishSession(s)
  })

  it('says that a pasted place (六、第25条) lists the clauses standing there, and how to keep one plan\'s', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    await page.goto(`/?q=${encodeURIComponent('六、第25条')}`)
    const note = page.locator('.cited-place')
    await note.waitFor()
    expect((await note.innerText()).trim()).toBe('“六、第25条”是条款在文件中的位置：以下列出已收录文件中位于该处的 2 条条款。在位置前加上城市或文件名，可只看一份文件的该处。')
    await expect.poll(() => page.locator('[data-result]').count()).toBe(2)
    await page.goto(`/?q=${encodeURIComponent('江门 六、第25条')}`)
    await expect.poll(async () => (await page.locator('.cited-place').innerText()).trim()).toBe('“六、第25条”是条款在文件中的位置：以下列出位于该处的条款。')
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    await finishSession(s)
  })

  it('says in the reader\'s words which plan of a comparison link is not indexed, and offers 请选择… in its picker', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/compare/plans?a=nope&b=${encodeURIComponent('jiangmen-2023-jiaoyuju-gongzuo-yaodian')}`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.innerText()).toContain('较早 / 参照文件（编号“nope”）不在收录的文件中。')
    const text = await alert.innerText()
    expect(text).toContain('没有找到要对比的文件')
    expect(text).toContain('请在上方重新选择两份文件')
    expect(text).not.toMatch(/\/api|该条款/)
    const chosen = (n: number) => page.locator('.plan-diff__pickers select').nth(n).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
    await expect.poll(() => chosen(1)).toContain('江门市')
    expect(await chosen(0)).toBe('请选择…')
    await finishSession(s)
  })

  it('says a chart-cell link with no clauses leads nowhere, with a way on, rather than 共 0 条 over a blank page', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    await page.goto(`/research/clauses?q=${encodeURIComponent('双减')}&plan=no-such-plan&label=${encodeURIComponent('某地 2024年')}`)
    const empty = page.locator('.research-clauses__empty')
    await empty.waitFor()
    expect(await page.getByTestId('result-total').innerText()).toBe('共 0 条')
    expect(await empty.getByRole('heading').innerText()).toBe('这个链接下没有条款')
    await empty.getByRole('link', { name: '在全部文件中检索“双减”' }).click()
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/search?q=${encodeURIComponent('双减')}`)
    await page.goBack()
    await page.locator('.research-clauses__empty').getByRole('link', { name: '回到扩散图' }).waitFor()
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    await finishSession(s)
  })

  it('never breaks a result\'s clause number (第10条) across lines after a long plan name, at the desk or on a phone', async () => {
    for (const device of [DEVICE.desk, DEVICE.phone]) {
      const s = await fx.session(device)
      const { page } = s
      await page.goto(`/search?q=${encodeURIComponent('双减')}`)
      const numbers = page.locator('.clause-card__number')
      await numbers.first().waitFor()
      const lines = await numbers.evaluateAll((spans) => spans.map((el) => [el.textContent, el.getClientRects().length]))
      expect(lines.length).toBeGreaterThan(5)
      // 大兴安岭地区《2024年全区教育工作要点》，收录于《…汇编(7篇)》第1篇 第10条 ran to the edge of a 1280 px card.
      expect(lines.filter(([, rects]) => rects !== 1), JSON.stringify(device)).toEqual([])
      await finishSession(s)
    }
  })

  it('notes a comparison picked the wrong way round (2025 as 较早) and swaps it on request', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    const later = 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian'
    const earlier = 'jiangmen-2023-jiaoyuju-gongzuo-yaodian'
    await page.goto(`/compare/plans?a=${later}&b=${earlier}`)
    const note = page.getByRole('note')
    await expect.poll(() => note.innerText()).toContain('较早 / 参照文件（2025年）比较新 / 对比文件（2023年）晚')
    await note.getByRole('button', { name: '交换两份文件' }).click()
    await expect.poll(() => new URL(page.url()).search).toBe(`?a=${earlier}&b=${later}`)
    await page.locator('.plan-diff__summary').waitFor()
    expect(await page.getByRole('note').count()).toBe(0)
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    await finishSession(s)
  })

  it('words a proxy\'s bare 502 and a rate limit for a reader: no HTTP code first, no 请稍后重试 twice, a wait for 429', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    const answer = (status: number, body: string, contentType: string) =>
      page.route('**/api/search?**', (r) => r.fulfill({ status, body, contentType }))
    await answer(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html')
    await page.goto(`/search?q=${encodeURIComponent('双减')}`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.count()).toBe(1)
    const gateway = await alert.innerText()
    expect(gateway).toContain('服务器暂时出错，没有返回结果。')
    expect(gateway).toContain('并告知错误代码 HTTP 502。')
    expect(gateway.split('请稍后重试').length - 1).toBe(1)

    await page.unrouteAll()
    await answer(429, JSON.stringify({ error: { code: 'rate_limited', message: '请求过于频繁，请稍后再试' } }), 'application/json')
    await page.getByRole('button', { name: '重试' }).click()
    await expect.poll(() => alert.innerText()).toContain('请等几秒钟再试。')
    expect(await alert.innerText()).not.toContain('网站管理员')
    // A failed search answers with no script error of its own (the browser logs the failed load, which is not one).
    s.errors.splice(0, s.errors.length, ...s.errors.filter((e) => !/status of (502|429)/.test(e)))
    await finishSession(s)
  })

  it('says why the filter counts are stale in one sentence, without the message\'s own 。 closing it twice', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/search?q=${encodeURIComponent('双减')}`)
    await page.locator('[data-result]').first().waitFor()
    await page.route('**/api/search?**', (r) => r.fulfill({ status: 502, body: '<html>Bad Gateway</html>', contentType: 'text/html' }))
    await page.getByRole('checkbox', { name: /江门市/ }).first().check()
    const stale = page.getByTestId('facets-stale')
    await stale.waitFor()
    expect((await stale.textContent())?.trim()).toBe('数量未能更新：检索服务出错（服务器暂时出错，没有返回结果）。下面灰色的数字是上一次检索的结果。')
    s.errors.splice(0, s.errors.length, ...s.errors.filter((e) => !/status of 502/.test(e)))
    await finishSession(s)
  })

  it('says which words a sentence question matched by, and each common word searches alone from the note', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    await page.goto(`/?q=${encodeURIComponent('职业学校毕业好找工作吗')}`)
    const note = page.locator('.sentence-words')
    await note.waitFor()
    expect((await note.innerText()).trim()).toBe('按 “职业”、“毕业”、“就业” 匹配；“学校”、“工作”在三成以上的条款中都有，只参与排序，点击可单独检索。')
    await expect.poll(() => page.getByTestId('result-total').innerText()).toBe('31')
    await note.getByRole('link', { name: '学校' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('学校')
    await expect.poll(() => page.locator('.sentence-words').count()).toBe(0)
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    await finishSession(s)
  })

  it('says a place holding nothing of the topic was searched, and offers the topic everywhere: 长沙 双减 → 双减 (11)', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/?q=${encodeURIComponent('长沙 双减')}`)
    await page.getByRole('heading', { name: '长沙市的文件中没有包含“双减”的条款' }).waitFor()
    // What was searched first, then the other way, then the empty answer: an offer above the scope note read as the answer.
    const order = await page.locator('.inferred, .alternatives, .empty').evaluateAll((els) => els.map((e) => e.className.split(' ')[0]))
    expect(order).toEqual(['inferred', 'alternatives', 'empty'])
    await page.getByRole('button', { name: '双减 (11)' }).click()
    await expect.poll(() => page.getByTestId('result-total').innerText()).toBe('11')
    expect(new URL(page.url()).searchParams.get('q')).toBe('双减')
    await finishSession(s)
  })

  it('gives the links inside a note or an empty answer a 32 px target on a phone, as 南京 双减 and a sentence question show', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    const heights = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)))
    await page.goto(`/?q=${encodeURIComponent('南京 双减')}`)
    await page.locator('.absent-places').waitFor()
    expect(await heights('.absent-places a, .empty__tips a')).toEqual([33, 33])
    await page.goto(`/?q=${encodeURIComponent('职业学校毕业好找工作吗')}`)
    await page.locator('.sentence-words').waitFor()
    expect(await heights('.sentence-words a')).toEqual([33, 33])
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    await finishSession(s)
  })
})
