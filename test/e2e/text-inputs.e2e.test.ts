/**
 * The text boxes of the pager, the plans page, a plan page and the plan comparison, as a browser draws them. Each
 * wrote out its own copy of the input border (#9aa1ab), corners and background; they now take base.css's
 * .text-input, as the search box and a facet's 查找 box do, and keep only their size. The synthetic corpus
 * (38 plans) is large enough for the 转到 box (8 pages or more) and the 查找文件 box (more than 20 plans).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlansResponse } from '../../server/api-types.js'
import { startPortalFixture, type PortalFixture } from './portal-fixture.js'

let fx: PortalFixture

beforeAll(async () => {
  fx = await startPortalFixture({ synthetic: 1500 })
}, 240_000)

afterAll(async () => {
  await fx?.close()
})

const SHARED = { borderTopColor: 'rgb(154, 161, 171)', borderTopWidth: '1px', borderTopStyle: 'solid', borderTopLeftRadius: '8px', backgroundColor: 'rgb(255, 255, 255)', color: 'rgb(28, 36, 48)' }
/** .text-input:focus-visible, the search box's ring: the border turns the accent blue inside the focus outline. */
const FOCUSED = { borderTopColor: 'rgb(31, 79, 138)', outlineStyle: 'solid', outlineWidth: '3px', outlineColor: 'rgb(11, 92, 213)', outlineOffset: '1px' }

function styleOf(el: Element, names: string[]): Record<string, string> {
  const c = getComputedStyle(el) as unknown as Record<string, string>
  return Object.fromEntries(names.map((n) => [n, c[n]]))
}

describe('text inputs', () => {
  it('draws the 转到, 筛选, 在本文件中检索 and 查找文件 boxes with the one .text-input border, corners and focus ring, each at its own size', async () => {
    const { plans } = await fx.api<PlansResponse>('/api/plans')
    const s = await fx.session({ width: 1280, height: 900 })
    const { page } = s
    // The sizes each box had before it took .text-input: measured on this corpus at 1280 px, unchanged.
    const boxes = [
      { url: `/search?q=${encodeURIComponent('教育')}&page=10`, selector: '.pagination__jump input', own: { width: '80px', height: '36px', paddingLeft: '8px', marginLeft: '4px', fontSize: '15px' } },
      { url: '/plans', selector: '#plans-filter', own: { width: '288px', height: '40px', paddingLeft: '12px', marginLeft: '0px', fontSize: '16px' } },
      { url: `/p/${encodeURIComponent(plans[0].id)}`, selector: '#within-input', own: { width: '352px', height: '40px', paddingLeft: '12px', marginLeft: '0px', fontSize: '16px' } },
      { url: '/compare/plans', selector: '.plan-diff__find input', own: { height: '36px', paddingLeft: '10px', marginLeft: '0px', fontSize: '14px' } },
    ]
    for (const { url, selector, own } of boxes) {
      await page.goto(url)
      const input = page.locator(selector).first()
      await input.waitFor()
      expect(await input.getAttribute('class'), selector).toMatch(/(^| )text-input( |$)/)
      const names = [...Object.keys(SHARED), ...Object.keys(own)]
      expect(await input.evaluate(styleOf, names), selector).toEqual({ ...SHARED, ...own })
      await input.focus()
      expect(await input.evaluate(styleOf, Object.keys(FOCUSED)), selector).toEqual(FOCUSED)
    }
    expect(s.errors).toEqual([])
    await s.close()
  })
})
