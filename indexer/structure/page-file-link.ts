/**
 * A web page's link to the file its text was copied from, set over the text: `附件：黄石市2024年教育工作要点.docx`
 * under the page's title. It names the document, it says nothing of it; the plan's own 附件 lines come after its
 * body (appendix.ts) and announce what is attached, so only the links before the body's first line of text go.
 */

/** 附件 (or 附件1) and a colon, then one file's name and its extension, nothing after it. */
const FILE_LINK = /^附\s*件\s*[0-9０-９]{0,2}\s*[:：]\s*[^\s。，；;：:！？]{2,80}\.(?:docx?|wps|pdf|ofd|xlsx?|et|txt|zip|rar)$/i

/** Whether a trimmed line is a 附件 label over one linked file and nothing else. */
export function isFileLinkLine(line: string): boolean {
  return FILE_LINK.test(line.trim())
}

/** The body's lines without the file links standing before its first line of text. */
export function withoutLeadingFileLinks(lines: string[]): string[] {
  let first = 0
  while (first < lines.length && isFileLinkLine(lines[first])) first++
  return lines.slice(first)
}
