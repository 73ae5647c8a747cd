import { describe, expect, it } from 'vitest'
import { withLeadingField } from './json-bytes.js'

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

describe('withLeadingField', () => {
  it('puts the field first into the UTF-8 JSON of an object and leaves the rest as it was', () => {
    const cached = Buffer.from(JSON.stringify({ query: '双减', total: 3 }))
    expect(text(withLeadingField(cached, 'tookMs', 1.25))).toBe('{"tookMs":1.25,"query":"双减","total":3}')
    expect(JSON.parse(text(withLeadingField(cached, 'tookMs', 0)))).toEqual({ tookMs: 0, query: '双减', total: 3 })
    expect(text(cached)).toBe('{"query":"双减","total":3}')
  })

  it('gives an empty object its one field', () => {
    expect(text(withLeadingField(Buffer.from('{}'), 'tookMs', 2))).toBe('{"tookMs":2}')
  })
})
