/**
 * Puts list numbers, known by the CP of the paragraph they number, into the lines word-extractor made of the
 * same text. Its lines are not the paragraphs one to one: a line break (0x0B) or a page break splits one,
 * table cells share their row's line (0x07 becomes a tab), a field shows its result and hides its code, and
 * tracked deletions are gone. So the raw text is first laid out into lines the way word-extractor lays it
 * (projectLines), which says on which line and column each paragraph starts; those lines are then matched to
 * word-extractor's by a diff, and a number goes only onto a line both have alike. A line that differs (a
 * tracked change, something laid out otherwise) keeps its text without a number.
 */
import { diffArrays } from 'diff'

export interface NumberedParagraph {
  start: number
  end: number
  rowEnd: boolean
  /** Its printed number, or null. */
  label: string | null
}

interface Mark {
  line: number
  column: number
  label: string
}

/** Beyond this many differing lines the two texts are not the same document's layout: no numbers. */
const MAX_EDITS = 2000

/** The lines of word-extractor's text and, of them, those a soft line break ended (a paragraph mark ends the others). */
export interface DocLines {
  lines: string[]
  softEnds: Set<number>
}

/**
 * `body` (word-extractor's text, lines split by \n) with each numbered paragraph's number written in, and the lines
 * a soft line break (Shift+Enter, 0x0B) ended, which word-extractor breaks as it breaks a paragraph: the reader
 * keeps them lines of one paragraph, which the cleaner may join again (a soft break inside a sentence).
 */
export function numberLines(body: string, text: string, paragraphs: NumberedParagraph[]): DocLines {
  const lines = body.split('\n')
  const projected = projectLines(text, paragraphs)
  if (projected.marks.length === 0 && projected.softEnds.size === 0) return { lines, softEnds: new Set() }
  const theirs = alignLines(projected.lines, lines)
  if (!theirs) return { lines, softEnds: new Set() }
  const softEnds = new Set([...projected.softEnds].filter((line) => theirs.has(line)).map((line) => theirs.get(line)!))
  const marks = projected.marks.filter((m) => theirs.has(m.line)).sort((a, b) => b.line - a.line || b.column - a.column)
  for (const mark of marks) {
    const at = theirs.get(mark.line)!
    lines[at] = lines[at].slice(0, mark.column) + mark.label + lines[at].slice(mark.column)
  }
  return { lines, softEnds }
}

/**
 * The main text laid out as word-extractor lays it out (paragraph marks, line, page and section breaks and
 * table row ends become line breaks, a cell end a tab, control characters go, a field keeps its result only),
 * with the line and column where each numbered paragraph starts.
 */
export function projectLines(text: string, paragraphs: NumberedParagraph[]): { lines: string[]; marks: Mark[]; softEnds: Set<number> } {
  const lines: string[] = []
  const marks: Mark[] = []
  const softEnds = new Set<number>()
  let line = ''
  // One entry per open field: false while in its code, true once in its result.
  const fields: boolean[] = []
  for (const paragraph of paragraphs) {
    if (paragraph.label !== null) marks.push({ line: lines.length, column: line.length, label: paragraph.label })
    for (let cp = paragraph.start; cp < paragraph.end; cp++) {
      const code = text.charCodeAt(cp)
      if (code === 0x13) fields.push(false)
      else if (code === 0x14) fields.length > 0 && (fields[fields.length - 1] = true)
      else if (code === 0x15) fields.pop()
      else if (fields.includes(false)) continue
      else if (paragraph.rowEnd || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x0a) {
        if (code === 0x0b && !paragraph.rowEnd) softEnds.add(lines.length)
        lines.push(line)
        line = ''
      } else if (code === 0x07) line += '\t'
      else if (code > 0x08) line += text[cp]
    }
  }
  lines.push(line)
  return { lines, marks, softEnds }
}

/** Which of `theirs` each line of `ours` is, for the lines both have alike; null when they are too unlike. */
function alignLines(ours: string[], theirs: string[]): Map<number, number> | null {
  const changes = diffArrays(ours.map(fold), theirs.map(fold), { maxEditLength: MAX_EDITS })
  if (!changes) return null
  const map = new Map<number, number>()
  let i = 0
  let j = 0
  for (const change of changes) {
    const n = change.count ?? change.value.length
    if (change.added) j += n
    else if (change.removed) i += n
    else for (let k = 0; k < n; k++) map.set(i++, j++)
  }
  return map
}

/** word-extractor's getBody writes typographic quotes, dashes and wide spaces plainly; compared alike. */
function fold(line: string): string {
  return line
    .replace(/[\u2002\u2003]/g, ' ')
    .replace(/[\u2012\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
}
