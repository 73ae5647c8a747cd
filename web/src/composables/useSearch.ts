/**
 * Runs /api/search whenever the URL state changes. A newer request aborts the older one, so a slow
 * answer never overwrites a newer page. Keeps the last result on screen while the next one loads.
 */
import { ref, shallowRef, watch, type Ref } from 'vue'
import { api, ApiError, asApiError } from '../api/client.js'
import type { SearchResponse } from '../api/types.js'
import { hasFilters, toApiParams, type SearchState } from '../lib/url-state.js'

export const PAGE_SIZE = 20

export function useSearch(state: Ref<SearchState>) {
  const result = shallowRef<SearchResponse | null>(null)
  const isSearching = ref(false)
  const error = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null

  async function run(current: SearchState) {
    controller?.abort()
    if (!current.q && !hasFilters(current)) {
      result.value = null
      error.value = null
      isSearching.value = false
      return
    }
    const mine = new AbortController()
    controller = mine
    isSearching.value = true
    error.value = null
    try {
      const response = await api.search(toApiParams(current, PAGE_SIZE), mine.signal)
      if (controller !== mine) return
      result.value = response
    } catch (err) {
      if (controller !== mine) return
      error.value = asApiError(err)
      result.value = null
    } finally {
      if (controller === mine) isSearching.value = false
    }
  }

  watch(state, (s) => void run(s), { immediate: true })

  return { result, isSearching, error, retry: () => run(state.value) }
}
