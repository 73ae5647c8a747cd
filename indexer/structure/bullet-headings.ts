/**
 * Chapters an official account (公众号) heads with an emoji bullet instead of a number: `🔸全面加强党的领导` over
 * `🔹深化理论武装。…` items, or over plain paragraphs. The bullet is the editor's outline: a symbol set before short
 * titles only, each followed by text, heads chapters; the items under them, bulleted otherwise or not at all, are
 * the chapter's paragraphs. Read as text, every line was a passage outside any chapter. Only a plan that numbers no
 * chapter is read so, and only by a symbol that opens two titles at least and never a sentence. Pure.
 */
import { leadSymbols } from '../clean/heading-decoration.js'

/** A chapter title: short, no sentence in it (a ， or 、 between its halves is allowed). */
const TITLE = /^[^。；;：:！!？?]{2,30}$/

/** Indices of the bulleted title lines that head chapters; empty when the plan has no such outline. */
export function bulletTitles(lines: string[]): Set<number> {
  const bySymbol = new Map<string, number[]>()
  lines.forEach((line, i) => {
    const lead = leadSymbols(line)
    if (!lead) return
    // Pushed in place: a copy of the list at each line was quadratic (40 000 lines, half of them bulleted, took 11 s).
    const at = bySymbol.get(lead.trim())
    if (at) at.push(i)
    else bySymbol.set(lead.trim(), [i])
  })
  for (const at of bySymbol.values()) {
    const titles = at.every((i) => TITLE.test(lines[i].slice(leadSymbols(lines[i])!.length).trim()))
    const overText = at.every((i, k) => i + 1 < lines.length && (k + 1 === at.length || at[k + 1] > i + 1))
    if (at.length >= 2 && titles && overText) return new Set(at)
  }
  return new Set()
}

/**
 * The sections of bulleted chapters: the titles a second symbol opens under them (`◆重点任务` over `■加强党的建设`
 * over 1. clauses). Read as text, each ran into the clause above it (`2.…推进校长负责制。\n■推进优质均衡`). Only a
 * symbol that opens two titles at least, each over text and below the first chapter, never a sentence. Pure.
 */
export function bulletSections(lines: string[], chapters: ReadonlySet<number>): Set<number> {
  if (chapters.size === 0) return new Set()
  const first = Math.min(...chapters)
  const chapterSymbol = leadSymbols(lines[first])?.trim()
  const bySymbol = new Map<string, number[]>()
  lines.forEach((line, i) => {
    const lead = leadSymbols(line)?.trim()
    if (!lead || lead === chapterSymbol || chapters.has(i)) return
    const at = bySymbol.get(lead)
    if (at) at.push(i)
    else bySymbol.set(lead, [i])
  })
  for (const at of bySymbol.values()) {
    const titles = at.every((i) => i > first && TITLE.test(lines[i].slice(leadSymbols(lines[i])!.length).trim()))
    const own = new Set(at)
    const overText = at.every((i) => i + 1 < lines.length && !chapters.has(i + 1) && !own.has(i + 1))
    if (at.length >= 2 && titles && overText) return new Set(at)
  }
  return new Set()
}

/** A line without the bullet an editor set before it: what its heading or title says. */
export function withoutBullet(line: string): string {
  const lead = leadSymbols(line)
  return lead ? line.slice(lead.length) : line
}
