/**
 * SearchFilters → a Meilisearch filter expression. Values come from users, so quoting is strict.
 *
 * Meilisearch's filter parser reads a quoted value up to the first unescaped quote, skips the
 * character after every backslash and unescapes only `\<quote>`. So a value can be written exactly
 * unless a backslash stands before a quote or at its end; such a value cannot equal any stored value
 * that the parser could have been asked for, and it is treated as matching nothing instead of being
 * passed through (which could break out of the quotes).
 */
import type { FacetField, SearchFilters } from '../types.js'

/** A condition that no document satisfies: document ids are never `!`. */
export const MATCH_NOTHING = 'id = "!"'

/** The document attribute behind each facet (themes is an array: IN matches any element). */
export const FACET_ATTRIBUTE: Record<FacetField, string> = {
  city: 'city',
  province: 'province',
  year: 'year',
  theme: 'themes',
  level: 'level',
}

/** The quoted form of a value, or null when the parser cannot represent it exactly. */
export function quoteFilterValue(value: string): string | null {
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"'
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (ch === '\\') {
      const next = value[i + 1]
      if (next === undefined || next === quote) return null
      out += ch
    } else if (ch === quote) {
      out += '\\' + ch
    } else {
      out += ch
    }
  }
  return quote + out + quote
}

/** `attr IN [v1, v2]` for the representable values; MATCH_NOTHING when none is. */
export function inList(attribute: string, values: readonly string[]): string {
  const quoted = [...new Set(values)].map(quoteFilterValue).filter((v): v is string => v !== null)
  if (quoted.length === 0) return MATCH_NOTHING
  return `${attribute} IN [${quoted.join(', ')}]`
}

/**
 * `attr NOT IN [v1, v2]` for the representable values. A value the parser cannot represent equals no stored value,
 * so leaving it out leaves out nothing: with none left there is no condition.
 */
export function notInList(attribute: string, values: readonly string[]): string[] {
  const quoted = [...new Set(values)].map(quoteFilterValue).filter((v): v is string => v !== null)
  return quoted.length === 0 ? [] : [`${attribute} NOT IN [${quoted.join(', ')}]`]
}

function yearConditions(filters: SearchFilters): string[] {
  const out: string[] = []
  if (filters.year !== undefined) {
    const years = [...new Set(filters.year.filter((y) => Number.isSafeInteger(y)))]
    out.push(years.length === 0 ? MATCH_NOTHING : `year IN [${years.join(', ')}]`)
  }
  if (filters.yearFrom !== undefined) out.push(Number.isFinite(filters.yearFrom) ? `year >= ${filters.yearFrom}` : MATCH_NOTHING)
  if (filters.yearTo !== undefined) out.push(Number.isFinite(filters.yearTo) ? `year <= ${filters.yearTo}` : MATCH_NOTHING)
  return out
}

/** The conditions a facet owns: dropped from that facet's own count (disjunctive facets). */
export function facetConditions(filters: SearchFilters, facet: FacetField): string[] {
  if (facet === 'year') return yearConditions(filters)
  const values = filters[facet]
  return values === undefined ? [] : [inList(FACET_ATTRIBUTE[facet], values)]
}

export interface FilterOptions {
  /** Leave out this facet's own conditions. */
  exceptFacet?: FacetField
  /** Leave out every facet condition (the adapter applies them itself). */
  withoutFacets?: boolean
  excludeIds?: readonly string[]
}

/** Every condition, AND-ed: several values of one filter are OR (IN), different filters AND. */
export function buildFilter(filters: SearchFilters, options: FilterOptions = {}): string[] {
  const parts: string[] = []
  if (!options.withoutFacets) {
    for (const facet of ['city', 'province', 'year', 'theme', 'level'] as const) {
      if (facet !== options.exceptFacet) parts.push(...facetConditions(filters, facet))
    }
  }
  if (filters.plan !== undefined) parts.push(inList('planId', filters.plan))
  if (filters.outlineOnly !== undefined) parts.push(`outlineOnly = ${filters.outlineOnly ? 'true' : 'false'}`)
  if (filters.since !== undefined) parts.push(`firstIndexedMs >= ${Date.parse(filters.since)}`)
  parts.push(...notInList('city', filters.exceptCity ?? []), ...notInList('province', filters.exceptProvince ?? []))
  const exceptYears = [...new Set((filters.exceptYear ?? []).filter((y) => Number.isSafeInteger(y)))]
  if (exceptYears.length > 0) parts.push(`year NOT IN [${exceptYears.join(', ')}]`)
  if (options.excludeIds && options.excludeIds.length > 0) {
    const quoted = [...new Set(options.excludeIds)].map(quoteFilterValue).filter((v): v is string => v !== null)
    if (quoted.length > 0) parts.push(`id NOT IN [${quoted.join(', ')}]`)
  }
  return parts
}

/** The conditions as one expression string ('' when there is none); every part is atomic, so no parentheses. */
export function filterExpression(parts: readonly string[]): string {
  return parts.join(' AND ')
}
