/**
 * The OpenAPI document (/api/openapi.json) turned into what the API page lists: each operation with its
 * parameters and answers in words. Pure, so it is tested on the server's real document.
 */

interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  anyOf?: JsonSchema[]
  items?: JsonSchema
  default?: unknown
  description?: string
  pattern?: string
  minimum?: number
  maximum?: number
}

interface OpenApiOperation {
  summary?: string
  description?: string
  tags?: string[]
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[]
  responses: Record<string, { description?: string; content?: Record<string, unknown> }>
}

export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; description?: string }
  paths: Record<string, Record<string, OpenApiOperation>>
}

export interface ParameterRow {
  name: string
  where: string
  required: boolean
  type: string
  defaultValue: string
  description: string
}

export interface OperationView {
  method: string
  path: string
  tag: string
  summary: string
  description: string
  parameters: ParameterRow[]
  responses: { status: string; description: string; types: string[] }[]
  /** A link to try the operation in the browser (GET without path parameters). */
  tryUrl: string | null
}

const WHERE: Record<string, string> = { query: '查询参数', path: '路径', header: '请求头' }

/** `string | string[]`, `keyword | semantic | hybrid`, `integer`. */
export function typeText(schema: JsonSchema | undefined): string {
  if (!schema) return ''
  if (schema.enum) return schema.enum.map(String).join(' | ')
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeText))].join(' | ')
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []
  return types.map((t) => (t === 'array' ? `${typeText(schema.items)}[]` : t)).join(' | ')
}

export function operationViews(doc: OpenApiDocument): OperationView[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      tag: op.tags?.[0] ?? '',
      summary: op.summary ?? '',
      description: op.description ?? '',
      parameters: (op.parameters ?? []).map((p) => ({
        name: p.name,
        where: WHERE[p.in] ?? p.in,
        required: p.required === true,
        type: typeText(p.schema),
        defaultValue: p.schema?.default === undefined ? '' : String(p.schema.default),
        description: p.description ?? p.schema?.description ?? '',
      })),
      responses: Object.entries(op.responses).map(([status, r]) => ({ status, description: r.description ?? '', types: Object.keys(r.content ?? {}) })),
      tryUrl: method === 'get' && !path.includes('{') ? path : null,
    })),
  )
}
