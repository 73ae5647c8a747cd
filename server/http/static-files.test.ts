/**
 * The web app's files as a browser fetches them: a build folder compressed by the real Vite plugin
 * (web/precompress-assets.ts), served by staticFiles through a Hono app.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompressFiles } from '../../web/precompress-assets.js'
import { staticFiles } from './static-files.js'

let root: string
const SCRIPT = 'assets/index-3f9a1c.js'
// 2 000 lines of Chinese text compress well; the tiny file stays below the plugin's 1 KB floor.
const scriptBody = Array.from({ length: 2000 }, (_, i) => `export const clause${i} = "落实“双减”政策，第${i}条";`).join('\n')
const TINY = 'assets/tiny-0a1b2c.css'

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'static-files-'))
  mkdirSync(path.join(root, 'assets'))
  writeFileSync(path.join(root, SCRIPT), scriptBody)
  writeFileSync(path.join(root, TINY), 'body{margin:0}')
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>教育政策检索</title>')
  await precompressFiles(root)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function app() {
  const a = new Hono()
  a.use('*', staticFiles(root))
  return a
}

describe('static files', () => {
  it('writes a Brotli and a gzip copy that decompress to the asset, and none for a file under 1 KB', () => {
    const plain = readFileSync(path.join(root, SCRIPT))
    const br = readFileSync(path.join(root, `${SCRIPT}.br`))
    const gz = readFileSync(path.join(root, `${SCRIPT}.gz`))
    expect(brotliDecompressSync(br).equals(plain)).toBe(true)
    expect(gunzipSync(gz).equals(plain)).toBe(true)
    expect(br.length).toBeLessThan(plain.length / 5)
    expect(() => readFileSync(path.join(root, `${TINY}.br`))).toThrow(/ENOENT/)
  })

  it('sends the Brotli copy to a browser that accepts br, marked so that caches keep the two apart', async () => {
    const res = await app().request(`/${SCRIPT}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(scriptBody)
  })

  it('sends gzip to a browser that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gz = await app().request(`/${SCRIPT}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(scriptBody)

    const plain = await app().request(`/${SCRIPT}`)
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(scriptBody)
  })

  it('sends a small file as it is, even to a browser that accepts br', async () => {
    const res = await app().request(`/${TINY}`, { headers: { 'Accept-Encoding': 'br' } })
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(await res.text()).toBe('body{margin:0}')
  })
})
