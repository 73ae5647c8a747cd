/** The search state read from and written to the current route's query (see lib/url-state.ts). */
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import {
  parseSearchState, sameSearchState, serializeSearchState, type SearchState,
} from '../lib/url-state.js'

export function useUrlState() {
  const route = useRoute()
  const router = useRouter()
  const state = computed<SearchState>(() => parseSearchState(route.query))

  /** Navigates to the state; a new entry so that the back button returns to the previous one. */
  function navigate(next: SearchState | ((current: SearchState) => SearchState)): Promise<unknown> {
    const target = typeof next === 'function' ? next(state.value) : next
    if (sameSearchState(target, state.value) && route.name === 'search') return Promise.resolve()
    return router.push({ name: 'search', query: serializeSearchState(target) })
  }

  function patch(changes: Partial<SearchState>): Promise<unknown> {
    return navigate({ ...state.value, ...changes })
  }

  return { state, navigate, patch }
}
