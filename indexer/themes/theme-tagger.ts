/**
 * Theme tagging: each clause gets the 1–3 education-policy themes (data/themes.json) its heading,
 * chapter title, section and text speak about most.
 *
 * Keywords are matched as substrings of the normalised text rather than as jieba words, so a theme
 * does not depend on how the segmenter happens to cut a sentence; keywords are chosen long enough
 * (民办学校, not 民办, which also occurs in 为民办实事) for a substring to mean the theme.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { normalizeForMatch } from '../normalize.js'
import { CodedError } from '../errors.js'

export interface Theme {
  name: string
  description: string
  keywords: string[]
}

export interface ThemeInput {
  heading: string
  text: string
  chapterTitle?: string | null
  section?: string | null
}

export const DEFAULT_THEMES_PATH = fileURLToPath(new URL('../../data/themes.json', import.meta.url))

/**
 * Ranking knobs. A keyword counts once per field, times the field's weight: the heading and the
 * chapter title say what a clause is about, the body mostly lists means and partners.
 */
export interface ThemeScoring {
  headingWeight: number
  chapterWeight: number
  sectionWeight: number
  textWeight: number
  minScore: number
  maxThemes: number
}

export const defaultThemeScoring: Readonly<ThemeScoring> = {
  /** Weight of a keyword found in the clause heading (its first sentence). */
  headingWeight: 3,
  /**
   * Weight of a keyword found in the chapter title. Below `minScore` on purpose: chapters are broad
   * (加快推动区域教育和体育高质量发展), so a chapter keyword only tags a clause that agrees with it.
   */
  chapterWeight: 1.5,
  /** Weight of a keyword found in the section title ((一)(二)…), as broad as a chapter's. */
  sectionWeight: 1.5,
  /** Weight of a keyword found in the clause text (which includes the heading). */
  textWeight: 1,
  /** Least score for a theme to be tagged: one keyword in the body alone is a passing mention. */
  minScore: 2,
  /** Most themes per clause. */
  maxThemes: 3,
}

export type ThemeErrorCode = 'themes_not_found' | 'themes_invalid'

export class ThemeError extends CodedError<ThemeErrorCode> {}

const themesSchema = z
  .array(
    z.object({
      name: z.string().trim().min(1),
      description: z.string(),
      keywords: z.array(z.string().trim().min(1)).min(1),
    }),
  )
  .min(1)
  .refine((themes) => new Set(themes.map((t) => t.name)).size === themes.length, 'theme names must be unique')

/** Reads and validates the taxonomy (data/themes.json by default). */
export function loadThemes(path: string = DEFAULT_THEMES_PATH): Theme[] {
  if (!existsSync(path)) {
    throw new ThemeError('themes_not_found', `The theme taxonomy ${path} does not exist. Restore data/themes.json from the repository or pass the path of a taxonomy file.`)
  }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))
  } catch (cause) {
    throw new ThemeError('themes_invalid', `${path} is not valid JSON: ${(cause as Error).message}`, { cause })
  }
  const parsed = themesSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ThemeError(
      'themes_invalid',
      `${path} must be an array of { name, description, keywords: string[] } (at ${issue.path.join('.') || 'top level'}: ${issue.message}).`,
    )
  }
  return parsed.data
}

interface CompiledKeyword {
  text: string
  theme: number
  /** Other keywords of the same theme that contain this one: a match inside them is not a second match. */
  containers: number[]
}

interface CompiledThemes {
  keywords: CompiledKeyword[]
  /** Keyword ids by first UTF-16 unit, so a field is scanned once instead of once per keyword. */
  byFirstUnit: Map<string, number[]>
}

const compiledCache = new WeakMap<readonly Theme[], CompiledThemes>()

function compile(themes: readonly Theme[]): CompiledThemes {
  const cached = compiledCache.get(themes)
  if (cached) return cached
  const keywords: CompiledKeyword[] = []
  themes.forEach((theme, index) => {
    const texts = [...new Set(theme.keywords.map((k) => normalizeForMatch(k.trim())).filter((k) => k !== ''))]
    for (const text of texts) keywords.push({ text, theme: index, containers: [] })
  })
  keywords.forEach((keyword, id) => {
    keywords.forEach((other, otherId) => {
      if (otherId !== id && other.theme === keyword.theme && other.text.includes(keyword.text)) keyword.containers.push(otherId)
    })
  })
  const byFirstUnit = new Map<string, number[]>()
  keywords.forEach((keyword, id) => {
    const first = keyword.text[0]
    const list = byFirstUnit.get(first)
    if (list) list.push(id)
    else byFirstUnit.set(first, [id])
  })
  const compiled = { keywords, byFirstUnit }
  compiledCache.set(themes, compiled)
  return compiled
}

/** Ids of the keywords found in a normalised field, minus those only found inside a longer found keyword. */
function keywordsIn(field: string, compiled: CompiledThemes): number[] {
  const found = new Set<number>()
  for (let i = 0; i < field.length; i++) {
    const candidates = compiled.byFirstUnit.get(field[i])
    if (!candidates) continue
    for (const id of candidates) if (field.startsWith(compiled.keywords[id].text, i)) found.add(id)
  }
  return [...found].filter((id) => !compiled.keywords[id].containers.some((c) => found.has(c)))
}

/** Theme names for a clause, best first: at most `maxThemes`, each scoring at least `minScore`. */
export function tagThemes(
  input: ThemeInput,
  themes: readonly Theme[],
  scoring: Readonly<ThemeScoring> = defaultThemeScoring,
): string[] {
  const compiled = compile(themes)
  const scores = new Array<number>(themes.length).fill(0)
  const fields: Array<[string | null | undefined, number]> = [
    [input.heading, scoring.headingWeight],
    [input.chapterTitle, scoring.chapterWeight],
    [input.section, scoring.sectionWeight],
    [input.text, scoring.textWeight],
  ]
  for (const [value, weight] of fields) {
    if (!value) continue
    for (const id of keywordsIn(normalizeForMatch(value), compiled)) scores[compiled.keywords[id].theme] += weight
  }
  return scores
    .map((score, index) => ({ score, index }))
    .filter((s) => s.score >= scoring.minScore)
    // Ties keep taxonomy order, so the result is deterministic.
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, scoring.maxThemes)
    .map((s) => themes[s.index].name)
}
