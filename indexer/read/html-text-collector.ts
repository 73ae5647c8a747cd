/**
 * The text a web page's walk collects (read-html.ts): its lines, a blank line where a block ends a paragraph, and the
 * lines that are headings, with their levels (html-headings.ts) and, for a bold line, how it looks (html-bold-looks.ts).
 */
import type { StyledHeading } from '../structure/styled-headings.js'
import { PLAIN_LOOK, type Look, type LookLine } from './html-bold-looks.js'
import { BOLD, lineLevel, PLAIN } from './html-headings.js'

/** Indented lines a page needs before its unindented blocks are read as the lines its paragraphs run on to. */
const MIN_INDENTED = 3
const SENTENCE_END = /[。！？；!?;：:]$/

export class TextCollector {
  private lines: string[] = []
  private current = ''
  /** The heading level of the current line's text so far (html-headings.ts); null before any words. */
  private level: number | null = null
  /** How the current line's first words look (html-bold-looks.ts), which ranks a bold line among the others. */
  private look: Look | null = null
  /** The typeface of every piece of the current line so far, -1 once two differ; null before any words. */
  private face: number | null = null
  /** Whether every piece of the current line so far has the size and colour of its first. */
  private uniform = true
  readonly headings: (StyledHeading & { look?: Look })[] = []
  /** Lines of plain text set in one typeface throughout, with their look: a page that heads by its looks alone (html-bold-looks.ts). */
  readonly plainLines: LookLine[] = []
  /** Whether the current line opens with an indent (&nbsp;&nbsp; or 　　); null before any words. */
  private indent: boolean | null = null
  private pendingIndent = false
  /** Indices (in `lines`) of the lines that open with an indent. */
  private indented = new Set<number>()

  /** `indent`: the text opens with a run of no-break or ideographic spaces, as a page indents a paragraph's first line. */
  add(text: string, level = PLAIN, look = PLAIN_LOOK, indent = false): void {
    this.current += text
    if (!/\S/.test(text)) {
      this.pendingIndent ||= indent
      return
    }
    this.indent ??= indent || this.pendingIndent
    this.level = lineLevel(this.level, level)
    this.look ??= look
    this.uniform &&= look.size === this.look.size && look.colour === this.look.colour
    this.face = this.face === null || this.face === look.face ? look.face : -1
  }

  lineBreak(): void {
    const line = this.current.replace(/^[ ]+|[ ]+$/g, '')
    if (line !== '' && this.indent) this.indented.add(this.lines.length)
    if (line !== '') this.lines.push(line)
    if (line !== '' && this.level !== null && this.level > PLAIN) this.headings.push({ text: line, level: this.level, ...(this.level === BOLD && this.look ? { look: this.look } : {}) })
    if (line !== '' && this.level === PLAIN && this.look && this.face !== -1) this.plainLines.push({ text: line, look: this.look, uniform: this.uniform })
    this.current = ''
    this.level = null
    this.look = null
    this.face = null
    this.uniform = true
    this.indent = null
    this.pendingIndent = false
  }

  paragraphBreak(): void {
    this.lineBreak()
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('')
  }

  /** Takes back the last line when it matches `pattern` (a 目录 heading over contents left out), with its heading. */
  dropLastLine(pattern: RegExp): void {
    this.paragraphBreak()
    while (this.lines.at(-1) === '') this.lines.pop()
    const last = this.lines.at(-1)
    if (last === undefined || !pattern.test(last.trim())) return
    this.lines.pop()
    this.indented.delete(this.lines.length)
    if (this.headings.at(-1)?.text === last) this.headings.pop()
  }

  finish(): string {
    this.paragraphBreak()
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop()
    return this.lines.filter((line, i) => !this.wrapBreak(i)).join('\n')
  }

  /**
   * A page that sets each printed line in a block of its own (`<div>&nbsp;&nbsp;…学习12</div><div>次以上，…</div>`)
   * marks its paragraphs by indenting their first lines: there a block without the indent, after a line of an
   * indented paragraph that ends in no sentence end, runs on the paragraph, and the break between them (`i`) is no
   * paragraph break. The cleaner then joins the two as it joins a wrapped line.
   */
  private wrapBreak(i: number): boolean {
    if (this.lines[i] !== '' || this.indented.size < MIN_INDENTED || i === 0 || i + 1 >= this.lines.length) return false
    const next = i + 1
    if (this.indented.has(next) || this.lines[next] === '') return false
    let start = i - 1
    while (start > 0 && this.lines[start - 1] === '' && !this.indented.has(start) && this.wrapBreak(start - 1)) start -= 2
    return this.indented.has(start) && !SENTENCE_END.test(this.lines[i - 1])
  }
}
