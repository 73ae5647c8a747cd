/** Text output of the indexer CLI: the progress line and the summary table. */
import type { IndexerEvent, IndexerReport } from './pipeline.js'

const BAR_WIDTH = 24

type EmbedEvent = Extract<IndexerEvent, { kind: 'embed' }>

/**
 * Passages a second since the first embedding report, and the time left at that pace; null until the model
 * has computed something. `at` is when each report arrived (ms).
 */
export function embedPace(first: { event: EmbedEvent; at: number }, now: { event: EmbedEvent; at: number }): { perSecond: number; etaMs: number } | null {
  const computed = now.event.embedded - first.event.embedded
  const ms = now.at - first.at
  if (computed <= 0 || ms <= 0) return null
  const perSecond = computed / (ms / 1000)
  return { perSecond, etaMs: ((now.event.total - now.event.done) / perSecond) * 1000 }
}

export function progressLine(event: Exclude<IndexerEvent, { kind: 'note' }>, pace: { perSecond: number; etaMs: number } | null = null): string {
  const filled = Math.round((event.done / Math.max(1, event.total)) * BAR_WIDTH)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${event.done}/${event.total}`
  if (event.kind === 'file') return `reading ${bar} ${event.report.file}`.padEnd(100)
  const eta = pace ? `, ${pace.perSecond.toFixed(1)}/s, ${duration(pace.etaMs)} left` : ''
  return `embedding ${bar} (${event.cached} cached${eta})`.padEnd(100)
}

/** 3 h 05 min, 4 min 05 s, 12 s. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000)
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`
  if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`
  return `${s} s`
}

export function formatSummary(report: IndexerReport): string {
  const rows: [string, string | number][] = [
    ['plans', report.plans],
    ...(report.movedPlans ? [['  renamed', report.movedPlans.length] as [string, number]] : []),
    ['records', report.clauses],
    ['  numbered clauses', report.numbered],
    ['  outline-only clauses', report.outlineOnly],
    ['  passages', report.passages],
    ['  empty headings', report.headingOnly],
    ['files', report.files.length],
    ['  skipped', report.skipped],
    ['  from cache', report.files.filter((f) => f.status === 'cached').length],
    ['  duplicates', report.files.filter((f) => f.status === 'duplicate').length],
    ['warnings', warningCount(report)],
    ['records with no theme', report.noTheme],
    ['harvested terms', report.terms],
    ['embeddings', report.embeddings ? `${report.embeddings.vectors} (${report.embeddings.model})` : 'off'],
    ['time', `${(report.durationMs / 1000).toFixed(1)} s`],
  ]
  const width = Math.max(...rows.map(([k]) => k.length))
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`)
  const themes = report.themes.map((t) => `${t.name} ${t.count}`).join(' · ')
  const problems = report.files.filter((f) => f.reason).map((f) => `  ${f.status} ${f.file}: ${f.reason}`)
  return [...lines, `themes  ${themes}`, ...renamedLines(report), ...(problems.length ? ['notes:', ...problems] : []), ...warningLines(report)].join('\n')
}

/** The plans a parser or catalog change renamed, so the one re-indexing sees it; their old links redirect to the new ids. */
function renamedLines(report: IndexerReport): string[] {
  const lines = (report.movedPlans ?? []).map((m) => `  ${m.from} → ${m.to}`)
  if (lines.length === 0) return []
  const more = lines.length - MAX_WARNING_LINES
  return ['renamed plans (old links redirect, data/build/moved-ids.json):', ...lines.slice(0, MAX_WARNING_LINES), ...(more > 0 ? [`  … and ${more} more (see --json)`] : [])]
}

/** Shown in the table; the full list is in --json and `--explain <file>`. */
const MAX_WARNING_LINES = 20

function warningCount(report: IndexerReport): string {
  const plans = report.files.flatMap((f) => f.details ?? []).filter((p) => p.warnings.length > 0)
  const total = plans.reduce((n, p) => n + p.warnings.length, 0)
  return total === 0 ? '0' : `${total} in ${plans.length} plan${plans.length > 1 ? 's' : ''}`
}

function warningLines(report: IndexerReport): string[] {
  const lines = report.files.flatMap((f) =>
    (f.details ?? []).flatMap((p) => p.warnings.map((w) => `  ${f.file} · ${p.title}: [${w.code}] ${w.message}`)),
  )
  if (lines.length === 0) return []
  const more = lines.length - MAX_WARNING_LINES
  return [
    'warnings (npm run index -- --explain <file> shows why):',
    ...lines.slice(0, MAX_WARNING_LINES),
    ...(more > 0 ? [`  … and ${more} more (see --json)`] : []),
  ]
}
