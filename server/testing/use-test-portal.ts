/**
 * The portal of an HTTP test file: `const t = useTestPortal()` at the top of the file indexes the bundled
 * corpus and starts the real server before the file's tests (beforeAll), and stops it and deletes its data
 * after them (afterAll). The returned object reads through to the running portal, so tests use `t.get(…)`,
 * `t.build`, `t.logs` as with startTestPortal().
 */
import { afterAll, beforeAll } from 'vitest'
import { buildTestData, removeTestData, startTestPortal, type TestPortal } from './test-portal.js'

/** What to index (every plan of the bundled corpus, no vectors, unless told) and whether to serve with the model. */
export interface TestPortalOptions {
  inputs?: string[]
  embed?: boolean
  semantic?: boolean
}

export function useTestPortal(options: TestPortalOptions = {}): TestPortal {
  let started: TestPortal | undefined
  let dataDir: string | undefined
  beforeAll(async () => {
    dataDir = await buildTestData({ inputs: options.inputs, embed: options.embed })
    started = await startTestPortal(dataDir, {}, 0, options.semantic === true)
  }, options.embed ? 300_000 : undefined)
  afterAll(async () => {
    await started?.close()
    if (dataDir) removeTestData(dataDir)
  })
  const running = (): TestPortal => {
    if (!started) throw new Error('useTestPortal(): the portal starts in beforeAll; use it inside a test or hook.')
    return started
  }
  return {
    get portal() { return running().portal },
    get url() { return running().url },
    get build() { return running().build },
    get dataDir() { return running().dataDir },
    get webRoot() { return running().webRoot },
    get logs() { return running().logs },
    get: (pathAndQuery, init) => running().get(pathAndQuery, init),
    close: () => running().close(),
  }
}
