/**
 * Runs /api/search whenever the URL state changes. A newer request aborts the older one, so a slow
 * answer never overwrites a newer page. Keeps the last result on screen while the next one loads.
 * Recent answers are kept for a few minutes, so back/forward redraws the results at once and the
 * router can put the reader back where they were. The facet counts of the last answer stay known
 * when a request fails, marked stale, so a failure never reads as "no results".
 */
import { ref, shallowRef, watch, type Ref } from 'vue'
import { api, ApiError, asApiError } from '../api/client.js'
import type { Facets, SearchResponse } from '../api/types.js'
import { hasFilters, toApiParams, type SearchState } from '../lib/url-state.js'

export const PAGE_SIZE = 20
/** Long enough for a trip to a clause and back; short enough that a re-index shows soon. */
const CACHE_TTL_MS = 5 * 60_000
const CACHE_ENTRIES = 30

const cache = new Map<string, { at: number; response: SearchResponse }>()

function cached(key: string): SearchResponse | null {
  const entry = cache.get(key)
  if (!entry || Date.now() - entry.at > CACHE_TTL_MS) return null
  return entry.response
}

function remember(key: string, response: SearchResponse) {
  cache.delete(key)
  cache.set(key, { at: Date.now(), response })
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
}

export function useSearch(state: Ref<SearchState>) {
  const result = shallowRef<SearchResponse | null>(null)
  const isSearching = ref(false)
  const error = shallowRef<ApiError | null>(null)
  /** The facet counts of the last answer that arrived, even when the latest request failed. */
  const facets = shallowRef<Facets | null>(null)
  let controller: AbortController | null = null

  function show(response: SearchResponse) {
    result.value = response
    if (response.facets) facets.value = response.facets
  }

  async function run(current: SearchState, useCache = true) {
    controller?.abort()
    if (!current.q && !hasFilters(current)) {
      result.value = null
      error.value = null
      facets.value = null
      isSearching.value = false
      return
    }
    const params = toApiParams(current, PAGE_SIZE)
    const key = params.toString()
    const known = useCache ? cached(key) : null
    if (known) {
      controller = null
      error.value = null
      isSearching.value = false
      show(known)
      return
    }
    const mine = new AbortController()
    controller = mine
    isSearching.value = true
    error.value = null
    try {
      const response = await api.search(params, mine.signal)
      if (controller !== mine) return
      remember(key, response)
      show(response)
    } catch (err) {
      if (controller !== mine) return
      error.value = asApiError(err)
      result.value = null
    } finally {
      if (controller === mine) isSearching.value = false
    }
  }

  watch(state, (s) => void run(s), { immediate: true })

  return { result, facets, isSearching, error, retry: () => run(state.value, false) }
}
