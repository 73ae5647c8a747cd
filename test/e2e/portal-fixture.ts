/**
 * The real portal for end-to-end tests: the bundled corpus indexed (keyword only, or with embeddings and
 * the model loaded when `semantic` is asked) into a temp folder, the production web build, the real Hono
 * server on a random port, and Debian's chromium. `synthetic: n` serves instead n synthetic clauses in plans of
 * about 40 over many cities and twelve years (bench/synthetic-corpus.ts), written straight into the index, for the
 * checks that need far more plans, cities and years than the bundled 11 plans hold. `corpus` indexes instead the
 * source files a test writes (name → text), for layouts no bundled plan has (a plan in parts); `indexedBefore` gives
 * files indexed once before them into the same build folder, as the run a re-index follows (ids it moved).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { pino } from 'pino'
import { chromium, type APIResponse, type Browser, type Locator, type Page, type Route } from 'playwright-core'
import { expect } from 'vitest'
import { syntheticBuild } from '../../bench/synthetic-corpus.js'
import { openSqliteEngine } from '../../server/engine/sqlite/sqlite-engine.js'
import { runIndexer } from '../../server/startup/run-indexer.js'
import { loadConfig } from '../../server/config.js'
import { startPortal, type Portal } from '../../server/portal.js'
import { SessionPool, type Session, type SessionDevice } from './session-pool.js'
import { ensureWebBuild } from '../../server/startup/web-build.js'
import { indexOnceInRun } from '../../server/testing/corpus-index-once.js'
import { onceInRun } from '../../server/testing/run-cache.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export type { Session, SessionDevice }
export const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags a sandboxed CI container needs (no user namespaces, small /dev/shm, no network chatter). */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
]

/** The two windows the sweeps open: a desk and a touch phone. */
export const DEVICE = {
  desk: { width: 1280, height: 900 },
  phone: { width: 390, height: 844, touch: true },
} as const satisfies Record<string, SessionDevice>

/** Every flow must end without a script error or a Content-Security-Policy violation. */
export async function finishSession({ errors, close }: Session): Promise<void> {
  expect(errors).toEqual([])
  await close()
}

/** Waits until a chart's canvas stops changing (echarts animates its bars in), instead of a fixed pause. */
export async function chartSettled(canvas: Locator) {
  let previous = ''
  await expect
    .poll(async () => {
      const now = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())
      const settled = now === previous
      previous = now
      return settled
    }, { interval: 150 })
    .toBe(true)
}

/** A mobile browser widens its layout viewport to the widest content, zooming the whole page out. */
/**
 * The server's answer to an intercepted request, for a test to alter before the page gets it. Playwright fetches it
 * on a kept-alive socket of its own; when the server closes that socket as idle (Node's keepAliveTimeout) just as it
 * is reused, the read fails with ECONNRESET, the route is never fulfilled and the page waits out the test (seen once
 * in CI under load). The tests route only GETs, which are safe to ask again: once, on a fresh socket.
 */
export async function fetchRouted(route: Route): Promise<APIResponse> {
  try {
    return await route.fetch()
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error
    return route.fetch()
  }
}

export const pageWidth = (page: Page) => page.evaluate(() => ({ inner: window.innerWidth, scroll: document.documentElement.scrollWidth }))

export interface PortalFixture {
  portal: Portal
  browser: Browser
  url: string
  /** GETs an API path from the running portal, expects 200 and returns the JSON body. */
  api<T>(pathAndQuery: string): Promise<T>
  /**
   * A page on the portal, in Chinese, kept from the last test of the same window size and reset (session-pool.ts),
   * or a context of its own when `fresh`. `errors` collects uncaught script errors and console errors (a
   * Content-Security-Policy violation is one); a failed resource load is not, since tests ask for missing pages.
   */
  session(device?: SessionDevice): Promise<Session>
  close(): Promise<void>
}

export async function startPortalFixture(opts: { semantic?: boolean; synthetic?: number; corpus?: Record<string, string>; indexedBefore?: Record<string, string> } = {}): Promise<PortalFixture> {
  const semantic = opts.semantic ?? false
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium fonts-noto-cjk\` or set CHROMIUM_PATH`)
  }
  const logger = pino({ level: 'silent' })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'))
  const buildDir = path.join(dataDir, 'build')
  mkdirSync(buildDir, { recursive: true })
  mkdirSync(SCREENSHOTS, { recursive: true })

  // Once per run: two files building at once would each empty dist/web under the other.
  const webRoot = path.join(ROOT, 'dist/web')
  if (!(await onceInRun('web-build', async () => { await ensureWebBuild({ root: ROOT, logger }) }))) await ensureWebBuild({ root: ROOT, logger })
  let corpusDir = path.join(ROOT, 'data/corpus')
  if (opts.synthetic) {
    // No source files: an empty corpus folder, so the server finds nothing newer to index over the written build.
    corpusDir = path.join(dataDir, 'corpus')
    mkdirSync(corpusDir)
    const writer = await openSqliteEngine({ path: path.join(buildDir, 'index.sqlite') })
    await writer.replaceAll(await syntheticBuild(opts.synthetic))
    await writer.close()
  } else if (opts.corpus) {
    corpusDir = path.join(dataDir, 'corpus')
    mkdirSync(corpusDir)
    const index = (files: Record<string, string>) => {
      for (const name of readdirSync(corpusDir)) rmSync(path.join(corpusDir, name))
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(corpusDir, name), text)
      return runIndexer({ inputs: [corpusDir], buildDir, themesPath: path.join(ROOT, 'data/themes.json'), embed: false })
    }
    if (opts.indexedBefore) await index(opts.indexedBefore)
    await index(opts.corpus)
  } else {
    await indexOnceInRun(buildDir, {
      inputs: [path.join(ROOT, 'data/corpus')],
      catalogPath: path.join(ROOT, 'data/catalog.json'),
      themesPath: path.join(ROOT, 'data/themes.json'),
      embed: semantic,
    })
  }
  // Two search threads, as the HTTP tests' portal (server/testing/test-portal.ts), not the production default of four
  // per core: a browser test sends a few requests at a time, and each thread costs its start (≈ 0.7 s of CPU) per file.
  const env = { DATA_DIR: dataDir, CORPUS_DIR: corpusDir, HOST: '127.0.0.1', RATE_LIMIT: '0', LOG_LEVEL: 'silent', SEARCH_WORKERS: '2' }
  // The environment wants a real port; 0 (any free port) is for tests only.
  const config = { ...loadConfig(env, ROOT), port: 0 }
  const portal = await startPortal({ config, logger, webRoot, semantic, watchIntervalMs: 0 })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const sessions = new SessionPool(browser, portal.url)
  return {
    portal,
    browser,
    url: portal.url,
    async api<T>(pathAndQuery: string): Promise<T> {
      const response = await fetch(portal.url + pathAndQuery)
      expect(response.status, pathAndQuery).toBe(200)
      return (await response.json()) as T
    },
    session: (device) => sessions.open(device),
    async close() {
      await sessions.close()
      await browser.close()
      await portal.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
