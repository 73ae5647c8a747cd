/**
 * `npm start` as a user runs it: a child process on server/main.ts, configured only by environment
 * variables, stopped with SIGTERM. The full start runs in a fresh copy of the project (as a clean clone
 * has it: no dist/web), so it builds the web app itself every time and never rewrites the dist/web that
 * other test files serve.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HealthResponse } from './api-types.js'
import { buildTestData, removeTestData } from './testing/test-portal.js'

const root = process.cwd()

/** The project's files as a clone has them (tracked and new, nothing ignored), with node_modules linked. */
function cleanCopy(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'clean-clone-'))
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  for (const file of files.split('\0').filter(Boolean)) {
    if (existsSync(path.join(root, file))) cpSync(path.join(root, file), path.join(copy, file))
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir')
  return copy
}

function start(env: Record<string, string>, cwd = root): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let out = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd,
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

  describe('in a clean clone, with an index already built', () => {
    let dataDir: string
    let clone: string
    beforeAll(async () => {
      dataDir = await buildTestData()
      clone = cleanCopy()
    })
    afterAll(() => {
      removeTestData(dataDir)
      rmSync(clone, { recursive: true, force: true })
    })

    it('builds the web app, serves, prints the URL, logs each request and closes cleanly on SIGTERM', async () => {
      expect(existsSync(path.join(clone, 'dist'))).toBe(false)
      const { child, output, exited } = start(
        {
          PORT: '0',
          DATA_DIR: dataDir,
          CORPUS_DIR: 'data/corpus',
          MODEL_DIR: dataDir,
          RATE_LIMIT: '0',
        },
        clone,
      )
      const url = await waitForUrl(child, output, 180_000).catch((err) => {
        child.kill('SIGKILL')
        throw err
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const health = (await (await fetch(`${url}/api/health`)).json()) as HealthResponse
      expect(health).toMatchObject({ status: 'ok', engine: 'sqlite', plans: 11 })
      expect(output()).toContain('building the web app (dist/web is missing or older than web/)')
      expect(existsSync(path.join(clone, 'dist/web/index.html'))).toBe(true)
      const page = await fetch(`${url}/`)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(await page.text()).toContain('<div id="app"')
      expect(output()).toMatch(/"method":"GET","path":"\/api\/health","status":200,"ms":[\d.]+/)
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(output()).toContain('"msg":"closed"')
    }, 240_000)
  })
})
