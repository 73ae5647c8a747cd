/** CSV as Excel and WPS open it: UTF-8 with a BOM, CRLF lines, every field quoted when it needs to be. */
export type CsvCell = string | number | null

function field(value: CsvCell): string {
  const text = value === null ? '' : String(value)
  // A leading = + - @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n'
}
