/**
 * A plan printed in 第一部分 / 第二部分 whose chapters start again from 一、 in each part (indexer f7e55ee): its
 * outline, its result items and its clause page name the part, so the two 一、 are not taken for one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlansResponse } from '../../web/src/api/types.js'
import { DEVICE, finishSession, pageWidth, startPortalFixture, type PortalFixture } from './portal-fixture.js'

const PARTS_PLAN = `安康市教育局2024年教育工作要点

第一部分 2023年工作回顾
一、党的建设全面加强
1.全年开展党组理论学习中心组集中学习12次。
二、教育质量稳步提升
1.全市高考本科上线率达到62%。
第二部分 2024年工作要点
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。
二、推进基础教育优质均衡
1.新建、改扩建公办幼儿园6所。
2.新组建紧密型教育集团5个。
`

let fx: PortalFixture
let planId: string

beforeAll(async () => {
  fx = await startPortalFixture({ corpus: { 'ankang-2024.txt': PARTS_PLAN } })
  const { plans } = await fx.api<PlansResponse>('/api/plans')
  planId = plans[0].id
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

describe('a plan in parts', () => {
  it('lists each part above its own 一、二、 in the plan outline, and a part link jumps to its title line', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/p/${encodeURIComponent(planId)}`)
    const outline = page.getByRole('navigation', { name: '文件目录' })
    await outline.locator('.outline__part').first().waitFor()
    const parts = await outline.locator('.has-part').evaluateAll((items) => items.map((li) => ({
      part: li.querySelector(':scope > .outline__part')?.textContent?.trim(),
      // What is seen: the part is said to a screen reader only (checked below).
      chapters: [...li.querySelectorAll('.outline__chapter')].map((a) =>
        [...a.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('').trim()),
    })))
    expect(parts).toEqual([
      { part: '第一部分 2023年工作回顾', chapters: ['一、党的建设全面加强', '二、教育质量稳步提升'] },
      { part: '第二部分 2024年工作要点', chapters: ['一、加强党的全面领导', '二、推进基础教育优质均衡'] },
    ])
    // A screen reader hears the part with the chapter, in the outline and in the document's headings.
    expect(await outline.getByRole('link', { name: '第二部分 一、加强党的全面领导' }).count()).toBe(1)
    expect(await page.getByRole('heading', { name: '第二部分 一、加强党的全面领导' }).count()).toBe(1)
    // Chapters of a part sit one step in from the part's own title.
    const partBox = await outline.locator('.outline__part').nth(1).boundingBox()
    const chapterBox = await outline.locator('.has-part').nth(1).locator('.outline__chapter').first().boundingBox()
    expect(chapterBox!.x).toBeGreaterThan(partBox!.x)

    // In the document a part's title line is a heading, not a paragraph of body text.
    expect(await page.getByRole('heading', { name: '第二部分 2024年工作要点' }).evaluate((el) => el.id || el.parentElement?.id)).toBe(`${planId}-p2`)
    await outline.locator('.outline__part').nth(1).click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${planId}-p2`)
    await finishSession(s)
  })

  it('names the part in a result item and on the clause page, and keeps a phone page its width', async () => {
    const s = await fx.session(DEVICE.phone)
    const { page } = s
    await page.goto(`/search?q=${encodeURIComponent('幼儿园')}`)
    const card = page.locator('[data-result]').first()
    await card.waitFor()
    expect(await card.locator('.clause-card__meta').innerText()).toContain('第二部分 二、推进基础教育优质均衡')
    await card.locator('[data-result-link]').click()
    await expect.poll(() => page.locator('.clause-bar__citation').innerText()).toContain('第二部分 二、第1条')
    expect(await pageWidth(page)).toEqual({ inner: 390, scroll: 390 })
    await finishSession(s)
  })

  it('marks in the outline the clause a link opened, though near the plan\'s end it cannot scroll up to the reading band, until the reader scrolls', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/c/${encodeURIComponent(`${planId}-2-2-1`)}`)
    const active = page.locator('.outline__clause.is-active')
    await active.waitFor()
    await page.waitForTimeout(500)
    // Before: 2. 开展党纪学习教育, the clause above it, sat in the band and was marked.
    expect(await active.innerText()).toBe('1. 新建、改扩建公办幼儿园6所')
    expect(await page.locator('.plan-doc__clause.is-target').innerText()).toContain('新建、改扩建公办幼儿园6所')
    await page.mouse.move(700, 500)
    await page.mouse.wheel(0, -250)
    await expect.poll(() => active.innerText()).not.toBe('1. 新建、改扩建公办幼儿园6所')
    await finishSession(s)
  })

  it('lets the outline follow a scroll the reader makes without wheel or keys (the scrollbar dragged, an autoscroll), and keeps an outline jump marked through its own smooth scroll', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/c/${encodeURIComponent(`${planId}-2-2-1`)}`)
    const active = page.locator('.outline__clause.is-active')
    await active.waitFor()
    await page.waitForTimeout(500)
    expect(await active.innerText()).toBe('1. 新建、改扩建公办幼儿园6所')
    // A scroll with no wheel, touch or key behind it, as a dragged scrollbar makes, bringing 一、1. of the first part
    // to the middle of the reading band (30–50 % down the window). Before: the pin held, and the outline kept marking
    // 二、1. 新建… while the reader was reading 全市高考本科上线率… .
    await page.evaluate((id) => {
      window.scrollTo(0, window.scrollY + document.getElementById(id)!.getBoundingClientRect().top - innerHeight * 0.4)
    }, `${planId}-1-2-1`)
    await expect.poll(() => active.innerText()).toBe('1. 全市高考本科上线率达到62%')

    // An outline entry scrolls smoothly to its clause: that scroll is the page's own and leaves it marked.
    await page.getByRole('navigation', { name: '文件目录' }).getByText('2. 新组建紧密型教育集团5个').click()
    await page.waitForTimeout(1000)
    expect(await active.innerText()).toBe('2. 新组建紧密型教育集团5个')
    await finishSession(s)
  })
})
