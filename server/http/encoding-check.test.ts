import { describe, expect, it } from 'vitest'
import { isWellFormedUrlText } from './encoding-check.js'

describe('isWellFormedUrlText', () => {
  it('accepts UTF-8 percent-encoding and plain text', () => {
    expect(isWellFormedUrlText('/api/search?q=%E5%8F%8C%E5%87%8F&city=%E8%8D%86%E9%97%A8%E5%B8%82')).toBe(true)
    expect(isWellFormedUrlText('/api/search?q=abc+def')).toBe(true)
  })

  it('rejects bytes that are not UTF-8, truncated sequences, overlong forms and bad escapes', () => {
    expect(isWellFormedUrlText('/api/search?q=%FF')).toBe(false)
    expect(isWellFormedUrlText('/api/search?q=%E5%8F')).toBe(false)
    expect(isWellFormedUrlText('/api/search?q=%C0%AF')).toBe(false)
    expect(isWellFormedUrlText('/api/search?q=%ED%A0%80')).toBe(false)
    expect(isWellFormedUrlText('/api/search?q=%zz')).toBe(false)
    expect(isWellFormedUrlText('/api/search?q=100%')).toBe(false)
  })
})
