/**
 * Markdown a page's text keeps when it is copied as plain text (an editor's or a writing tool's page): `### 某市教育局
 * 2025年工作要点`, `#### 一、教育教学计划`, `**1. 自然探索周**`. Read as text, the hashes stayed in the title
 * (`###某市…`) and stood on a line of their own above a chapter's number, and the stars were a passage `**` and the end
 * of a clause. A Markdown file is rendered by its reader (read/read-markdown.ts); this is for text that is not.
 * Only a heading's hashes at the start of a line (not a topic tag, `#教育强国#`, which closes its #), and stars that
 * pair up round words on the line. Pure.
 */
const HEADING_HASHES = /^[ \t]*#{1,6}[ \t]*(?=[^\s#])/
const BOLD = /\*\*([^*\n]+?)\*\*/g

export function withoutMarkdownMarks(line: string): string {
  const heading = HEADING_HASHES.exec(line)
  const unheaded = heading && !line.slice(heading[0].length).includes('#') ? line.slice(heading[0].length) : line
  return unheaded.includes('**') ? unheaded.replace(BOLD, '$1') : unheaded
}
