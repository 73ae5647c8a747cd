/** /api/health, fetched once per page load and shared: it tells whether semantic search is available. */
import { computed, shallowRef } from 'vue'
import { api } from '../api/client.js'
import type { HealthResponse } from '../api/types.js'

const health = shallowRef<HealthResponse | null>(null)
let pending: Promise<void> | null = null

export function useHealth() {
  if (!pending) {
    pending = api.health().then(
      (h) => { health.value = h },
      () => { pending = null },
    )
  }
  return {
    health,
    /** Semantic and hybrid modes need the server to say so explicitly. */
    semanticAvailable: computed(() => health.value?.semantic === true),
  }
}
