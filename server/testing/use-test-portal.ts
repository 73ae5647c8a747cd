/**
 * The portal of an HTTP test file: `const t = useTestPortal()` at the top of the file indexes the bundled
 * corpus and starts the real server before the file's tests (beforeAll), and stops it and deletes its data
 * after them (afterAll). The returned object reads through to the running portal, so tests use `t.get(…)`,
 * `t.build`, `t.logs` as with startTestPortal().
 */
import { afterAll, beforeAll } from 'vitest'
import { buildTestData, removeTestData, startTestPortal, type TestPortal } from './test-portal.js'

export function useTestPortal(): TestPortal {
  let started: TestPortal | undefined
  let dataDir: string | undefined
  beforeAll(async () => {
    dataDir = await buildTestData()
    started = await startTestPortal(dataDir)
  })
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
