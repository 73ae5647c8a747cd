import { describe, expect, it } from 'vitest'
import { openApiDocument } from '../../../server/http/openapi.js'
import { operationViews, typeText, type OpenApiDocument } from './openapi-view.js'

const views = operationViews(openApiDocument() as OpenApiDocument)

describe('operationViews', () => {
  it('lists every operation of the server’s document with its parameters in words', () => {
    expect(views.map((v) => `${v.method} ${v.path}`)).toContain('GET /api/feed')
    const search = views.find((v) => v.path === '/api/search')!
    expect(search.summary).toBe('检索条款')
    expect(search.tryUrl).toBe('/api/search')
    expect(search.parameters.find((p) => p.name === 'mode')).toEqual({
      name: 'mode', where: '查询参数', required: false, type: 'keyword | semantic | hybrid', defaultValue: 'keyword', description: '',
    })
    expect(search.parameters.find((p) => p.name === 'city')!.type).toBe('string | string[]')
    expect(search.responses.map((r) => r.status)).toEqual(['200', '301', '400', '429', '503'])
  })

  it('offers no try link for a path with parameters, and names the path parameter', () => {
    const clause = views.find((v) => v.path === '/api/clauses/{id}')!
    expect(clause.tryUrl).toBeNull()
    expect(clause.parameters[0]).toMatchObject({ name: 'id', where: '路径', required: true })
  })
})

describe('typeText', () => {
  it('writes nullable and array types', () => {
    expect(typeText({ type: ['string', 'null'] })).toBe('string | null')
    expect(typeText({ type: 'array', items: { type: 'integer' } })).toBe('integer[]')
  })
})
