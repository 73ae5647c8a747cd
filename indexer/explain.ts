/**
 * `npm run index -- --explain <file>`: the outline the indexer sees in one document and where each metadata
 * value came from, on about one screen, so a user can see why a document parsed as it did and correct it
 * with data/catalog.json. Pure: parsed plans in, text out.
 */
import type { ParsedPlan } from './parse-document.js'
import { outlineLevels } from './plan-outline.js'
import { chapterHeading } from './structure/chapter-number.js'
import type { ClauseRecord, EvidenceSource, PlanMetadata } from './types.js'

const FIELDS: [keyof PlanMetadata, string][] = [
  ['title', 'title'],
  ['issuer', 'issuer'],
  ['docNumber', '文号'],
  ['year', 'year'],
  ['signDate', 'signed'],
  ['publishDate', 'published'],
  ['city', 'city'],
  ['province', 'province'],
  ['level', 'level'],
  ['validity', 'validity'],
]

const SOURCE_WORDS: Record<EvidenceSource, string> = {
  header: 'from the header',
  title: 'from the title',
  body: 'from the body',
  catalog: 'set in data/catalog.json',
  inferred: 'inferred',
}

/** The data/catalog.json setting that settles a metadata warning (values are examples to replace). */
const FIX_EXAMPLE: Record<string, string> = {
  title_fallback: '"title": "<标题>"',
  title_missing: '"title": "<标题>"',
  year_missing: '"year": 2024',
}

/** First words of a clause shown in the outline. */
const HEADING_CHARS = 10
const CLAUSES_PER_ROW = 4

export function explainDocument(file: string, plans: ParsedPlan[]): string {
  if (plans.length === 0) return `${file}: no plan found — no line starts a numbered clause (1. / （1） / 第一条) after cleaning.`
  const out = [`${file}: ${plans.length} plan${plans.length > 1 ? 's' : ''}`]
  plans.forEach((parsed, i) => out.push('', ...explainPlan(parsed, i + 1, file)))
  return out.join('\n')
}

function explainPlan(parsed: ParsedPlan, index: number, file: string): string[] {
  const { plan, clauses } = parsed
  const lines = [`── plan ${index}${plan.source.partOf ? ` of ${plan.source.partOf.count} in “${plan.source.partOf.title}”` : ''}: ${plan.id}`]
  lines.push('metadata:')
  for (const [key, label] of FIELDS) {
    const value = plan[key]
    const ev = plan.metadataEvidence[key]
    const where = ev ? `${SOURCE_WORDS[ev.source]}${ev.quote ? `: ${oneLine(ev.quote)}` : ''}` : value === null || value === undefined ? 'not found' : 'fallback'
    lines.push(`  ${pad(label, 10)}${pad(String(value ?? '—'), 28)}  ← ${where}`)
  }
  for (const note of parsed.metadataNotes ?? []) lines.push(`  (${note})`)
  lines.push(...outline(clauses, parsed))
  const warnings = plan.warnings ?? []
  lines.push(warnings.length ? 'warnings:' : 'warnings: none')
  for (const w of warnings) lines.push(`  [${w.code}] ${w.message}`)
  const unsettled = [...new Set(warnings.map((w) => FIX_EXAMPLE[w.code]).filter(Boolean))]
  if (unsettled.length) {
    const planKey = plan.source.partOf ? `"plan": ${plan.source.partOf.index}, ` : ''
    lines.push(`to correct it, add to data/catalog.json: { "file": "${file}", ${planKey}"set": { ${unsettled.join(', ')} } }`)
  }
  return lines
}

/**
 * Chapters with their clause count and levels, then the clauses' numbers and first words, packed in rows; a chapter
 * without numbered clauses lists its paragraphs by their place (`第2段`), as they are cited. A heading printed with
 * nothing under it (a heading-only record) is counted apart from the passages, as the index summary counts it, and
 * named where it stands: a chapter as an empty heading, a section after its chapter's count.
 */
function outline(clauses: ParsedPlan['clauses'], parsed: ParsedPlan): string[] {
  const numbered = clauses.filter((c) => c.number !== null)
  const paragraphs = clauses.filter((c) => c.paragraph !== undefined)
  const empty = clauses.filter((c) => c.headingOnly).length
  const passages = clauses.length - numbered.length - empty
  const levels = outlineLevels(parsed.plan)
  const placed = paragraphs.length ? ` (${paragraphs.length} of them paragraphs of chapters without numbered clauses, cited by place)` : ''
  const headings = empty ? `, ${empty} empty heading${empty === 1 ? '' : 's'}` : ''
  const lines = [
    `outline: ${numbered.length} numbered clauses${parsed.plan.outlineOnlyCount ? ` (${parsed.plan.outlineOnlyCount} from the table of contents only)` : ''}, ${passages} passage${passages === 1 ? '' : 's'}${placed}${headings}; levels: ${levels.join(' › ') || 'none'}${parsed.numberingRestarts ? '; numbering restarts in each chapter' : ''}${parsed.incomplete ? '; body incomplete' : ''}`,
  ]
  const groups: { head: string; clauses: ParsedPlan['clauses']; emptySections: string[] }[] = []
  for (const c of clauses.filter((r) => r.number !== null || r.paragraph !== undefined || r.headingOnly)) {
    const head = c.chapter ? chapterHeading(c.chapter) : '(no chapter)'
    if (groups.at(-1)?.head !== head) groups.push({ head, clauses: [], emptySections: [] })
    const group = groups.at(-1)!
    if (!c.headingOnly) group.clauses.push(c)
    else if (c.section) group.emptySections.push(c.section)
  }
  for (const g of groups) {
    const count = g.clauses.length
    const unit = g.clauses[0]?.number === null ? `paragraph${count > 1 ? 's' : ''}` : `clause${count > 1 ? 's' : ''}`
    const what = [count ? `${count} ${unit}` : '', g.emptySections.length ? `empty section${g.emptySections.length > 1 ? 's' : ''} ${g.emptySections.join(' ')}` : '']
    lines.push(`  ${cut(g.head, 30)}  — ${what.filter(Boolean).join('; ') || 'empty heading'}`)
    for (let i = 0; i < count; i += CLAUSES_PER_ROW) {
      const row = g.clauses.slice(i, i + CLAUSES_PER_ROW)
      lines.push(`     ${row.map((c) => pad(`${c.number ?? `第${c.paragraph}段`} ${cut(c.heading, HEADING_CHARS)}`, HEADING_CHARS * 2 + 6)).join('  ').trimEnd()}`)
    }
  }
  return lines
}

function cut(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars)}…` : text
}

/** Pads to a width in terminal columns: a CJK character takes two. */
function pad(text: string, columns: number): string {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return text + ' '.repeat(Math.max(1, columns - width))
}

function oneLine(text: string): string {
  return cut(text.replace(/\n/g, ' ⏎ '), 60)
}
