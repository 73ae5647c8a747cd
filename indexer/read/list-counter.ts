/**
 * Counting Word's automatic lists and writing each item's number as Word prints it, for both Word formats: a
 * .docx (docx-list-numbers.ts) and an old binary .doc (doc-list-numbers.ts) describe a list the same way — levels
 * 0–8, each with a start, a number format, a template naming the levels whose numbers it shows, and a rule
 * for when it restarts — and Word counts them the same way, so the counting lives here once.
 *
 * Instances of one list (a .docx w:num of one w:abstractNum, a .doc LFO of one LSTF) continue each other's
 * numbering; an instance that overrides a level's start restarts that level where it is first used.
 */
import { formatListNumber } from './list-number-format.js'

/** Levels of a list (0–8). */
const LEVELS = 9

export interface ListLevel {
  start: number
  /** The number format by its .docx name (w:numFmt): decimal, chineseCounting, bullet… */
  numFmt: string
  /** The number template: %1…%9 stand for the levels' current numbers (`%1、`, `（%2）`, `%1.%2`). */
  lvlText: string
  /** null restarts after any higher level, 0 never, n after level n (1-based) or higher. */
  restart: number | null
  /** Every level's number in decimal (Word's "legal" numbering). */
  isLgl: boolean
  /** What follows the number: tab, space or nothing. */
  suffix: string
}

/** A list as one paragraph uses it. */
export interface ListUse {
  /** Shared by the instances that continue each other. */
  listId: string
  /** The instance the paragraph names. */
  instanceId: string
  /** Levels whose start the instance overrides, with the start. */
  startOverrides: Map<number, number>
  /** The level as the instance formats it (its own override, else the list's). */
  levelAt(ilvl: number): ListLevel | null
}

export class ListCounter {
  /** Current number of each level, per list (undefined: not used since it last restarted). */
  private readonly counts = new Map<string, (number | undefined)[]>()
  private readonly started = new Set<string>()

  /** The printed number of the next paragraph at level `ilvl` of `list`, or null when it shows none. */
  next(list: ListUse, ilvl: number): string | null {
    const level = list.levelAt(ilvl)
    if (!level) return null
    let counts = this.counts.get(list.listId)
    if (!counts) this.counts.set(list.listId, (counts = []))
    if (!this.started.has(list.instanceId)) {
      this.started.add(list.instanceId)
      for (const [l, start] of list.startOverrides) counts[l] = start - 1
    }
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1
    for (let d = ilvl + 1; d < LEVELS; d++) {
      const restart = list.levelAt(d)?.restart ?? null
      if (restart === null || (restart !== 0 && ilvl < restart)) counts[d] = undefined
    }
    if (level.numFmt === 'bullet') return null
    const label = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1
      const at = list.levelAt(l)
      return formatListNumber(counts[l] ?? at?.start ?? 1, level.isLgl ? 'decimal' : (at?.numFmt ?? 'decimal'))
    })
    if (label.trim() === '') return null
    // Word puts a tab or a space after the number; a number ending in its own punctuation (一、 （一） 1.) or an enclosed numeral (①) reads as printed without it.
    return level.suffix === 'nothing' || /[\p{P}\p{No}\s]$/u.test(label) ? label : `${label} `
  }
}
