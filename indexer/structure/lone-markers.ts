/**
 * A marker alone on its line (`2.` `１．` `①` `第三章`, where a PDF wrapped right after it) opens the line below: the
 * two are one line, so the marker numbers the text it stands over rather than a line with nothing in it.
 * Pure: the body's lines in, the lines with each lone marker joined to the line under it out.
 */
import { ENCLOSED_CLASS, foldDigits } from './numeral-glyphs.js'

const LONE_MARKER = new RegExp(
  `^(第[一二三四五六七八九十百零〇两]+[章节節条條]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}\\s?[.．、)）]|${ENCLOSED_CLASS})$`,
)
const isLoneMarker = (line: string) => LONE_MARKER.test(foldDigits(line))

export function joinLoneMarkers(lines: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (isLoneMarker(lines[i]) && i + 1 < lines.length && !isLoneMarker(lines[i + 1])) {
      out.push(lines[i] + lines[++i])
    } else out.push(lines[i])
  }
  return out
}
