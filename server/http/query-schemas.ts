/**
 * The query-string contract of the API, declared once with zod. Hono hands the validator a string
 * for a parameter given once and an array for a repeated one, so filters accept both and scalars
 * reject arrays (see validate.ts for how a failure becomes an error code).
 */
import { z } from 'zod'
import { ADMIN_LEVELS } from '../../indexer/types.js'

export const MAX_QUERY_CHARS = 500
export const MAX_FILTER_CHARS = 100
export const MAX_FILTER_VALUES = 50
export const MAX_LIMIT = 100
export const MAX_PAGE = 1000
export const MIN_YEAR = 1949
export const MAX_YEAR = 2100
export const EXPORT_MAX_ROWS = 10_000
/** Plans per page of a grouped search (group=plan). */
export const DEFAULT_GROUP_LIMIT = 20
export const MAX_GROUP_LIMIT = 100

/** Counts code points, so an emoji is one character as a user sees it. */
const charCount = (s: string) => [...s].length

/** C0 controls and DEL carry no meaning in a search and must not reach the engine. */
const stripControls = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ')

const text = (max: number, what: string) =>
  z
    .string()
    .transform(stripControls)
    .refine((s) => charCount(s) <= max, { error: `${what}最多 ${max} 个字符` })

const query = text(MAX_QUERY_CHARS, '搜索词').optional().transform((s) => s?.trim() ?? '')

const positiveInt = (min: number, max: number, what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { error: `${what}必须是 ${min} 到 ${max} 之间的整数` })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: `${what}必须是 ${min} 到 ${max} 之间的整数` }).max(max, { error: `${what}必须是 ${min} 到 ${max} 之间的整数` }))

const year = positiveInt(MIN_YEAR, MAX_YEAR, '年份')

/** A repeatable filter: `city=荆门市&city=江门市`. Blank values are ignored. */
const multi = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string()).max(MAX_FILTER_VALUES, { error: `同一筛选条件最多 ${MAX_FILTER_VALUES} 个值` }))
    .transform((vs) => vs.map((v) => v.trim()).filter((v) => v !== ''))
    .pipe(z.array(item))

const filterText = text(MAX_FILTER_CHARS, '筛选值')

export const MODES = ['keyword', 'semantic', 'hybrid'] as const
export const SORTS = ['relevance', 'date', 'date-asc'] as const
export const FORMATS = ['csv', 'json'] as const

const flag = z.enum(['true', 'false', '1', '0'], { error: '只能是 true 或 false' }).transform((v) => v === 'true' || v === '1')

/** `since=2026-11-01` or a full ISO time: only clauses first indexed at or after it. */
const since = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, { error: 'since 必须是日期，如 2026-11-01 或 2026-11-01T08:00:00Z' })
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'since 不是有效的日期' })
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s).toISOString())

const filterShape = {
  city: multi(filterText),
  province: multi(filterText),
  year: multi(year),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  theme: multi(filterText),
  level: multi(z.enum(ADMIN_LEVELS, { error: `级别只能是 ${ADMIN_LEVELS.join('、')}` })),
  plan: multi(filterText),
  outlineOnly: flag.optional(),
  since: since.optional(),
  /** Places and years left out: `exceptCity=荆门市` (除了荆门以外). */
  exceptCity: multi(filterText),
  exceptProvince: multi(filterText),
  exceptYear: multi(year),
}

export const searchShape = {
  q: query,
  mode: z.enum(MODES, { error: `mode 只能是 ${MODES.join('、')}` }).default('keyword'),
  sort: z.enum(SORTS, { error: `sort 只能是 ${SORTS.join('、')}` }).default('relevance'),
  ...filterShape,
  /** Semantic and hybrid mode read places and years named in the question as filters; `infer=0` does not. */
  infer: flag.optional(),
}

/** yearFrom after yearTo can only be a mistake; the issue carries its own error code. */
export function checkYearRange(v: { yearFrom?: number; yearTo?: number }, ctx: z.RefinementCtx) {
  if (v.yearFrom !== undefined && v.yearTo !== undefined && v.yearFrom > v.yearTo) {
    ctx.addIssue({
      code: 'custom',
      path: ['yearFrom'],
      message: `起始年份 ${v.yearFrom} 晚于结束年份 ${v.yearTo}，请交换或修改`,
      params: { code: 'invalid_year_range' },
    })
  }
}

export const searchQuerySchema = z
  .object({
    ...searchShape,
    page: positiveInt(1, MAX_PAGE, '页码').default(1),
    limit: positiveInt(1, MAX_LIMIT, '每页条数').default(20),
    group: z.enum(['plan'], { error: 'group 只能是 plan' }).optional(),
    perPlan: positiveInt(1, 20, '每个文件的条数').default(3),
    /**
     * With group=plan, the plans are paged too: a word in most plans of a few hundred answered every group at once
     * (200 plans × 3 clauses, 775 KB; with perPlan=20, 5 MB).
     */
    groupPage: positiveInt(1, MAX_PAGE, '文件分组的页码').default(1),
    groupLimit: positiveInt(1, MAX_GROUP_LIMIT, '每页文件数').default(DEFAULT_GROUP_LIMIT),
    /** Hits carry the whole clause text (otherwise the snippet only). */
    fullText: flag.optional(),
  })
  .superRefine(checkYearRange)

export const exportQuerySchema = z
  .object({
    ...searchShape,
    format: z.enum(FORMATS, { error: `format 只能是 ${FORMATS.join('、')}` }).default('csv'),
  })
  .superRefine(checkYearRange)

export const FEED_MAX_ENTRIES = 100

export const feedQuerySchema = z
  .object({
    q: query,
    sort: z.enum(SORTS, { error: `sort 只能是 ${SORTS.join('、')}` }).default('relevance'),
    ...filterShape,
    limit: positiveInt(1, FEED_MAX_ENTRIES, '条数').default(50),
  })
  .superRefine(checkYearRange)

export const facetsQuerySchema = z.object(filterShape).superRefine(checkYearRange)

/** GET /api/plans?title=…: the plans of that exact title, for a client that has a title and wants its plan, not 400 KB of every plan. */
export const plansQuerySchema = z.object({
  title: text(MAX_QUERY_CHARS, '标题').optional().transform((s) => s?.trim() || undefined),
})

export const suggestQuerySchema = z.object({
  q: text(50, '输入').optional().transform((s) => s?.trim() ?? ''),
  limit: positiveInt(1, 20, '建议条数').default(8),
})

export const similarQuerySchema = z.object({
  limit: positiveInt(1, 50, '条数').default(10),
})

export const clauseQuerySchema = z.object({
  /** Optional: the search that led to the clause, to mark its terms in the full text. */
  q: query,
})

/**
 * Clause and plan ids are generated by the indexer from letters, digits, CJK numerals and `-`/`_`/`.`.
 * Anything else (slashes, `..`, quotes, spaces) cannot be an id, so it is rejected before the engine sees it.
 */
export const idParamSchema = z.object({
  id: z
    .string()
    .max(200, { error: '编号过长' })
    .regex(/^[\p{L}\p{N}_-][\p{L}\p{N}_.-]*$/u, { error: '编号只能包含字母、数字、汉字和 - _ .' })
    .refine((s) => !s.includes('..'), { error: '编号不能包含 ..' }),
})

export type SearchQueryParams = z.infer<typeof searchQuerySchema>
export type ExportQueryParams = z.infer<typeof exportQuerySchema>
export type FacetsQueryParams = z.infer<typeof facetsQuerySchema>
export type FeedQueryParams = z.infer<typeof feedQuerySchema>
