/**
 * The YAML front matter a static site or a notes app writes at the top of a Markdown file (`---` / `title: "…"` /
 * `date: 2024-03-06` / `author: 德兴市教育体育局` / `---`). Rendered, it was one paragraph of `title: …date: …` at
 * the head of the plan, and the title it gives was not read: the plan had its file's name and no year. Its values
 * are the file's metadata: read as fields (title as 标题, date as 发布日期, author or source as 来源, Chinese labels
 * by their canonical key), which metadata/ weighs as a web page's header fields. Only simple `key: value` lines are
 * read; lists and nested values are left out.
 */
import { canonicalKey } from '../clean/metadata-fields.js'

const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/
const KEYS: Record<string, string> = {
  title: '标题', date: '发布日期', publishdate: '发布日期', pubdate: '发布日期', published: '发布日期',
  author: '来源', source: '来源', publisher: '来源', organization: '来源', docnumber: '文号',
}
/** Front matter is a few dozen lines; a longer run between two rules is a document's text set between rules. */
const MAX_LINES = 40

/** The file's text after its front matter, and the fields the front matter gives (none when it has none). */
export function splitFrontMatter(source: string): { body: string; fields: Record<string, string> } {
  const m = FRONT_MATTER.exec(source)
  const lines = m ? m[1].split('\n') : []
  if (!m || lines.length > MAX_LINES || !lines.every((l) => l.trim() === '' || /^[\s-]/.test(l) || /^[^:：]{1,30}[:：]/.test(l))) {
    return { body: source, fields: {} }
  }
  const fields: Record<string, string> = {}
  for (const line of lines) {
    const kv = /^([^\s:：][^:：]{0,29})[:：]\s*(.*)$/.exec(line)
    if (!kv) continue
    const key = KEYS[kv[1].trim().toLowerCase()] ?? canonicalKey(kv[1])
    const value = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2').trim()
    if (key && value && !value.startsWith('[') && !(key in fields)) fields[key] = value
  }
  // A block between two rules that names no field this reads is the text's own (`---` / `一、总体要求：…` / `---`).
  if (Object.keys(fields).length === 0) return { body: source, fields: {} }
  return { body: source.slice(m[0].length), fields }
}
