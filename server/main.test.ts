/**
 * `npm start` as a user runs it: a child process on server/main.ts, configured only by environment
 * variables, stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HealthResponse } from './api-types.js'
import { isStale } from './startup/freshness.js'
import { webSources } from './startup/web-build.js'
import { buildTestData, removeTestData } from './testing/test-portal.js'

const root = process.cwd()

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let out = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => out, exited }
}

async function waitForUrl(child: ChildProcess, output: () => string, ms = 60_000): Promise<string> {
  const until = Date.now() + ms
  for (;;) {
    const m = /Policy search portal: (http:\/\/\S+)/.exec(output())
    if (m) return m[1]
    if (Date.now() > until || child.exitCode !== null) throw new Error(`no URL printed:\n${output()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe('npm start (server/main.ts)', () => {
  it('stops with exit code 2 and names the variable when the configuration is wrong', async () => {
    const { output, exited } = start({ PORT: 'eighty', LOG_LEVEL: 'loud' })
    expect(await exited).toBe(2)
    expect(output()).toContain('PORT="eighty" is not valid: expected an integer port from 0 to 65535 (0 picks a free port), e.g. PORT=3000')
    expect(output()).toContain('LOG_LEVEL="loud" is not valid')
  })

  describe('with an index already built', () => {
    let dataDir: string
    beforeAll(async () => {
      dataDir = await buildTestData()
    })
    afterAll(() => removeTestData(dataDir))

    // Building the web app here would rewrite dist/web under the other test suites; it is only
    // exercised when dist/web is already up to date, which is the state after `npm run build`.
    it.skipIf(isStale('dist/web/index.html', webSources(root)))('serves, prints the URL, logs each request and closes cleanly on SIGTERM', async () => {
      const { child, output, exited } = start({
        PORT: '0',
        DATA_DIR: dataDir,
        CORPUS_DIR: 'data/corpus',
        MODEL_DIR: dataDir,
        RATE_LIMIT: '0',
      })
      const url = await waitForUrl(child, output).catch((err) => {
        child.kill('SIGKILL')
        throw err
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const health = (await (await fetch(`${url}/api/health`)).json()) as HealthResponse
      expect(health).toMatchObject({ status: 'ok', engine: 'sqlite', plans: 11 })
      const page = await fetch(`${url}/`)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(output()).toMatch(/"method":"GET","path":"\/api\/health","status":200,"ms":[\d.]+/)
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(output()).toContain('"msg":"closed"')
    }, 120_000)
  })
})
