/**
 * The JSON answers of the API as zod schemas, for the OpenAPI document (http/openapi.ts). The types in
 * api-types.ts stay the contract the code is written against; the checks at the end of this file fail
 * the type check when the two disagree, so the document cannot drift from what the server sends.
 */
import { z } from 'zod'
import { ADMIN_LEVELS, type ClauseRecord, type PlanRecord } from '../../indexer/types.js'
import type { ClauseResponse, ErrorResponse, HealthResponse, PlanResponse, PlansResponse, SearchResponse, SimilarResponse, SuggestResponse } from '../api-types.js'
import type { Facets } from '../engine/types.js'
import type { ExportRow } from '../export/csv.js'

const nullableString = z.string().nullable()
const level = z.enum(ADMIN_LEVELS)

export const clauseRecordSchema = z.object({
  id: z.string().describe('稳定编号：`<planId>-<章>-<条>`（各部分的章号重新起算时为 `<planId>-<部分>-<章>-<条>`），段落为 `<planId>-p<k>`'),
  planId: z.string(),
  planTitle: z.string(),
  city: nullableString,
  province: nullableString,
  level: level.nullable(),
  year: z.number().int().nullable(),
  chapter: z
    .object({ number: z.string(), title: z.string(), part: z.string().optional().describe('所在部分（如“第二部分”），文件分部分且各部分章号重新起算时才有') })
    .nullable(),
  section: nullableString,
  number: z.number().int().nullable().describe('条号；段落（前言、章导语）为 null'),
  paragraph: z.number().int().optional().describe('没有编号条款的章（节）中段落的段次，引用为“第一章第2段”；编号条款和导语段落没有此项'),
  heading: z.string(),
  text: z.string(),
  themes: z.array(z.string()),
  outlineOnly: z.boolean().describe('仅有目录标题，原文缺正文'),
  headingOnly: z.literal(true).optional().describe('原文只印了这一章（节）的标题、其下没有文字：记录即标题一行，编号 `<planId>-<章>-`（节为 `-<章>-s<k>`）；其余记录没有此项'),
  start: z.number().int(),
  end: z.number().int(),
  order: z.number().int(),
  firstIndexed: z.string().describe('首次收录时间（ISO），重新建立索引后保持不变'),
})

const evidence = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: z.enum(['header', 'title', 'body', 'catalog', 'inferred']), quote: z.string().optional() }).optional()

export const planRecordSchema = z.object({
  id: z.string(),
  displayName: z.string().describe('在索引中唯一的文件名称'),
  title: z.string(),
  issuer: nullableString,
  city: nullableString,
  province: nullableString,
  level: level.nullable(),
  year: z.number().int().nullable(),
  publishDate: nullableString.describe('YYYY-MM-DD'),
  signDate: nullableString.optional().describe('成文日期 YYYY-MM-DD，仅在文件或 catalog.json 注明时给出'),
  docNumber: nullableString.describe('文号'),
  validity: nullableString.describe('效力状态，仅在文件或 catalog.json 注明时给出'),
  source: z.object({
    file: z.string(),
    url: nullableString,
    partOf: z.object({ title: z.string(), index: z.number().int(), count: z.number().int() }).nullable(),
  }),
  metadataEvidence: z.object({
    title: evidence(z.string()),
    issuer: evidence(nullableString),
    city: evidence(nullableString),
    province: evidence(nullableString),
    level: evidence(level.nullable()),
    year: evidence(z.number().int().nullable()),
    publishDate: evidence(nullableString),
    signDate: evidence(nullableString),
    docNumber: evidence(nullableString),
    validity: evidence(nullableString),
  }),
  clauseCount: z.number().int(),
  outlineOnlyCount: z.number().int(),
  passageCount: z.number().int(),
  contentHash: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional().describe('索引时未能确定的事项（结构与元数据）'),
})

const citations = {
  url: z.string().describe('条款页面（相对路径）'),
  citation: z.string().describe('引用（本站引用规范）'),
  citationGbt: z.string().describe('GB/T 7714-2015 参考文献格式'),
}

export const apiHitSchema = clauseRecordSchema.omit({ start: true, end: true, order: true }).extend({
  text: z.string().optional().describe('条款全文：/api/search 仅在 fullText=true 时给出（结果列表显示摘要）'),
  planName: z.string().describe('文件名称（唯一）'),
  snippet: z.string().describe('HTML：转义后的文本，只含 <mark>'),
  ...citations,
  score: z.number(),
})

const facetValues = z.array(z.object({ value: z.string(), count: z.number().int() }))
export const facetsSchema = z.object({ city: facetValues, province: facetValues, year: facetValues, theme: facetValues, level: facetValues })

const mode = z.enum(['keyword', 'semantic', 'hybrid'])

const placeFilters = z.object({
  city: z.array(z.string()).optional(),
  province: z.array(z.string()).optional(),
  year: z.array(z.number().int()).optional(),
  exceptCity: z.array(z.string()).optional().describe('不含的城市（除了荆门以外）'),
  exceptProvince: z.array(z.string()).optional().describe('不含的省份'),
  exceptYear: z.array(z.number().int()).optional().describe('不含的年份'),
})

export const searchResponseSchema = z.object({
  query: z.string(),
  mode,
  sort: z.enum(['relevance', 'date', 'date-asc']),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  tookMs: z.number(),
  hits: z.array(apiHitSchema),
  facets: facetsSchema,
  groups: z.array(z.object({ planId: z.string(), planTitle: z.string(), planName: z.string(), total: z.number().int(), hits: z.array(apiHitSchema) })).optional()
    .describe('group=plan 时：按文件分组的一页（groupPage、groupLimit）'),
  groupTotal: z.number().int().optional().describe('group=plan 时：匹配的文件总数'),
  emptyReason: z.string().optional(),
  totalIsLowerBound: z.boolean().optional().describe('total、分面计数与分组数为下限（检索引擎的候选上限已到）'),
  alternatives: z
    .array(z.object({ query: z.string(), mode, total: z.number().int(), filters: placeFilters.optional().describe('该检索式另加的筛选：查询中提到的地名、年份'), soundAlike: z.literal(true).optional().describe('把同音错字改正后的检索式（双剪 → 双减）：您是不是要找') }))
    .optional()
    .describe('结果很少时可改用的检索及其结果数：关键词检索给出较宽的检索式或语义检索；语义检索给出混合检索（另列出字面含有这些词的条款）'),
  inferred: placeFilters
    .extend({ query: z.string().describe('实际检索的词句（去掉地名、年份）'), mentions: z.array(z.string()).describe('按地名、年份理解的词') })
    .optional()
    .describe('语义、混合检索：查询中提到索引里的城市、省份或年份时，按其筛选后检索（infer=0 则按原文检索）'),
  absentPlaces: z.array(z.string()).optional().describe('查询中提到、但已收录文件里没有其文件的城市或省份（如 南京 双减：南京市）'),
  absentYears: z.array(z.number().int()).optional().describe('查询中提到、但已收录文件里没有该年文件的年份（2000 年至明年；如 2026年的双减：2026）'),
  research: z
    .object({
      query: z.string().describe('话题'),
      asks: z.enum(['places', 'years', 'compare']).describe('问的是哪些地方（places）、从哪年起怎样变化（years），还是比较所提到的城市（compare）'),
      city: z.array(z.string()).optional().describe('比较的城市（compare）'),
    })
    .optional()
    .describe('问题问的是哪些城市提到、从哪年开始（如 哪些城市提到了人工智能）：可在“扩散”视图按城市和年份查看该话题'),
  cited: z
    .object({
      place: z.string().describe('查询末尾按引用格式写的位置（如 六、第25条）'),
      clauses: z.array(z.object({ id: z.string(), citation: z.string(), url: z.string() })).describe('位于该位置的条款（位置前写了文件名称时只在该文件中查找）'),
      tooMany: z.literal(true).optional().describe('可能含该位置的文件太多，未逐一查找：请写上文件名称或先筛选'),
    })
    .optional()
    .describe('查询是条款的引用位置时：该位置的条款'),
})

export const clauseResponseSchema = z.object({
  clause: clauseRecordSchema.extend({ ...citations, textHtml: z.string() }),
  plan: planRecordSchema,
  prev: nullableString,
  next: nullableString,
  citation: z.string(),
  citationGbt: z.string(),
})

export const similarResponseSchema = z.object({
  id: z.string(),
  mode: z.enum(['semantic', 'keyword']),
  headingOnly: z.boolean().describe('该条款仅有目录标题：相似条款由其标题及所在章节检索得出'),
  hits: z.array(apiHitSchema),
})
export const plansResponseSchema = z.object({ plans: z.array(planRecordSchema) })
export const planResponseSchema = z.object({ plan: planRecordSchema, clauses: z.array(clauseRecordSchema.extend(citations)) })
export const suggestResponseSchema = z.object({
  suggestions: z.array(z.object({ text: z.string(), kind: z.enum(['term', 'plan', 'city', 'theme']), count: z.number().int() })),
})

const errorShape = z.object({ code: z.string().describe('错误代码，如 invalid_year'), message: z.string().describe('中文说明'), param: z.string().optional() })
export const errorResponseSchema = z.object({ error: errorShape })

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  engine: z.enum(['sqlite', 'meilisearch']),
  engineDescription: z.string().optional().describe('服务本站的检索引擎及其限度'),
  plans: z.number().int(),
  clauses: z.number().int(),
  vectors: z.number().int(),
  indexedAt: nullableString,
  semantic: z.boolean(),
  semanticModel: nullableString,
  reason: z.string().optional(),
  error: errorShape.omit({ param: true }).optional(),
})

export const exportRowSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planName: z.string().describe('文件名称（唯一）'),
  plan: z.string().describe('文件标题'),
  issuer: nullableString,
  province: nullableString,
  city: nullableString,
  level: nullableString,
  year: z.number().int().nullable(),
  docNumber: nullableString,
  publishDate: nullableString,
  validity: nullableString,
  chapter: z.string(),
  section: nullableString,
  number: z.number().int().nullable(),
  heading: z.string(),
  text: z.string(),
  themes: z.array(z.string()),
  headingOnly: z.boolean(),
  firstIndexed: z.string(),
  citation: z.string(),
  link: z.string(),
})

export const exportDocumentSchema = z.object({
  query: z.string(),
  mode,
  filters: z.record(z.string(), z.unknown()),
  total: z.number().int(),
  exported: z.number().int(),
  truncated: z.boolean(),
  rows: z.array(exportRowSchema),
})

/** True when A and B are the same type (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Wire<T> = T extends { error: { code: unknown } } ? Omit<T, 'error'> & { error: Omit<T['error'], 'code'> & { code: string } } : T

// Compile-time agreement of the schemas with the declared wire types (error codes are documented as strings).
true satisfies Same<z.infer<typeof clauseRecordSchema>, ClauseRecord>
true satisfies Same<z.infer<typeof planRecordSchema>, PlanRecord>
true satisfies Same<z.infer<typeof facetsSchema>, Facets>
true satisfies Same<z.infer<typeof exportRowSchema>, ExportRow>
true satisfies Same<z.infer<typeof searchResponseSchema>, SearchResponse>
true satisfies Same<z.infer<typeof clauseResponseSchema>, ClauseResponse>
true satisfies Same<z.infer<typeof similarResponseSchema>, SimilarResponse>
true satisfies Same<z.infer<typeof plansResponseSchema>, PlansResponse>
true satisfies Same<z.infer<typeof planResponseSchema>, PlanResponse>
true satisfies Same<z.infer<typeof suggestResponseSchema>, SuggestResponse>
true satisfies Same<z.infer<typeof errorResponseSchema>, Wire<ErrorResponse>>
true satisfies Same<z.infer<typeof healthResponseSchema>, Omit<HealthResponse, 'error'> & { error?: { code: string; message: string } }>
