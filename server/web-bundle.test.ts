/**
 * The built web app, as `npm start` builds it (vite with the project's config), built here into a temp
 * folder with the Meilisearch master key in the environment: the key must not reach the bundle, and
 * the page must run under the server's CSP (no inline scripts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const KEY = 'bundle-leak-probe-5d8e21f0'
let outDir: string

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'web-bundle-'))
  const saved = { key: process.env.MEILI_MASTER_KEY, vite: process.env.VITE_MEILI_MASTER_KEY }
  process.env.MEILI_MASTER_KEY = KEY
  try {
    const { build } = await import('vite')
    await build({ configFile: path.resolve('vite.config.ts'), root: path.resolve('web'), logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  } finally {
    if (saved.key === undefined) delete process.env.MEILI_MASTER_KEY
    else process.env.MEILI_MASTER_KEY = saved.key
  }
}, 180_000)
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('the web bundle', () => {
  it('never contains the Meilisearch master key from the build environment', () => {
    const all = files(outDir)
    expect(all.some((f) => f.endsWith('.js'))).toBe(true)
    for (const f of all) expect(readFileSync(f, 'utf8'), f).not.toContain(KEY)
  })

  it('has no inline script, so it runs under script-src \'self\'', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/assets\//)
      expect(body.trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })
})
