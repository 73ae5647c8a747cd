/**
 * Numbering put at line starts: the markers numbering.ts accepts inside a line (a flattened PDF, an outline run
 * together) each open a line of their own, so the line-based splitter reads flattened text as it reads text with
 * one item per line.
 */
import { findNumbering, type MarkerKind, type TextMarker } from './numbering.js'
import { standardTitleEnd } from './standard-titles.js'

const SPACE = /[ \t\u3000\u00a0]/

/**
 * Puts every accepted marker that stands inside a line at the start of its own line, and a short title
 * after an inline chapter or section marker on a line of its own, so the line-based splitter sees
 * flattened text as it sees text with one item per line. Markers already at a line start stay where they are.
 * Returns the lines and, per line index, the marker that opens it (offsets relative to the line).
 */
export function breakLines(text: string, accepted: TextMarker[]): { lines: string[]; markers: Map<number, TextMarker> } {
  const lines: string[] = []
  const markers = new Map<number, TextMarker>()
  let from = 0
  const push = (to: number) => {
    for (const piece of text.slice(from, to).split('\n')) {
      const line = piece.replace(/^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/g, '')
      if (line) lines.push(line)
    }
  }
  accepted.forEach((m, i) => {
    push(m.at)
    from = m.at
    const lineEnd = text.indexOf('\n', m.at)
    const titleEnd = m.context !== 'line-start' && TITLED.has(m.kind) ? titleSpace(text, m.end) : -1
    // No space after the title (a preview run into one line): a plan's standard title ends it (`一、指导思想以…`).
    // A decimal outline's section run on likewise (`1.1指导思想以…`) ends its title there too.
    const standardEnd = titleEnd === -1 && m.context !== 'line-start' && (TITLED.has(m.kind) || m.kind === 'decimal') ? standardTitleEnd(text, m.end) : -1
    const to = titleEnd !== -1 ? titleEnd : standardEnd !== -1 ? standardEnd : lineEnd === -1 ? text.length : lineEnd
    // The marker line ends at the next accepted marker at the latest; the loop continues from there.
    const next = accepted[i + 1]
    const end = next && next.at < to ? next.at : to
    const line = text.slice(m.at, end).replace(/[ \t\u3000\u00a0]+$/, '')
    markers.set(lines.length, { ...m, at: 0, end: Math.min(m.end - m.at, line.length) })
    lines.push(line)
    from = end
  })
  push(text.length)
  return { lines, markers }
}

/** The text with its numbering at line starts (see breakLines). */
export function breakAtMarkers(text: string): string {
  const accepted = findNumbering(text)
  if (accepted.every((m) => m.context === 'line-start')) return text
  return breakLines(text, accepted).lines.join('\n')
}

/** Kinds whose marker is followed by a short title (一、总体要求): the title ends at the first space. */
const TITLED: ReadonlySet<MarkerKind> = new Set(['chapter-word', 'section-word', 'cn', 'cn-paren'])
const MAX_TITLE = 25
const TITLE_STOP = /[。，,；;：:！？!?\n]/

/** Offset of the space that ends a title starting at `start`, or -1 when the title runs on into its text. */
function titleSpace(text: string, start: number): number {
  for (let i = start + 2; i < Math.min(text.length, start + MAX_TITLE); i++) {
    if (TITLE_STOP.test(text[i])) return -1
    if (SPACE.test(text[i])) return i
  }
  return -1
}
