import { afterEach, describe, expect, it, vi } from 'vitest'
import { liveAnchor } from './moved-anchor.js'

/** Answers /api/clauses/<id> as the server would after following its 301: the clause `answer` names, or a 404. */
function stubFetch(answer: { id: string; planId: string } | null) {
  const asked: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    if (!answer) return new Response('{"error":{"code":"clause_not_found","message":"找不到"}}', { status: 404 })
    return new Response(JSON.stringify({ clause: answer, plan: { id: answer.planId } }), { status: 200 })
  })
  return asked
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the live anchor of an old clause link', () => {
  it('names the clause the server moved the old id to, when it is a clause of this plan', async () => {
    const asked = stubFetch({ id: 'new-2-4', planId: 'new' })
    expect(await liveAnchor('new', ['new-1-1', 'new-2-4'], 'old-2-4')).toBe('new-2-4')
    expect(asked).toEqual(['/api/clauses/old-2-4'])
  })

  it('asks nothing for an anchor the plan holds, and names none that leads to another plan or nowhere', async () => {
    const asked = stubFetch({ id: 'other-1-1', planId: 'other' })
    expect(await liveAnchor('new', ['new-1-1'], 'new-1-1')).toBeNull()
    expect(asked).toEqual([])
    expect(await liveAnchor('new', ['new-1-1'], 'old-1-1')).toBeNull()
    stubFetch(null)
    expect(await liveAnchor('new', ['new-1-1'], 'old-9-9')).toBeNull()
  })
})
