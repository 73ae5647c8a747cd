/**
 * A label a plan prints alone over its numbered items (`重点工作：`, `主要任务:`, `工作要点：`), under its opening
 * paragraph: the items are its text, so it heads them as the chapters they are do, and read as text it was a passage
 * of two words above them. Only above the first numbered line: there it names nothing the items do not; inside the
 * numbered text such a line is a clause's own (`具体要求：` over its points) and stays in it.
 */
import { readLineMarker } from './line-markers.js'

/** A few words and a colon, no sentence in them; not the bodies a notice addresses (`各学校：`). */
const LABEL = /^(?!各)[\u4e00-\u9fff]{2,10}[:：]$/

/** The lines without the label line straight above their first numbered line. */
export function withoutListLabel(lines: string[]): string[] {
  const first = lines.findIndex((line) => readLineMarker(line) !== null)
  if (first < 1 || !LABEL.test(lines[first - 1].trim())) return lines
  return lines.filter((_, i) => i !== first - 1)
}
