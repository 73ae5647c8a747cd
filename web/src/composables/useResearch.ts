/**
 * The research page's data: the spread of a query over cities and years and the theme × city counts,
 * fetched when the URL's query, mode or theme scope changes; a stale answer never replaces a newer one.
 */
import { shallowRef, watch, type Ref } from 'vue'
import { ApiError, asApiError } from '../api/client.js'
import { researchApi, type SpreadResponse, type ThemeCityResponse } from '../api/research.js'
import type { SearchMode } from '../api/types.js'

export type ThemeScope = 'query' | 'corpus'

export interface ResearchParams {
  q: string
  mode: SearchMode
  scope: ThemeScope
}

export function useResearch(params: Ref<ResearchParams>) {
  const spread = shallowRef<SpreadResponse | null>(null)
  const themes = shallowRef<ThemeCityResponse | null>(null)
  const error = shallowRef<ApiError | null>(null)
  const loading = shallowRef(false)
  let controller: AbortController | null = null

  async function load() {
    controller?.abort()
    const mine = (controller = new AbortController())
    const { q, mode, scope } = params.value
    error.value = null
    loading.value = true
    const query = new URLSearchParams(q ? { q, mode } : {})
    try {
      const [s, t] = await Promise.all([
        q ? researchApi.spread(query, mine.signal) : Promise.resolve(null),
        researchApi.themes(scope === 'query' && q ? query : new URLSearchParams(), mine.signal),
      ])
      if (mine !== controller) return
      spread.value = s
      themes.value = t
    } catch (err) {
      if (mine !== controller || (err instanceof ApiError && err.code === 'aborted')) return
      error.value = asApiError(err)
    } finally {
      if (mine === controller) loading.value = false
    }
  }

  // Keyed on the values: the measure toggle rebuilds the params object without changing what to fetch.
  watch(() => { const { q, mode, scope } = params.value; return `${mode}\u0000${scope}\u0000${q}` }, load, { immediate: true })
  return { spread, themes, error, loading, retry: load }
}
