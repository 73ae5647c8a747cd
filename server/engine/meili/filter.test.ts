import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MATCH_NOTHING, buildFilter, filterExpression, inList, quoteFilterValue } from './filter.js'

/**
 * Meilisearch's reading of a quoted filter value (filter-parser `quoted_by` + `unescape`): up to the
 * first quote not preceded by a backslash; a backslash skips the next character; only `\<quote>` is
 * unescaped. Returns the value and what follows the closing quote, or null when the value is malformed.
 */
function readQuoted(input: string): { value: string; rest: string } | null {
  const quote = input[0]
  if (quote !== '"' && quote !== "'") return null
  let escaped = false
  for (let i = 1; i < input.length; i++) {
    const c = input[i]
    if (c === quote) {
      const raw = input.slice(1, i)
      return { value: escaped ? raw.split('\\' + quote).join(quote) : raw, rest: input.slice(i + 1) }
    }
    if (c === '\\') {
      if (i + 1 >= input.length) return null
      escaped ||= input[i + 1] === quote
      i++
    }
  }
  return null
}

describe('quoteFilterValue', () => {
  it('quotes a plain Chinese value with double quotes', () => {
    expect(quoteFilterValue('荆门市')).toBe('"荆门市"')
  })

  it('escapes double quotes, or switches to single quotes when the value has none', () => {
    expect(quoteFilterValue('a"b')).toBe(`'a"b'`)
    expect(quoteFilterValue(`a'b"c`)).toBe(`"a'b\\"c"`)
  })

  it('keeps injection attempts inside the quotes', () => {
    expect(quoteFilterValue('" OR 1=1 --')).toBe(`'" OR 1=1 --'`)
    expect(quoteFilterValue(`x" OR city EXISTS OR city = 'y`)).toBe(`"x\\" OR city EXISTS OR city = 'y"`)
    expect(quoteFilterValue('荆门市] OR id EXISTS')).toBe('"荆门市] OR id EXISTS"')
  })

  it('refuses values a backslash would break: one at the end, or before the quote', () => {
    expect(quoteFilterValue('x\\')).toBeNull()
    expect(quoteFilterValue('x\\"y\'')).toBeNull()
    expect(quoteFilterValue('a\\b')).toBe('"a\\b"')
  })

  it('reads back as exactly the value, and nothing escapes the quotes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', "'", '\\', 'a', ' ', '荆', ']', ',', 'O', 'R', '\n') }), (value) => {
        const quoted = quoteFilterValue(value)
        if (quoted === null) return
        const read = readQuoted(quoted)
        expect(read).toEqual({ value, rest: '' })
      }),
      { numRuns: 2000 },
    )
  })
})

describe('inList', () => {
  it('lists representable values once and drops the others', () => {
    expect(inList('city', ['荆门市', '江门市', '荆门市', 'x\\'])).toBe('city IN ["荆门市", "江门市"]')
  })

  it('matches nothing when no value is representable', () => {
    expect(inList('city', ['x\\'])).toBe(MATCH_NOTHING)
    expect(inList('city', [])).toBe(MATCH_NOTHING)
  })
})

describe('buildFilter', () => {
  const filters = {
    city: ['荆门市', '江门市'],
    province: ['湖北省'],
    year: [2024, 2025],
    yearFrom: 2020,
    yearTo: 2026,
    theme: ['双减'],
    level: ['市'],
    plan: ['plan-1'],
    outlineOnly: false,
  }

  it('ANDs different filters and ORs the values of one', () => {
    expect(filterExpression(buildFilter(filters))).toBe(
      'city IN ["荆门市", "江门市"] AND province IN ["湖北省"] AND year IN [2024, 2025] AND year >= 2020 AND year <= 2026' +
        ' AND themes IN ["双减"] AND level IN ["市"] AND planId IN ["plan-1"] AND outlineOnly = false',
    )
  })

  it('drops one facet\'s own conditions for its disjunctive count', () => {
    expect(buildFilter(filters, { exceptFacet: 'year' })).toEqual([
      'city IN ["荆门市", "江门市"]', 'province IN ["湖北省"]', 'themes IN ["双减"]', 'level IN ["市"]',
      'planId IN ["plan-1"]', 'outlineOnly = false',
    ])
  })

  it('leaves every facet condition out when the adapter applies them', () => {
    expect(buildFilter(filters, { withoutFacets: true, excludeIds: ['plan-1-3', 'plan-1-3'] })).toEqual([
      'planId IN ["plan-1"]', 'outlineOnly = false', 'id NOT IN ["plan-1-3"]',
    ])
  })

  it('leaves out places and years with NOT IN, in every facet\'s count and when the adapter applies the facets itself', () => {
    const except = { city: ['荆门市'], exceptCity: ['江门市', '江门市', 'a\\'], exceptProvince: ['广东省'], exceptYear: [2024, Number.NaN] }
    const left = ['city NOT IN ["江门市"]', 'province NOT IN ["广东省"]', 'year NOT IN [2024]']
    expect(buildFilter(except)).toEqual(['city IN ["荆门市"]', ...left])
    expect(buildFilter(except, { exceptFacet: 'city' })).toEqual(left)
    expect(buildFilter(except, { withoutFacets: true })).toEqual(left)
    // A value the filter parser cannot represent equals no stored value: leaving it out leaves out nothing.
    expect(buildFilter({ exceptCity: ['a\\'] })).toEqual([])
  })

  it('turns non-integer years into a condition that matches nothing', () => {
    expect(buildFilter({ year: [Number.NaN, 2.5] })).toEqual([MATCH_NOTHING])
    expect(buildFilter({ yearFrom: Number.POSITIVE_INFINITY })).toEqual([MATCH_NOTHING])
  })

  it('is empty without filters', () => {
    expect(filterExpression(buildFilter({}))).toBe('')
  })
})
