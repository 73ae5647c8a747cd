import { describe, expect, it } from 'vitest'
import { formatResultTotal } from './result-total.js'

describe('formatResultTotal', () => {
  it('writes an exact total in full', () => {
    expect(formatResultTotal(328)).toBe('328')
    expect(formatResultTotal(20_000)).toBe('20,000')
  })

  it('writes a lower bound rounded down to 万 with a plus, never as an exact number', () => {
    expect(formatResultTotal(20_000, true)).toBe('2万+')
    expect(formatResultTotal(412_345, true)).toBe('41万+')
    expect(formatResultTotal(9_876, true)).toBe('9,876+')
  })
})
