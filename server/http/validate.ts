/**
 * Validation at the edge: @hono/zod-validator with a hook that turns the first zod issue into a
 * PortalError with a code specific to the parameter and the kind of mistake.
 */
import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { z } from 'zod'
import { PortalError, type PortalErrorCode } from '../errors.js'

const MULTI_PARAMS = new Set(['city', 'province', 'year', 'theme', 'level', 'plan', 'exceptCity', 'exceptProvince', 'exceptYear'])

const CODE_BY_PARAM: Record<string, PortalErrorCode> = {
  q: 'query_too_long',
  mode: 'invalid_mode',
  sort: 'invalid_sort',
  format: 'invalid_format',
  group: 'invalid_group',
  page: 'invalid_page',
  limit: 'invalid_limit',
  perPlan: 'invalid_limit',
  groupPage: 'invalid_page',
  groupLimit: 'invalid_limit',
  year: 'invalid_year',
  yearFrom: 'invalid_year',
  yearTo: 'invalid_year',
  level: 'invalid_level',
  outlineOnly: 'invalid_flag',
  id: 'invalid_id',
  city: 'filter_too_long',
  province: 'filter_too_long',
  theme: 'filter_too_long',
  plan: 'filter_too_long',
  title: 'filter_too_long',
  exceptCity: 'filter_too_long',
  exceptProvince: 'filter_too_long',
  exceptYear: 'invalid_year',
}

export interface IssueLike {
  code: string
  path: PropertyKey[]
  message: string
  params?: Record<string, unknown>
}

/** Maps a zod issue (plus the raw input it came from) to the error a client sees. */
export function errorForIssue(issue: IssueLike, raw: Record<string, unknown>): PortalError {
  const param = String(issue.path[0] ?? '')
  const explicit = issue.params?.code
  if (typeof explicit === 'string') return new PortalError(explicit as PortalErrorCode, issue.message, { param })
  if (Array.isArray(raw[param]) && !MULTI_PARAMS.has(param)) {
    return new PortalError('repeated_parameter', `参数 ${param} 只能出现一次`, { param })
  }
  // A filter failing as a whole (not one of its values) has too many values.
  if (MULTI_PARAMS.has(param) && issue.path.length === 1 && issue.code === 'too_big') {
    return new PortalError('too_many_values', issue.message, { param })
  }
  const code = CODE_BY_PARAM[param] ?? 'invalid_parameter'
  return new PortalError(code, param ? `参数 ${param} 无效：${issue.message}` : issue.message, { param })
}

/** `zValidator` that throws a PortalError (handled by app.onError) instead of answering zod's own body. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issue = result.error.issues[0] as IssueLike
      throw errorForIssue(issue, (result.data ?? {}) as Record<string, unknown>)
    }
  })
}
