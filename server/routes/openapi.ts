/** GET /api/openapi.json: the API's OpenAPI 3.1 document, generated once from the zod schemas. */
import { Hono } from 'hono'
import { openApiDocument } from '../http/openapi.js'

export function openApiRoutes(): Hono {
  let document: object | null = null
  return new Hono().get('/openapi.json', (c) => {
    document ??= openApiDocument()
    c.header('Cache-Control', 'public, max-age=3600')
    return c.json(document)
  })
}
