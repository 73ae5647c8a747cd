/**
 * The real portal for end-to-end tests: the bundled corpus indexed (keyword only, or with embeddings and
 * the model loaded when `semantic` is asked) into a temp folder, the production web build, the real Hono
 * server on a random port, and Debian's chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { pino } from 'pino'
import { chromium, type Browser } from 'playwright-core'
import { expect } from 'vitest'
import { runIndexer } from '../../server/startup/run-indexer.js'
import { loadConfig } from '../../server/config.js'
import { startPortal, type Portal } from '../../server/portal.js'
import { ensureWebBuild } from '../../server/startup/web-build.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags a sandboxed CI container needs (no user namespaces, small /dev/shm, no network chatter). */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
]

export interface PortalFixture {
  portal: Portal
  browser: Browser
  url: string
  /** GETs an API path from the running portal, expects 200 and returns the JSON body. */
  api<T>(pathAndQuery: string): Promise<T>
  close(): Promise<void>
}

export async function startPortalFixture(opts: { semantic?: boolean } = {}): Promise<PortalFixture> {
  const semantic = opts.semantic ?? false
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium fonts-noto-cjk\` or set CHROMIUM_PATH`)
  }
  const logger = pino({ level: 'silent' })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'))
  const buildDir = path.join(dataDir, 'build')
  mkdirSync(buildDir, { recursive: true })
  mkdirSync(SCREENSHOTS, { recursive: true })

  const webRoot = await ensureWebBuild({ root: ROOT, logger })
  await runIndexer({
    inputs: [path.join(ROOT, 'data/corpus')],
    buildDir,
    catalogPath: path.join(ROOT, 'data/catalog.json'),
    themesPath: path.join(ROOT, 'data/themes.json'),
    embed: semantic,
  })
  const env = { DATA_DIR: dataDir, CORPUS_DIR: path.join(ROOT, 'data/corpus'), HOST: '127.0.0.1', RATE_LIMIT: '0', LOG_LEVEL: 'silent' }
  // The environment wants a real port; 0 (any free port) is for tests only.
  const config = { ...loadConfig(env, ROOT), port: 0 }
  const portal = await startPortal({ config, logger, webRoot, semantic, watchIntervalMs: 0 })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return {
    portal,
    browser,
    url: portal.url,
    async api<T>(pathAndQuery: string): Promise<T> {
      const response = await fetch(portal.url + pathAndQuery)
      expect(response.status, pathAndQuery).toBe(200)
      return (await response.json()) as T
    },
    async close() {
      await browser.close()
      await portal.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
