import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { IndexerReport } from '../../indexer/pipeline.js'
import { runIndexer } from '../startup/run-indexer.js'
import type { ClauseRecord } from '../../indexer/types.js'
import type { ClauseResponse, SearchResponse } from '../api-types.js'
import { buildDirOf } from '../startup/index-build.js'
import { removeTestData, startTestPortal, type TestPortal } from '../testing/test-portal.js'

const ATOM = 'http://www.w3.org/2005/Atom'
const JINGMEN = '000_d9ce88d6bc3921ac.txt'
const COMPILATION = '001_3165b1e1fe2a6d7c.txt'

let t: TestPortal
let dataDir: string
let first: IndexerReport
let second: IndexerReport
const q = encodeURIComponent

/** The feed parsed by a conforming XML parser; any warning or error fails the test. */
function parseAtom(xml: string) {
  const problems: string[] = []
  const doc = new DOMParser({
    errorHandler: { warning: (m: string) => problems.push(`warning: ${m}`), error: (m: string) => problems.push(`error: ${m}`), fatalError: (m: string) => problems.push(`fatal: ${m}`) },
  }).parseFromString(xml, 'application/xml')
  expect(problems).toEqual([])
  const feed = doc.documentElement!
  const child = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(ATOM, name)).filter((c) => c.parentNode === el)
  const text = (el: Element, name: string) => child(el, name)[0]?.textContent ?? null
  const entries = child(feed, 'entry').map((e) => ({
    id: text(e, 'id')!,
    title: text(e, 'title')!,
    updated: text(e, 'updated')!,
    summary: text(e, 'summary')!,
    link: child(e, 'link')[0]?.getAttribute('href') ?? null,
  }))
  return { feed, namespace: feed.namespaceURI, name: feed.localName, id: text(feed, 'id'), title: text(feed, 'title'), updated: text(feed, 'updated'), author: text(feed, 'author'), entries }
}

const contains = (c: ClauseRecord, term: string) => normalizeForMatch(c.text).includes(term) || normalizeForMatch(c.heading).includes(term)

beforeAll(async () => {
  // Two indexer runs: 荆门 first, the compilation a run later, so the feed has older and newer clauses.
  dataDir = mkdtempSync(path.join(tmpdir(), 'feed-test-'))
  const corpus = path.join(dataDir, 'corpus')
  mkdirSync(corpus)
  copyFileSync(path.join('data/corpus', JINGMEN), path.join(corpus, JINGMEN))
  first = await runIndexer({ inputs: [corpus], buildDir: buildDirOf(dataDir), embed: false })
  copyFileSync(path.join('data/corpus', COMPILATION), path.join(corpus, COMPILATION))
  second = await runIndexer({ inputs: [corpus], buildDir: buildDirOf(dataDir), embed: false })
  t = await startTestPortal(dataDir, { corpusDir: corpus })
}, 120_000)
afterAll(async () => {
  await t?.close()
  removeTestData(dataDir)
})

describe('GET /api/feed', () => {
  it('answers valid Atom with its content type, cache headers and an ETag that gives 304 when unchanged', async () => {
    const res = await t.get(`/api/feed?q=${q('双减')}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    const etag = res.headers.get('etag')!
    // Weak in every coding (compress-answers.ts sends the feed in br or gzip as asked).
    expect(etag).toMatch(/^W\/"[\w-]+"$/)
    const atom = parseAtom(await res.text())
    expect([atom.namespace, atom.name]).toEqual([ATOM, 'feed'])
    expect(atom.id).toBe(`${t.url}/api/feed?q=${q('双减')}`)
    expect(atom.title).toBe('政策条款订阅：双减')
    expect(atom.author).toBe('教育工作要点检索')
    expect(atom.updated).toBe(second.indexedAt)
    const again = await t.get(`/api/feed?q=${q('双减')}`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('answers 304 with the same weak ETag and Vary: Accept-Encoding as its 200, asked in gzip or in no coding', async () => {
    for (const coding of ['gzip', 'identity']) {
      const headers = { 'Accept-Encoding': coding }
      const res = await t.get(`/api/feed?q=${q('双减')}`, { headers })
      const etag = res.headers.get('etag')!
      const again = await t.get(`/api/feed?q=${q('双减')}`, { headers: { ...headers, 'If-None-Match': etag } })
      expect([res.status, res.headers.get('vary')]).toEqual([200, 'Accept-Encoding'])
      expect([again.status, again.headers.get('etag'), again.headers.get('vary'), again.headers.get('cache-control')]).toEqual([304, etag, 'Accept-Encoding', 'public, max-age=300'])
    }
  })

  it('lists exactly the clauses matching the search, newest first, each with its citation, snippet and link', async () => {
    const expected = t.build.clauses.filter((c) => contains(c, '双减'))
    const newer = expected.filter((c) => c.firstIndexed === second.indexedAt)
    expect(newer.length).toBeGreaterThan(0)
    expect(expected.length - newer.length).toBeGreaterThan(0)
    const { entries } = parseAtom(await (await t.get(`/api/feed?q=${q('双减')}`)).text())
    expect(entries.map((e) => e.id).sort()).toEqual(expected.map((c) => `${t.url}/c/${encodeURIComponent(c.id)}`).sort())
    expect(entries.slice(0, newer.length).every((e) => e.updated === second.indexedAt)).toBe(true)
    expect(entries.slice(newer.length).every((e) => e.updated === first.indexedAt)).toBe(true)
    for (const e of entries) {
      expect(e.link).toBe(e.id)
      expect(e.summary).toContain('<mark>双减</mark>')
      const id = decodeURIComponent(e.id.slice(`${t.url}/c/`.length))
      expect(e.title).toBe(((await (await t.get(`/api/clauses/${encodeURIComponent(id)}`)).json()) as ClauseResponse).citation)
    }
  })

  it('keeps only what is new with since=, and applies the search filters', async () => {
    const since = new Date(Date.parse(first.indexedAt) + 1).toISOString()
    const fresh = parseAtom(await (await t.get(`/api/feed?q=${q('双减')}&since=${q(since)}`)).text())
    expect(fresh.entries.length).toBe(t.build.clauses.filter((c) => contains(c, '双减') && c.firstIndexed === second.indexedAt).length)
    const jingmen = parseAtom(await (await t.get(`/api/feed?q=${q('双减')}&city=${q('荆门市')}&limit=2`)).text())
    expect(jingmen.title).toBe('政策条款订阅：双减（荆门市）')
    expect(jingmen.entries).toHaveLength(2)
    expect(jingmen.entries.every((e) => e.id.includes('jingmen'))).toBe(true)
  })

  it('refuses a since= that is not a date with a 400 naming the parameter', async () => {
    const res = await t.get('/api/feed?since=yesterday')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_parameter', param: 'since' } })
  })
})

describe('since= on /api/search and /api/export', () => {
  it('returns only the clauses first indexed at or after the date, with their date', async () => {
    const since = new Date(Date.parse(first.indexedAt) + 1).toISOString()
    const expected = t.build.clauses.filter((c) => c.firstIndexed >= since)
    expect(expected.length).toBeGreaterThan(0)
    const res = (await (await t.get(`/api/search?since=${q(since)}&limit=100`)).json()) as SearchResponse
    expect(res.total).toBe(expected.length)
    expect(res.hits.every((h) => h.firstIndexed === second.indexedAt)).toBe(true)
    const day = second.indexedAt.slice(0, 10)
    const exported = (await (await t.get(`/api/export?format=json&since=${day}`)).json()) as { total: number }
    expect(exported.total).toBe(t.build.clauses.filter((c) => c.firstIndexed >= `${day}T00:00:00.000Z`).length)
  })
})
