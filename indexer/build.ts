/**
 * Builds the index records from files and folders: list → read → parse (cached by file content hash)
 * → drop duplicate plans → tag themes. A file that cannot be read is skipped with its reason; the run goes on.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, relative } from 'node:path'
import type { CatalogEntry } from './catalog.js'
import { uniqueId } from './ids.js'
import { parseDocument, type ParsedPlan } from './parse-document.js'
import { displayNames } from './plan-identity.js'
import { clausesPerChapter, outlineLevels, type ChapterCount } from './plan-outline.js'
import { listCorpusFiles } from './read/list-corpus-files.js'
import { readDocument } from './read/read-document.js'
import { readWebSidecar } from './fetch/web-store.js'
import { tagThemes, type Theme } from './themes/theme-tagger.js'
import type { ClauseRecord, IndexBuild, PlanRecord, PlanWarning } from './types.js'

/** Bump when parsing changes, so cached parses of unchanged files are not reused. */
export const PARSER_VERSION = 42

export interface FileReport {
  file: string
  status: 'indexed' | 'cached' | 'skipped' | 'duplicate'
  reason?: string
  plans: number
  clauses: number
  /** Per plan: its outline (clauses per chapter) and what the indexer could not settle. */
  details?: PlanReport[]
}

export interface PlanReport {
  id: string
  title: string
  /** Numbering levels seen, outermost first: `chapter 一`, `section （一）`, `clause 1.`. */
  levels: string[]
  /** Numbered clauses per chapter in document order (`一`, `第二章`; null before the first chapter). */
  chapters: ChapterCount[]
  warnings: PlanWarning[]
}

/** Parsed plans of a file keyed by `<PARSER_VERSION>:<sha256 of the file bytes>:<catalog hash>`. */
export type ParseCache = Map<string, ParsedPlan[]>

export interface BuildOptions {
  catalog?: CatalogEntry[]
  themes: Theme[]
  cache?: ParseCache
  onFile?: (report: FileReport, done: number, total: number) => void
}

export interface BuildOutcome {
  build: IndexBuild
  files: FileReport[]
  /** The cache after this run: entries of files that are gone are dropped. */
  cache: ParseCache
}

/** Every supported file under the given paths, with the name shown to users (relative to the path given). */
async function listInputs(paths: string[]): Promise<{ path: string; name: string }[]> {
  const inputs: { path: string; name: string }[] = []
  for (const root of paths) {
    const isDir = (await stat(root)).isDirectory()
    for (const path of await listCorpusFiles([root])) inputs.push({ path, name: isDir ? relative(root, path) : basename(path) })
  }
  return inputs
}

export async function buildIndexFromPaths(paths: string[], opts: BuildOptions): Promise<BuildOutcome> {
  const inputs = await listInputs(paths)
  const catalog = opts.catalog ?? []
  const catalogHash = createHash('sha256').update(JSON.stringify(catalog)).digest('hex').slice(0, 12)
  const previous = opts.cache ?? new Map()
  const cache: ParseCache = new Map()
  const files: FileReport[] = []
  const plans: Accumulator['plans'] = []
  const clauses: Accumulator['clauses'] = []
  const seenContent = new Map<string, string>()
  const seenIds = new Set<string>()

  for (const [i, input] of inputs.entries()) {
    let report: FileReport
    try {
      const bytes = await readFile(input.path)
      // A fetched document (data/corpus/web/) has a sidecar naming the address it came from.
      const web = await readWebSidecar(input.path)
      const key = `${PARSER_VERSION}:${createHash('sha256').update(bytes).digest('hex')}:${catalogHash}${web ? `:${web.source}` : ''}`
      let parsed = previous.get(key)
      const status = parsed ? 'cached' : 'indexed'
      if (!parsed) {
        const doc = await readDocument(input.path, { encoding: web?.encoding })
        parsed = parseDocument({ file: input.name, text: doc.text, fields: doc.fields, url: web?.source ?? doc.url, headings: doc.headings }, catalog)
      }
      cache.set(key, parsed)
      report = addPlans(parsed, input.name, status, { plans, clauses, seenContent, seenIds }, opts.themes)
    } catch (err) {
      report = { file: input.name, status: 'skipped', reason: (err as Error).message, plans: 0, clauses: 0 }
    }
    files.push(report)
    opts.onFile?.(report, i + 1, inputs.length)
  }
  const builtAt = new Date().toISOString()
  const names = displayNames(plans)
  return {
    // First indexed now: the pipeline replaces the date of every clause an earlier build already held (first-seen.ts).
    build: { plans: plans.map((p, i) => ({ ...p, displayName: names[i] })), clauses: clauses.map((c) => ({ ...c, firstIndexed: builtAt })), builtAt },
    files,
    cache,
  }
}

interface Accumulator {
  plans: Omit<PlanRecord, 'displayName'>[]
  clauses: Omit<ClauseRecord, 'firstIndexed'>[]
  seenContent: Map<string, string>
  seenIds: Set<string>
}

function addPlans(parsed: ParsedPlan[], file: string, status: 'indexed' | 'cached', acc: Accumulator, themes: Theme[]): FileReport {
  if (parsed.length === 0) return { file, status: 'skipped', reason: 'no plan text found after cleaning', plans: 0, clauses: 0 }
  let planCount = 0
  let clauseCount = 0
  const duplicates: string[] = []
  const details: PlanReport[] = []
  for (const { plan, clauses } of parsed) {
    const original = acc.seenContent.get(plan.contentHash)
    if (original) {
      duplicates.push(`${plan.title} (same text as ${original})`)
      continue
    }
    acc.seenContent.set(plan.contentHash, `${file}: ${plan.title}`)
    const id = uniqueId(plan.id, acc.seenIds)
    const renamed = id === plan.id ? null : id
    acc.plans.push(renamed ? { ...plan, id } : plan)
    for (const clause of clauses) {
      acc.clauses.push({
        ...clause,
        id: renamed ? clause.id.replace(plan.id, id) : clause.id,
        planId: id,
        themes: tagThemes({ heading: clause.heading, text: clause.text, chapterTitle: clause.chapter?.title ?? null, section: clause.section }, themes),
      })
    }
    planCount++
    clauseCount += clauses.length
    details.push({ id, title: plan.title, levels: outlineLevels(plan), chapters: clausesPerChapter(plan), warnings: plan.warnings ?? [] })
  }
  if (planCount === 0) return { file, status: 'duplicate', reason: duplicates.join('; '), plans: 0, clauses: 0 }
  const reason = duplicates.length ? `duplicates skipped: ${duplicates.join('; ')}` : undefined
  return { file, status, reason, plans: planCount, clauses: clauseCount, details }
}
