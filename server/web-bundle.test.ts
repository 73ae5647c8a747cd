/**
 * The built web app, as `npm start` builds it (vite with the project's config), built here into a temp
 * folder with the Meilisearch master key in the environment: the key must not reach the bundle, and
 * the page must run under the server's CSP (no inline scripts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const KEY = 'bundle-leak-probe-5d8e21f0'
let outDir: string

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

/** A file's text as the browser reads it: the .br and .gz copies the build writes are decompressed first. */
function textOf(file: string): string {
  const bytes = readFileSync(file)
  if (file.endsWith('.br')) return brotliDecompressSync(bytes).toString('utf8')
  if (file.endsWith('.gz')) return gunzipSync(bytes).toString('utf8')
  return bytes.toString('utf8')
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
    for (const f of all) expect(textOf(f), f).not.toContain(KEY)
  })

  it('has a Brotli and a gzip copy of each large script that decompress to the script itself', () => {
    const scripts = files(outDir).filter((f) => f.endsWith('.js') && statSync(f).size >= 1024)
    expect(scripts.length).toBeGreaterThan(0)
    for (const f of scripts) {
      const plain = readFileSync(f, 'utf8')
      expect(textOf(`${f}.br`), f).toBe(plain)
      expect(textOf(`${f}.gz`), f).toBe(plain)
    }
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
