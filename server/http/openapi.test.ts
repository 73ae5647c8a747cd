import { Ajv2020 } from 'ajv/dist/2020.js'
import pino from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { createApp } from '../app.js'
import { useTestPortal } from '../testing/use-test-portal.js'

interface Operation {
  parameters?: { name: string; in: string }[]
  responses: Record<string, { content?: Record<string, { schema: object }> }>
}
interface Document {
  openapi: string
  paths: Record<string, Record<string, Operation>>
}

const t = useTestPortal()
let doc: Document
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
const q = encodeURIComponent

beforeAll(async () => {
  doc = (await (await t.get('/api/openapi.json')).json()) as Document
})

/** `/api/clauses/x-1/similar?limit=3` → `/api/clauses/{id}/similar`. */
function documentedPath(path: string): string {
  const match = Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path))
  if (!match) throw new Error(`${path} is not in the OpenAPI document`)
  return match
}

async function checkAgainstDocument(pathAndQuery: string, init?: RequestInit): Promise<number> {
  const res = await t.get(pathAndQuery, init)
  const path = pathAndQuery.split('?')[0]
  const operation = doc.paths[documentedPath(path)].get
  const response = operation.responses[String(res.status)]
  expect(response, `${pathAndQuery} answered ${res.status}, which the document does not list`).toBeDefined()
  const type = (res.headers.get('content-type') ?? '').split(';')[0]
  if (!response.content) {
    expect(await res.text()).toBe('')
    return res.status
  }
  expect(Object.keys(response.content), `${pathAndQuery} answered ${type}`).toContain(type)
  if (type === 'application/json') {
    const validate = ajv.compile(response.content[type].schema)
    const ok = validate(await res.json())
    expect(ok ? [] : validate.errors, pathAndQuery).toEqual([])
  }
  return res.status
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with the zod constraints of the query parameters', () => {
    expect(doc.openapi).toBe('3.1.0')
    const search = doc.paths['/api/search'].get.parameters!
    expect(search.map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'mode', 'city', 'year', 'yearFrom', 'page', 'limit', 'group']))
    expect(doc.paths['/api/feed'].get.parameters!.map((p) => p.name)).toContain('since')
    expect(doc.paths['/api/clauses/{id}'].get.parameters!.find((p) => p.name === 'id')).toMatchObject({ in: 'path', required: true })
  })

  it('documents every GET route of the app, and nothing the app does not serve', () => {
    const app = createApp({ index: t.portal.index, tokenizer: createSegmenter(), embedder: null, logger: pino({ level: 'silent' }) })
    const served = new Set(app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/')).map((r) => r.path.replace(/:(\w+)/g, '{$1}')))
    expect([...served].sort()).toEqual(Object.keys(doc.paths).sort())
    for (const ops of Object.values(doc.paths)) expect(Object.keys(ops)).toEqual(['get'])
  })
})

describe('real answers validate against the document', () => {
  const clause = 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6'
  const plan = 'jiangmen-2023-jiaoyuju-gongzuo-yaodian'

  it.each([
    `/api/search?q=${q('双减')}`,
    `/api/search?q=${q('课后服务')}&city=${q('荆门市')}&group=plan&perPlan=2`,
    `/api/search?q=${q('。。')}`,
    '/api/search?q=&sort=date&limit=3',
    `/api/export?q=${q('双减')}&format=json`,
    `/api/export?q=${q('双减')}&format=csv`,
    `/api/feed?q=${q('双减')}`,
    '/api/facets',
    `/api/facets?year=2024&level=${q('区县')}`,
    `/api/suggest?q=${q('课后')}`,
    `/api/clauses/${clause}?q=${q('双减')}`,
    `/api/clauses/${clause}/similar?limit=3`,
    '/api/plans',
    `/api/plans/${plan}`,
    `/api/plans/${plan}/file`,
    '/api/health',
    '/api/openapi.json',
  ])('%s answers 200 as documented', async (path) => {
    expect(await checkAgainstDocument(path)).toBe(200)
  })

  it.each([
    ['/api/search?mode=fast', 400],
    ['/api/search?q=x&q=y', 400],
    ['/api/search?yearFrom=2025&yearTo=2020', 400],
    ['/api/search?q=x&mode=semantic', 503],
    ['/api/feed?since=yesterday', 400],
    ['/api/clauses/no-such-clause', 404],
    ['/api/plans/no-such-plan', 404],
    ['/api/plans/no-such-plan/file', 404],
    ['/api/clauses/a..b', 400],
  ])('%s answers %i with a documented error body', async (path, status) => {
    expect(await checkAgainstDocument(path)).toBe(status)
  })

  it('answers a repeated feed request with the documented 304', async () => {
    const etag = (await t.get(`/api/feed?q=${q('双减')}`)).headers.get('etag')!
    expect(await checkAgainstDocument(`/api/feed?q=${q('双减')}`, { headers: { 'If-None-Match': etag } })).toBe(304)
  })
})
