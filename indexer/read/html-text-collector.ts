/**
 * The text a web page's walk collects (read-html.ts): its lines, a blank line where a block ends a paragraph, and the
 * lines that are headings, with their levels (html-headings.ts) and, for a bold line, how it looks (html-bold-looks.ts).
 */
import type { StyledHeading } from '../structure/styled-headings.js'
import { PLAIN_LOOK, type Look } from './html-bold-looks.js'
import { BOLD, lineLevel, PLAIN } from './html-headings.js'

export class TextCollector {
  private lines: string[] = []
  private current = ''
  /** The heading level of the current line's text so far (html-headings.ts); null before any words. */
  private level: number | null = null
  /** How the current line's first words look (html-bold-looks.ts), which ranks a bold line among the others. */
  private look: Look | null = null
  /** The typeface of every piece of the current line so far, -1 once two differ; null before any words. */
  private face: number | null = null
  readonly headings: (StyledHeading & { look?: Look })[] = []
  /** Lines of plain text set in one typeface throughout, with their look: a page that heads by typeface alone (html-bold-looks.ts). */
  readonly plainLines: { text: string; look: Look }[] = []

  add(text: string, level = PLAIN, look = PLAIN_LOOK): void {
    this.current += text
    if (!/\S/.test(text)) return
    this.level = lineLevel(this.level, level)
    this.look ??= look
    this.face = this.face === null || this.face === look.face ? look.face : -1
  }

  lineBreak(): void {
    const line = this.current.replace(/^[ ]+|[ ]+$/g, '')
    if (line !== '') this.lines.push(line)
    if (line !== '' && this.level !== null && this.level > PLAIN) this.headings.push({ text: line, level: this.level, ...(this.level === BOLD && this.look ? { look: this.look } : {}) })
    if (line !== '' && this.level === PLAIN && this.look && this.face !== -1) this.plainLines.push({ text: line, look: this.look })
    this.current = ''
    this.level = null
    this.look = null
    this.face = null
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
    if (this.headings.at(-1)?.text === last) this.headings.pop()
  }

  finish(): string {
    this.paragraphBreak()
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop()
    return this.lines.join('\n')
  }
}
