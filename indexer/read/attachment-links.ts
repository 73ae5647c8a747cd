/**
 * A page's list of attachments set as paragraphs of their own: `<p>附件：</p>` and then one `<p>` per linked file
 * (`1.扬州市2024年教育重点工作任务分解表.docx`). Read so, the label is a line alone and each file name a numbered
 * paragraph, which the structure reader takes for the clauses of an appendix. Written as one paragraph, label and
 * file names on lines of their own (`附件：1.….docx` / `2.….pdf`), the list reads as the attachment list it is, as
 * it does when the page puts the links in one <p> with <br> between them.
 */

/** `附件：`, and the label a CMS prints over its download links: `附件下载：`, `相关附件`. */
const LABEL = /^(?:附\s*件(?:\s*下\s*载)?|相\s*关\s*附\s*件)\s*[:：]?$/
/** A file a page links: its name, maybe numbered, ending in a document's extension. */
const FILE_NAME = /^\S.{1,100}\.(docx?|xlsx?|et|pdf|wps|ofd|zip|rar|txt)$/i

/** `text` (lines, a blank line between paragraphs) with a lone 附件 label and the file names after it made one paragraph. */
export function joinAttachmentLinks(text: string): string {
  const lines = text.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const files: string[] = []
    let j = i + 1
    while (LABEL.test(lines[i])) {
      while (lines[j] === '') j++
      if (j >= lines.length || !FILE_NAME.test(lines[j])) break
      files.push(lines[j++])
    }
    if (files.length === 0) {
      out.push(lines[i])
      continue
    }
    out.push(`附件：${files.join('\n')}`)
    i = j - 1
  }
  return out.join('\n')
}
