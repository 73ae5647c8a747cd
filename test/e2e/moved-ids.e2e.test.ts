/**
 * A link copied before a re-index renamed its plan (the same file, its title read otherwise) still opens the clause
 * it named: the server sends /c/<old> and /p/<old> on to the live ids (server/http/moved-ids.ts), and the plan
 * page moves an anchor naming an old clause id to the clause it became and scrolls to it (web/src/lib/moved-anchor.ts);
 * an old clause id the new plan has no clause for still finds its plan (web/src/lib/former-plan.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEVICE, finishSession, startPortalFixture, type PortalFixture } from './portal-fixture.js'

const OLD = 'jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian'
const NEW = 'jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian'

/** Thirty clauses, so that the last ones stand far below the first screen. */
function plan(title: string): string {
  const clauses = (from: number) => Array.from({ length: 15 }, (_, i) => `${from + i}.推进第${from + i}项重点工作。全年完成建设任务，组织开展专项督导检查，确保各项措施落实到位，形成可复制可推广的经验。`)
  return [title, '', '一、加强党的建设', ...clauses(1), '二、推进优质均衡', ...clauses(16), '', '荆门市教育局', '2024年2月20日', ''].join('\n')
}

let fx: PortalFixture

beforeAll(async () => {
  fx = await startPortalFixture({
    indexedBefore: { 'plan.txt': plan('荆门市教育局2024年教育工作要点') },
    corpus: { 'plan.txt': plan('荆门市教育局2024年全市教育工作要点') },
  })
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

const inView = (page: import('playwright-core').Page, id: string) =>
  page.evaluate((el) => {
    const box = document.getElementById(el)!.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= window.innerHeight
  }, id)

describe('a link to a plan a re-index renamed', () => {
  it('opens the clause page of the old clause id on the live clause, marked as the target', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/c/${OLD}-2-28`)
    const target = page.locator('.plan-doc__clause.is-target')
    await target.waitFor()
    expect(new URL(page.url()).pathname).toBe(`/c/${NEW}-2-28`)
    expect(await target.getAttribute('id')).toBe(`${NEW}-2-28`)
    expect(await target.innerText()).toContain('28.推进第28项重点工作。')
    await finishSession(s)
  })

  it('opens the plan page of the old plan id at the clause the old anchor named, scrolled to it', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/p/${OLD}#${OLD}-2-28`)
    const target = page.locator('.plan-doc__clause.is-target')
    await target.waitFor()
    const url = new URL(page.url())
    expect([url.pathname, decodeURIComponent(url.hash)]).toEqual([`/p/${NEW}`, `#${NEW}-2-28`])
    expect(await target.getAttribute('id')).toBe(`${NEW}-2-28`)
    await expect.poll(() => inView(page, `${NEW}-2-28`)).toBe(true)
    await finishSession(s)
  })

  it('asks the server nothing for an anchor the plan page holds, as a chapter heading the outline jumped to (#chapter-2)', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    const asked: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/api/clauses/')) asked.push(new URL(r.url()).pathname)
    })
    await page.goto(`/p/${NEW}#chapter-2`)
    await page.locator('h2#chapter-2').waitFor()
    await page.waitForLoadState('networkidle')
    expect(asked).toEqual([])
    await finishSession(s)
  })

  it('reads a renamed plan once when the app itself opens its old id: the answer under the live id is kept as the address takes it', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto('/plans')
    await page.waitForLoadState('networkidle')
    const asked: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/plans/')) asked.push(new URL(r.url()).pathname)
    })
    // As the back button or an in-app link does: the router, not the server, opens the old address.
    await page.evaluate((old) => {
      history.pushState({}, '', `/p/${old}`)
      dispatchEvent(new PopStateEvent('popstate'))
    }, OLD)
    await page.locator('h2#chapter-2').waitFor()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/p/${NEW}`)
    await page.waitForLoadState('networkidle')
    // The old id and the 301's live id it was sent on to; not the live id once more when the address took it.
    expect(asked).toEqual([`/api/plans/${OLD}`, `/api/plans/${NEW}`])
    await finishSession(s)
  })

  it('takes the live clause id into the address and the basket when the app itself opens an old one (a clause kept in the basket)', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto('/')
    const item = { id: `${OLD}-1-2`, note: '我的批注', planTitle: '荆门市教育局2024年教育工作要点', city: '荆门市', year: 2024, heading: '', text: '', citation: '旧的引用', themes: [] }
    await page.evaluate((stored) => localStorage.setItem('policy-portal.basket.v1', stored), JSON.stringify([item]))
    await page.goto('/basket')
    await page.getByRole('link', { name: '旧的引用' }).click()
    const target = page.locator('.plan-doc__clause.is-target')
    await target.waitFor()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/c/${NEW}-1-2`)
    expect(await target.getAttribute('id')).toBe(`${NEW}-1-2`)
    // The basket keeps the clause under its live id, with its note and the live citation.
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('policy-portal.basket.v1')))!) as { id: string; note: string; citation: string }[]
    expect(stored.map((i) => [i.id, i.note, i.citation.includes('全市教育工作要点')])).toEqual([[`${NEW}-1-2`, '我的批注', true]])
    await finishSession(s)
  })

  it('offers the renamed plan on the page of an old clause id the new plan has no clause for', async () => {
    const s = await fx.session(DEVICE.desk)
    const { page } = s
    await page.goto(`/c/${OLD}-9-9`)
    const open = page.getByRole('link', { name: '打开所在的文件' })
    await open.waitFor()
    expect(await open.getAttribute('href')).toBe(`/p/${NEW}`)
    await finishSession(s)
  })
})
