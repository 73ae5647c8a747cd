/**
 * CSV for spreadsheet users: UTF-8 with a byte-order mark (without it Excel reads the file as the
 * local code page and garbles Chinese), CRLF line ends, RFC 4180 quoting.
 */

/**
 * One exported clause. The keys are the JSON export's stable field names; the CSV names its columns in
 * Chinese (CSV_COLUMNS). Fields may be added; none may be renamed or dropped.
 */
export interface ExportRow {
  id: string
  planId: string
  /** The plan's display name, unique in the index: `某县《县2024年教育体育工作要点》，收录于《…》第5篇`. */
  planName: string
  /** The plan's title as printed. */
  plan: string
  issuer: string | null
  province: string | null
  city: string | null
  level: string | null
  year: number | null
  docNumber: string | null
  /** ISO `YYYY-MM-DD`. */
  publishDate: string | null
  validity: string | null
  /** `一、坚持以政治建设为统领…`, empty for a clause outside any chapter. */
  chapter: string
  section: string | null
  number: number | null
  heading: string
  text: string
  themes: string[]
  /** Only the outline (table of contents) gave this clause: `text` is its heading. */
  headingOnly: boolean
  /** When the index first held the clause (ISO time). */
  firstIndexed: string
  citation: string
  link: string
}

type Cell = string | number | null

export const CSV_COLUMNS: { key: keyof ExportRow; label: string; cell?: (row: ExportRow) => Cell }[] = [
  { key: 'planName', label: '文件' },
  { key: 'plan', label: '标题' },
  { key: 'issuer', label: '发布机构' },
  { key: 'province', label: '省份' },
  { key: 'city', label: '城市' },
  { key: 'level', label: '层级' },
  { key: 'year', label: '年份' },
  { key: 'docNumber', label: '文号' },
  { key: 'publishDate', label: '发布日期' },
  { key: 'validity', label: '效力状态' },
  { key: 'chapter', label: '章节' },
  { key: 'section', label: '小节' },
  { key: 'number', label: '条号' },
  { key: 'heading', label: '要点' },
  { key: 'text', label: '条文' },
  { key: 'themes', label: '主题', cell: (r) => r.themes.join('；') },
  { key: 'headingOnly', label: '仅有标题', cell: (r) => (r.headingOnly ? '是' : '否') },
  { key: 'firstIndexed', label: '首次收录' },
  { key: 'citation', label: '引用' },
  { key: 'link', label: '链接' },
  { key: 'id', label: '条款编号' },
]

export const BOM = '\uFEFF'

/**
 * A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheets; an apostrophe in
 * front makes it text. Numbers stay numbers: only strings are guarded.
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function csvCell(value: Cell): string {
  if (value === null) return ''
  const text = typeof value === 'number' ? String(value) : guardFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The BOM and the header line: how every CSV export starts. */
export function csvHead(): string {
  return BOM + CSV_COLUMNS.map((c) => csvCell(c.label)).join(',') + '\r\n'
}

/** One row's line, with its line break. */
export function csvLine(row: ExportRow): string {
  return CSV_COLUMNS.map((c) => csvCell(c.cell ? c.cell(row) : (row[c.key] as Cell))).join(',') + '\r\n'
}

export function toCsv(rows: readonly ExportRow[]): string {
  return csvHead() + rows.map(csvLine).join('')
}

/** Parses RFC 4180 CSV (BOM tolerated), for tests and for anyone checking an export programmatically. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const src = csv.replace(/^\uFEFF/, '')
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || (ch === '\r' && src[i + 1] === '\n')) {
      if (ch === '\r') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/**
 * `Content-Disposition` with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987), so
 * browsers save `政策条款-双减.csv` and old clients still get a usable name.
 */
export function contentDisposition(filename: string, fallback: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

/** A file name from the user's query: no path separators, quotes or control characters, bounded length. */
export function exportFileName(query: string, ext: 'csv' | 'json'): string {
  const cleaned = query
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const stem = [...cleaned].slice(0, 40).join('') || '全部'
  return `政策条款-${stem}.${ext}`
}
