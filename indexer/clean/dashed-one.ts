/**
 * The numeral 一 read as a dash: text recognised from a scan, or typed by hand, prints a chapter `一、` as `—、` or
 * `-、`, and a section `（一）` as `（—）`. Unread, the first chapter has no heading: its clauses stand under no
 * chapter and its title is a passage of its own. A dash in such a place is the numeral when the next numeral, `二、` or
 * `（二）`, opens a later line; only the first such dash before it is read so, one character for one.
 */

const DASH = '[—–\\-－─━]'
const FORMS: { dashed: RegExp; next: RegExp }[] = [
  { dashed: new RegExp(`^()${DASH}(?=\\s?、\\s?[\\u4e00-\\u9fff“《])`), next: /^二\s?、/ },
  { dashed: new RegExp(`^([（(])${DASH}(?=[）)]\\s?[\\u4e00-\\u9fff“《])`), next: /^[（(]二[）)]/ },
]

/** Index (into the trimmed lines) → the line with its dash read as 一, for the lines that open with 一 so misprinted. */
export function dashedOneLines(lines: string[]): Map<number, string> {
  const repaired = new Map<number, string>()
  for (const { dashed, next } of FORMS) {
    const at = lines.findIndex((line) => dashed.test(line))
    if (at === -1 || !lines.some((line, i) => i > at && next.test(line))) continue
    repaired.set(at, lines[at].replace(dashed, (_, open: string) => `${open}一`))
  }
  return repaired
}
