import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_FILTER_CHARS, MAX_FILTER_VALUES } from '../../../server/http/query-schemas.js'
import { findFormerPlan, MAX_PLAN_FILTER_CHARS, MAX_PLAN_FILTER_VALUES, planIdCandidates } from './former-plan.js'

const group = (planId: string, planName: string) => ({ planId, planTitle: planName, planName, total: 3, hits: [] })

/** Answers /api/search with the given groups and records every URL asked for. */
function stubFetch(groups: ReturnType<typeof group>[] | 'fail') {
  const asked: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    if (groups === 'fail') return new Response('{"error":{"code":"internal","message":"x"}}', { status: 500 })
    return new Response(JSON.stringify({ total: 3, hits: [], groups, groupTotal: groups.length }), { status: 200 })
  })
  return asked
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('former plan of a dead clause link', () => {
  it('keeps the filter caps of the server, so a long prefix never makes the search a 400', () => {
    expect(MAX_PLAN_FILTER_CHARS).toBe(MAX_FILTER_CHARS)
    expect(MAX_PLAN_FILTER_VALUES).toBe(MAX_FILTER_VALUES)
  })

  it('reads every prefix before a hyphen as a possible plan id, longest first, and none of more than 100 characters', () => {
    expect(planIdCandidates('jiangmen-2023-yaodian-6-25')).toEqual(['jiangmen-2023-yaodian-6', 'jiangmen-2023-yaodian', 'jiangmen-2023', 'jiangmen'])
    expect(planIdCandidates('p1')).toEqual([])
    expect(planIdCandidates('-x')).toEqual([])
    const long = `${'a'.repeat(99)}-b-c`
    expect(planIdCandidates(long)).toEqual([`${'a'.repeat(99)}`])
  })

  it('asks one search filtered to those prefixes, never the whole plan list, and offers the longest plan that exists', async () => {
    const asked = stubFetch([group('jiangmen', '江门市总体方案'), group('jiangmen-2023-yaodian', '江门市2023年教育工作要点')])
    expect(await findFormerPlan('jiangmen-2023-yaodian-6-25')).toEqual({ id: 'jiangmen-2023-yaodian', name: '江门市2023年教育工作要点' })
    expect(asked).toHaveLength(1)
    const url = new URL(asked[0], 'http://x')
    expect(url.pathname).toBe('/api/search')
    expect(url.searchParams.getAll('plan')).toEqual(['jiangmen-2023-yaodian-6', 'jiangmen-2023-yaodian', 'jiangmen-2023', 'jiangmen'])
    expect(Object.fromEntries([...url.searchParams].filter(([k]) => k !== 'plan'))).toEqual({ limit: '1', group: 'plan', perPlan: '1', groupLimit: '4' })
  })

  it('offers the live plan the server answers for a prefix a re-index renamed, as its filter redirects there', async () => {
    stubFetch([group('jiangmen-2023-jiaoyu-yaodian', '江门市2023年教育工作要点')])
    expect(await findFormerPlan('jiangmen-2023-yaodian-9-9')).toEqual({ id: 'jiangmen-2023-jiaoyu-yaodian', name: '江门市2023年教育工作要点' })
  })

  it('offers no plan when none of the prefixes is one, when the search fails, and asks nothing of an id without a hyphen', async () => {
    stubFetch([])
    expect(await findFormerPlan('gone-2023-6-25')).toBeNull()
    stubFetch('fail')
    expect(await findFormerPlan('gone-2023-6-25')).toBeNull()
    const asked = stubFetch([])
    expect(await findFormerPlan('p1')).toBeNull()
    expect(asked).toEqual([])
  })
})
