/** The query-string contract of /api/research/*, built from the same pieces as the search parameters. */
import { z } from 'zod'
import { checkYearRange, idParamSchema, searchShape } from './query-schemas.js'

/** A query (any mode) and filters: the same parameters as a search, without paging. */
export const researchQuerySchema = z.object(searchShape).superRefine(checkYearRange)

const planId = idParamSchema.shape.id

/** Two plans to compare: `a` the earlier (or the reference), `b` the later. */
export const comparePlansSchema = z.object({ a: planId, b: planId })

export type ResearchQueryParams = z.infer<typeof researchQuerySchema>
