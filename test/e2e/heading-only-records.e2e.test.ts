/**
 * A chapter printed with nothing under it (二、推进改革 right over 三、, 三、其他 as the last line) is a heading-only
 * record (indexer/structure/empty-chapters.ts), its id ending in `-`: the plan page shows the heading once, and a link
 * to the record opens its clause page on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlansResponse } from '../../web/src/api/types.js'
import { DEVICE, finishSession, startPortalFixture, type PortalFixture } from './portal-fixture.js'

const PLAN = `安康市教育局2024年教育工作要点

一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
二、推进改革
三、强化保障
1.加大教育投入。
四、其他
`

let fx: PortalFixture
let planId: string

beforeAll(async () => {
  fx = await startPortalFixture({ corpus: { 'ankang-2024.txt': PLAN } })
  const { plans } = await fx.api<PlansResponse>('/api/plans')
  planId = plans[0].id
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

describe('a chapter printed with nothing under it', () => {
  it('is shown on the plan page by its heading once, with a note under it, and counted as no clause', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/p/${encodeURIComponent(planId)}`)
    await page.locator('.plan-doc__clause').first().waitFor()
    expect(await page.locator('.plan-doc h2').allInnerTexts()).toEqual(['一、加强党的全面领导', '二、推进改革', '三、强化保障', '四、其他'])
    const records = await page.locator('.plan-doc__clause').evaluateAll((els) => els.map((el) => [el.id, (el as HTMLElement).innerText.trim()]))
    expect(records).toEqual([
      [`${planId}-1-1`, '1.健全“第一议题”制度，全年集中学习12次以上。'],
      [`${planId}-2-`, '原文在这一标题下没有文字。'],
      [`${planId}-3-1`, '1.加大教育投入。'],
      [`${planId}-4-`, '原文在这一标题下没有文字。'],
    ])
    expect(await page.locator('.plan-doc__missing').count()).toBe(0)
    const { plans } = await fx.api<PlansResponse>('/api/plans')
    expect([plans[0].clauseCount, plans[0].outlineOnlyCount]).toEqual([2, 0])
    await finishSession(s)
  })

  it('opens its clause page from a link to its id, the record marked as the target', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/c/${encodeURIComponent(`${planId}-2-`)}`)
    const target = page.locator('.plan-doc__clause.is-target')
    await target.waitFor()
    expect(await target.getAttribute('id')).toBe(`${planId}-2-`)
    expect(await target.innerText()).toContain('原文在这一标题下没有文字。')
    await finishSession(s)
  })

  it('is shown in the search results by its line once: the place line does not name that heading again', async () => {
    // Before: 陕西省 安康市 · 2024年 · 二、推进改革 · 段落 over the snippet 二、推进改革.
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/search?q=${encodeURIComponent('推进改革')}`)
    const card = page.locator('[data-result]', { has: page.locator(`[data-return-key="clause:${planId}-2-"]`) })
    await card.waitFor()
    expect([await card.locator('.clause-card__meta').innerText(), await card.locator('.clause-card__snippet').innerText()].map((t) => t.replace(/\s+/g, ''))).toEqual([
      '陕西省安康市·2024年',
      '二、推进改革',
    ])
    await finishSession(s)
  })
})
