/**
 * API keys. The master (or admin) key only ever indexes; every query runs with a search-only key
 * restricted to the portal's indexes, so a leaked query key cannot write or read other indexes.
 * Keys never appear in a message: redactSecrets is applied to every error the adapter builds.
 */
import type { Key, Meilisearch } from 'meilisearch'

/** Prefix of the name of the search key this portal creates, followed by the index uids. */
export const SEARCH_KEY_NAME_PREFIX = 'policy-search:search:'

/** Keys shorter than this are not redacted piecewise (a 1–3 character "key" would blank ordinary words). */
const MIN_SECRET_LENGTH = 4

/**
 * Replaces every occurrence of each secret (and of its URL-encoded form) with `<redacted>`.
 * Also strips `Bearer <token>` and `apiKey=`/`key=` query values, whatever their content.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined | null)[]): string {
  let out = text
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue
    forms.add(secret)
    forms.add(encodeURIComponent(secret))
  }
  // Longest first, so a key that contains another key is removed whole.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join('<redacted>')
  out = out.replace(/(Bearer\s+)[^\s"',;]+/gi, '$1<redacted>')
  out = out.replace(/([?&](?:api[_-]?key|key|token)=)[^&\s"']+/gi, '$1<redacted>')
  return out
}

function searchKeyName(indexUids: readonly string[]): string {
  return SEARCH_KEY_NAME_PREFIX + [...indexUids].sort().join(',')
}

function isUsableSearchKey(key: Key, indexUids: readonly string[], now: number): boolean {
  const onlySearch = key.actions.length === 1 && key.actions[0] === 'search'
  const coversIndexes = indexUids.every((uid) => key.indexes.includes(uid))
  const narrow = !key.indexes.includes('*')
  const alive = key.expiresAt === null || new Date(key.expiresAt).getTime() > now
  return onlySearch && coversIndexes && narrow && alive
}

/**
 * Finds the search-only key for these indexes, or creates it. `client` must hold a key that may
 * manage keys (the master key). Returns the key string; it is safe to use for queries only.
 */
export async function ensureSearchKey(client: Meilisearch, indexUids: readonly string[]): Promise<string> {
  const name = searchKeyName(indexUids)
  const now = Date.now()
  let offset = 0
  for (;;) {
    const page = await client.getKeys({ offset, limit: 100 })
    const usable = page.results.filter((k) => isUsableSearchKey(k, indexUids, now))
    const own = usable.find((k) => k.name === name) ?? usable[0]
    if (own) return own.key
    offset += page.results.length
    if (page.results.length === 0 || offset >= page.total) break
  }
  const created = await client.createKey(searchKeyCreation(indexUids))
  return created.key
}

/** The body of POST /keys for the portal's search-only key. */
export function searchKeyCreation(indexUids: readonly string[]): { name: string; description: string; actions: ['search']; indexes: string[]; expiresAt: null } {
  return {
    name: searchKeyName(indexUids),
    description: 'Search-only key for the policy search portal (created by the server; never has write rights).',
    actions: ['search'],
    indexes: [...indexUids],
    expiresAt: null,
  }
}
