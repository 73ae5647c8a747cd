/**
 * A plan with all its clauses, and, when a query is given, which of its clauses match and which
 * strings to mark (taken from the server's snippets, so marking follows the server's query rules).
 */
import { shallowRef, ref, watch, type Ref } from 'vue'
import { api, ApiError, asApiError } from '../api/client.js'
import type { PlanResponse, SearchHitDto } from '../api/types.js'
import { markedTerms } from '../lib/sanitize-snippet.js'

/** The server's page-size maximum; a plan rarely has more matching clauses than this. */
const MAX_PLAN_HITS = 100

function toError(err: unknown): ApiError {
  return asApiError(err)
}

export function usePlanDocument(planId: Ref<string | null>, query: Ref<string>) {
  const doc = shallowRef<PlanResponse | null>(null)
  const error = shallowRef<ApiError | null>(null)
  const loading = ref(false)
  const matches = shallowRef<SearchHitDto[]>([])
  const matchTotal = ref(0)
  const terms = shallowRef<string[]>([])
  const matchError = shallowRef<ApiError | null>(null)
  const matchesLoading = ref(false)

  async function loadPlan(id: string | null, again = false) {
    // The address taking the live id of a plan a re-index renamed (the answer to the old id already holds it).
    if (!again && id !== null && doc.value?.plan.id === id) return
    doc.value = null
    error.value = null
    if (!id) return
    loading.value = true
    try {
      const response = await api.plan(id)
      if (planId.value === id) doc.value = response
    } catch (err) {
      if (planId.value === id) error.value = toError(err)
    } finally {
      if (planId.value === id) loading.value = false
    }
  }

  async function loadMatches(id: string | null, q: string) {
    matches.value = []
    matchTotal.value = 0
    terms.value = []
    matchError.value = null
    matchesLoading.value = false
    if (!id || !q) return
    const params = new URLSearchParams({ q, plan: id, limit: String(MAX_PLAN_HITS), sort: 'date' })
    matchesLoading.value = true
    try {
      const response = await api.search(params)
      if (planId.value !== id || query.value !== q) return
      matches.value = response.hits
      matchTotal.value = response.total
      const found = new Set<string>()
      for (const hit of response.hits) for (const term of markedTerms(hit.snippet)) found.add(term)
      terms.value = [...found]
    } catch (err) {
      matchError.value = toError(err)
    } finally {
      if (planId.value === id && query.value === q) matchesLoading.value = false
    }
  }

  watch(planId, (id) => void loadPlan(id), { immediate: true })
  watch([planId, query], ([id, q]) => void loadMatches(id, q), { immediate: true })

  return { doc, error, loading, matches, matchTotal, terms, matchError, matchesLoading, reload: () => loadPlan(planId.value, true) }
}

/**
 * Scrolls to an element by id once it exists, focuses it for keyboard and screen-reader users.
 * A short element is centred; a long one (a long clause on a phone) starts at the top, below any
 * sticky bar (its scroll-margin), so its first line is read first.
 */
export function scrollToId(id: string, behavior: ScrollBehavior = 'auto'): boolean {
  const el = document.getElementById(id)
  if (!el) return false
  const tall = el.getBoundingClientRect().height > window.innerHeight * 0.4
  el.scrollIntoView({ block: tall ? 'start' : 'center', behavior })
  el.focus({ preventScroll: true })
  return true
}
