/**
 * The answers of /api/research/* as zod schemas, for the OpenAPI document (openapi.ts). The type check
 * holds each one to its declared wire type in server/research/types.ts, so the document cannot drift.
 */
import { z } from 'zod'
import type { FirstMentionsResponse, PlanCompareResponse, SpreadResponse, ThemeCityResponse } from '../research/types.js'

const mode = z.enum(['keyword', 'semantic', 'hybrid'])
const city = z.string().nullable().describe('null：地区未注明的文件')
const chapterRef = z.object({ number: z.string(), title: z.string() })

const firstMention = z.object({ city, year: z.number().int(), planId: z.string(), planTitle: z.string(), clauses: z.number().int() })

export const spreadResponseSchema = z.object({
  query: z.string(),
  mode,
  cities: z.array(city),
  years: z.array(z.number().int()),
  cells: z.array(z.object({
    city,
    year: z.number().int(),
    plans: z.number().int(),
    mentioning: z.number().int(),
    clauses: z.number().int(),
    planIds: z.array(z.string()),
  })),
  firstMentions: z.array(firstMention),
  yearly: z.array(z.object({ year: z.number().int(), plans: z.number().int(), mentioning: z.number().int(), share: z.number() })),
  totals: z.object({ plans: z.number().int(), mentioning: z.number().int(), clauses: z.number().int(), undatedPlans: z.number().int() }),
  limitedTo: z.number().int().optional().describe('语义检索：只统计最相近的这么多条'),
})

export const firstMentionsResponseSchema = z.object({ query: z.string(), mode, firstMentions: z.array(firstMention), never: z.array(city) })

export const themeCityResponseSchema = z.object({
  query: z.string(),
  mode,
  themes: z.array(z.string()),
  cities: z.array(city),
  cells: z.array(z.object({ theme: z.string(), city, clauses: z.number().int() })),
  total: z.number().int(),
  unnamedCityPlanIds: z.array(z.string()),
})

const status = z.enum(['kept', 'reworded', 'new', 'dropped'])
const compareClause = z.object({
  id: z.string(),
  chapter: chapterRef.nullable(),
  number: z.number().int().nullable(),
  paragraph: z.number().int().optional().describe('没有编号条款的章中段落的段次，显示为“第2段”'),
  heading: z.string(),
  text: z.string(),
  themes: z.array(z.string()),
  citation: z.string(),
})
const comparePlan = z.object({ id: z.string(), title: z.string(), city, year: z.number().int().nullable(), issuer: z.string().nullable() })
const chapterSide = chapterRef.extend({ clauses: z.number().int() }).nullable()

export const planCompareResponseSchema = z.object({
  a: comparePlan,
  b: comparePlan,
  method: z.enum(['semantic', 'chars']),
  rows: z.array(z.object({
    status,
    a: compareClause.nullable(),
    b: compareClause.nullable(),
    similarity: z.number().nullable(),
    diff: z.array(z.object({ op: z.enum(['=', '-', '+']), text: z.string() })).optional(),
  })),
  chapters: z.array(z.object({ status, a: chapterSide, b: chapterSide })),
  counts: z.object({ kept: z.number().int(), reworded: z.number().int(), new: z.number().int(), dropped: z.number().int() }),
})

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
true satisfies Same<z.infer<typeof spreadResponseSchema>, SpreadResponse>
true satisfies Same<z.infer<typeof firstMentionsResponseSchema>, FirstMentionsResponse>
true satisfies Same<z.infer<typeof themeCityResponseSchema>, ThemeCityResponse>
true satisfies Same<z.infer<typeof planCompareResponseSchema>, PlanCompareResponse>
