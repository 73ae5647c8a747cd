/**
 * Whether the tests that need the embedding model run. The model is not in the repository (it lives in
 * MODEL_DIR, data/models or ../shared/models), so a clone without it skips those tests, with one line that
 * says where the model was looked for, as the Meilisearch tests do without MEILI_URL. CI sets
 * REQUIRE_MODEL=1: there a missing model fails the run instead of quietly skipping semantic search.
 */
import { locateModel, type ModelLocation } from '../semantic/model-location.js'

export interface ModelForTests {
  location: ModelLocation | null
  /** Why the model's tests are skipped; null when they run. */
  skipped: string | null
}

let found: ModelForTests | undefined

export function modelForTests(): ModelForTests {
  if (found) return found
  const { location, searched } = locateModel(process.env.MODEL_DIR)
  if (location) return (found = { location, skipped: null })
  const why = `the embedding model bge-small-zh-v1.5 is not installed (looked in ${searched.join(', ')}; MODEL_DIR names another folder)`
  if (process.env.REQUIRE_MODEL === '1') throw new Error(`REQUIRE_MODEL=1, but ${why}.`)
  console.warn(`Model tests skipped: ${why}.`)
  return (found = { location: null, skipped: why })
}
