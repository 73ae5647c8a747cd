/**
 * A real portal for HTTP tests: the bundled corpus indexed by the real indexer into a temp folder,
 * the real SQLite engine, the real server on a random loopback port. Log lines are kept in memory
 * so tests can read them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { readBuild } from '../../indexer/build-files.js'
import type { IndexBuild } from '../../indexer/types.js'
import type { Config } from '../config.js'
import { createLogger } from '../logger.js'
import { startPortal, type Portal } from '../portal.js'
import { buildDirOf } from '../startup/index-build.js'
import { indexOnceInRun } from './corpus-index-once.js'

export const TEST_MASTER_KEY = 'test-master-key-7f3a9c1e5b'

export interface TestPortal {
  portal: Portal
  url: string
  build: IndexBuild
  dataDir: string
  webRoot: string
  logs: string[]
  get(pathAndQuery: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

/** A data folder of the test file's own, its build made once per run for the same inputs (corpus-index-once.ts). */
export async function buildTestData(opts: { inputs?: string[]; embed?: boolean } = {}): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-test-'))
  await indexOnceInRun(buildDirOf(dataDir), { inputs: opts.inputs ?? ['data/corpus'], embed: opts.embed ?? false })
  return dataDir
}

/** A minimal built web app (what vite writes: index.html and hashed assets). */
function writeWebRoot(dataDir: string): string {
  const webRoot = path.join(dataDir, 'web')
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true })
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index-Bx7Qe2.js"></script></head><body><div id="app"></div></body></html>')
  writeFileSync(path.join(webRoot, 'assets', 'index-Bx7Qe2.js'), 'console.log("portal")\n')
  return webRoot
}

export async function startTestPortal(dataDir: string, overrides: Partial<Config> = {}, watchIntervalMs = 0, semantic = false): Promise<TestPortal> {
  const logs: string[] = []
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    meiliUrl: null,
    // Set although SQLite serves, so that the leak test has a key to look for.
    meiliMasterKey: TEST_MASTER_KEY,
    meiliIndex: 'clauses',
    logLevel: 'info',
    dataDir,
    corpusDir: path.resolve('data/corpus'),
    corsOrigins: [],
    rateLimit: 0,
    modelDir: null,
    // Two search threads, not the production default of four per core: a test portal answers a few requests,
    // and every thread costs its start (loading the engine's modules) in each test file.
    searchWorkers: 2,
    ...overrides,
  }
  const logger = createLogger(config, sink)
  const webRoot = writeWebRoot(dataDir)
  const portal = await startPortal({ config, logger, webRoot, semantic, watchIntervalMs })
  return {
    portal,
    url: portal.url,
    build: readBuild(buildDirOf(dataDir)),
    dataDir,
    webRoot,
    logs,
    get: (p, init) => fetch(portal.url + p, init),
    close: () => portal.close(),
  }
}

export function removeTestData(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true })
}
