/**
 * A plan copied out of a PDF viewer or a sharing site's preview can lose every line break without leaving a space:
 * `…进头脑。责任科室：组织科、思政科等2 .夯实基层党组织建设。…责任科室：组织科3.加强师德师风建设。…责任科室：教师科二、推进…`.
 * An item then follows the unit its clause ends with, glued to the unit's name, where numbering.ts sees words before
 * it (`in-text`) and turns it down: the whole plan was one clause. Set apart by a space, the same marker stands
 * `after-break` and is read; this reads it as standing there too, but only where the line is long enough to be a
 * plan flattened (a normal paragraph keeps its words), the words before it are a duty line (duty-labels.ts) closing
 * a clause after its last sentence end, and several such markers in the line count on in order. The sequence reader
 * then takes each only as its kind's very next number (accept-sequences.ts), so `2024.3`, `94.5%`, `1.5万`
 * (no candidates at all) and `第1条` (an article, never read here) stay in their sentences.
 */
import { DUTY_LABEL } from './duty-labels.js'
import type { MarkerKind } from './marker-kinds.js'
import type { TextMarker } from './numbering.js'

/** A paragraph this long with no break in it is a flattened plan, not a clause: clauses run a few hundred characters. */
const MIN_FLATTENED_LINE = 300
/** At least this many markers glued to duty lines, counting on, before any is read as an item. */
const MIN_RUN_ON_ITEMS = 2
/** A duty line names a unit or two and a deadline: the words since the last sentence end are short. */
const MAX_DUTY_LINE = 60
/** The plan's own levels; an article (第1条) glued to words cites, and the lower levels list points inside a clause. */
const ITEM_KINDS: ReadonlySet<MarkerKind> = new Set(['cn', 'cn-paren', 'arabic'])
const SENTENCE_END = /[。！？；!?;\n]/

/**
 * The candidates with each item glued to a duty line of a flattened plan marked as standing after a break
 * (`runOn`: it must then be its kind's next number). Pure; the array and the other candidates are returned as given.
 */
export function markRunOnItems(text: string, candidates: TextMarker[]): TextMarker[] {
  const glued = candidates.filter((c) => c.context === 'in-text' && ITEM_KINDS.has(c.kind) && inFlattenedLine(text, c.at) && afterDutyLine(text, c.at))
  if (glued.length < MIN_RUN_ON_ITEMS) return candidates
  const inOrder = new Set<TextMarker>()
  const lastOf = new Map<MarkerKind, number>()
  for (const c of glued) {
    // Counting on within its kind: a unit's name ending in a number that happens to look like one (`二、`, then `1.`
    // after `二、`'s clause) does not pass as an item when it goes back.
    if (c.number <= (lastOf.get(c.kind) ?? 0)) continue
    inOrder.add(c)
    // The kinds met since this kind's last item are its lower levels, which a plan may number again under each
    // item (`（一）…（三）` under 一、, `（一）（二）` under 二、): they count on afresh. Whether a restarted number is
    // the next one is still the sequence reader's to say (accept-sequences.ts).
    forgetLowerLevels(lastOf, c.kind)
    lastOf.set(c.kind, c.number)
  }
  if (inOrder.size < MIN_RUN_ON_ITEMS) return candidates
  return candidates.map((c) => (inOrder.has(c) ? { ...c, context: 'after-break', runOn: true } : c))
}

/** Drops the kinds first met after `kind` last counted on (a Map keeps the order its keys were set in). */
function forgetLowerLevels(lastOf: Map<MarkerKind, number>, kind: MarkerKind): void {
  if (!lastOf.has(kind)) {
    lastOf.clear()
    return
  }
  const kinds = [...lastOf.keys()]
  for (const lower of kinds.slice(kinds.indexOf(kind) + 1)) lastOf.delete(lower)
}

function inFlattenedLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1
  const end = text.indexOf('\n', at)
  return (end === -1 ? text.length : end) - start >= MIN_FLATTENED_LINE
}

/** Whether the words between the last sentence end and `at` are a duty line (`责任科室：组织科、思政科等`). */
function afterDutyLine(text: string, at: number): boolean {
  let from = at - 1
  while (from >= 0 && at - from <= MAX_DUTY_LINE && !SENTENCE_END.test(text[from])) from--
  if (from >= 0 && !SENTENCE_END.test(text[from])) return false
  const words = text.slice(from + 1, at).trim()
  return DUTY_LABEL.test(words) && !/[（(【]/.test(words.slice(words.search(/[:：]/)))
}
