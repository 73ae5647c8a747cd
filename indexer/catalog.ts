/**
 * data/catalog.json lets a user correct any metadata field of any plan:
 * `[{ "file": "001_x.txt", "plan": 2, "set": { "city": "荣成市", "issuer": "荣成市教育和体育局" } }]`.
 * `plan` is the 1-based position in a compilation (omit it for a single-plan file).
 * A corrected city fills in its province and level from the gazetteer unless those are set too.
 */
import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { CodedError } from './errors.js'
import { levelOf, lookupPlace } from './metadata/gazetteer.js'
import type { MetadataEvidence } from './metadata/infer-metadata.js'
import { ADMIN_LEVELS, type PlanMetadata } from './types.js'

const nullableString = z.string().min(1).nullable()

const CatalogEntrySchema = z.object({
  file: z.string().min(1),
  plan: z.number().int().min(1).optional(),
  set: z
    .object({
      title: z.string().min(1),
      issuer: nullableString,
      city: nullableString,
      province: nullableString,
      level: z.enum(ADMIN_LEVELS).nullable(),
      year: z.number().int().min(1949).max(2100).nullable(),
      publishDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      signDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      docNumber: nullableString,
      validity: nullableString,
      url: z.string().url().nullable(),
    })
    .partial()
    .strict(),
})

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>

export class CatalogError extends CodedError<'catalog_invalid'> {
  constructor(message: string) {
    super('catalog_invalid', message)
  }
}

export function loadCatalog(path: string): CatalogEntry[] {
  if (!existsSync(path)) return []
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new CatalogError(`${path} is not valid JSON: ${(err as Error).message}. Fix the file or remove it.`)
  }
  const parsed = z.array(CatalogEntrySchema).safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CatalogError(`${path}: entry ${issue.path.join('.')} — ${issue.message}. See README "Correcting metadata".`)
  }
  return parsed.data
}

/** Applies the entries for one plan; returns the URL override (undefined when none). */
export function applyCatalog(
  entries: CatalogEntry[],
  file: string,
  planIndex: number,
  metadata: PlanMetadata,
  evidence: MetadataEvidence,
): { url?: string | null } {
  let url: string | null | undefined
  for (const entry of entries) {
    if (entry.file !== file || (entry.plan ?? 1) !== planIndex) continue
    const { url: entryUrl, ...fields } = entry.set
    if (entryUrl !== undefined) url = entryUrl
    for (const [key, value] of Object.entries(fields) as [keyof PlanMetadata, never][]) {
      ;(metadata as unknown as Record<string, unknown>)[key] = value
      ;(evidence as Record<string, unknown>)[key] = { value, source: 'catalog' }
    }
    if (fields.city !== undefined) {
      const place = fields.city ? lookupPlace(fields.city) : null
      if (fields.province === undefined) setInferred(metadata, evidence, 'province', place?.province ?? null)
      if (fields.level === undefined) setInferred(metadata, evidence, 'level', place ? levelOf(place) : null)
    }
  }
  return url === undefined ? {} : { url }
}

function setInferred<K extends 'province' | 'level'>(metadata: PlanMetadata, evidence: MetadataEvidence, key: K, value: PlanMetadata[K]) {
  metadata[key] = value
  if (value === null) delete evidence[key]
  else (evidence as Record<string, unknown>)[key] = { value, source: 'inferred' }
}
