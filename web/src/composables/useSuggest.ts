/** Autocomplete for the search box: debounced /api/suggest, stale answers dropped. */
import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue'
import { api } from '../api/client.js'
import type { Suggestion } from '../api/types.js'

const DEBOUNCE_MS = 120

export function useSuggest(text: Ref<string>) {
  const suggestions = shallowRef<Suggestion[]>([])
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | null = null

  watch(text, (value) => {
    clearTimeout(timer)
    controller?.abort()
    const q = value.trim()
    if (!q) {
      suggestions.value = []
      return
    }
    timer = setTimeout(async () => {
      const mine = new AbortController()
      controller = mine
      try {
        const { suggestions: list } = await api.suggest(q, mine.signal)
        if (controller === mine) suggestions.value = list.slice(0, 8)
      } catch {
        // Autocomplete is a convenience: when it fails the box still searches.
        if (controller === mine) suggestions.value = []
      }
    }, DEBOUNCE_MS)
  })

  onBeforeUnmount(() => {
    clearTimeout(timer)
    controller?.abort()
  })

  return { suggestions, clear: () => { suggestions.value = [] } }
}
