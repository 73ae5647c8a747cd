/**
 * What the basket exports: each clause with its current text and citation from the server (the same
 * citation the clause page shows), the user's note and a link, in the user's order or grouped by theme.
 * A clause the server no longer has keeps what was stored when it was added.
 */
import { api } from '../api/client.js'
import { groupByTheme, type BasketItem } from './basket-store.js'
import { csvText } from './csv-text.js'

export type BasketOrder = 'user' | 'theme'

export interface ExportClause {
  id: string
  citation: string
  heading: string
  text: string
  note: string
  theme: string
  link: string
}

export interface ExportSection {
  /** Null in the user's order (one section). */
  theme: string | null
  clauses: ExportClause[]
}

export async function exportClauses(items: readonly BasketItem[], origin: string): Promise<ExportClause[]> {
  return Promise.all(
    items.map(async (item) => {
      const fresh = await api.clause(item.id).catch(() => null)
      return {
        id: item.id,
        citation: fresh?.citation ?? item.citation,
        heading: fresh?.clause.heading ?? item.heading,
        text: fresh?.clause.text ?? item.text,
        note: item.note,
        theme: (fresh?.clause.themes ?? item.themes)[0] ?? '',
        link: `${origin}/c/${encodeURIComponent(item.id)}`,
      }
    }),
  )
}

export function exportSections(items: readonly BasketItem[], clauses: readonly ExportClause[], order: BasketOrder): ExportSection[] {
  if (order === 'user') return [{ theme: null, clauses: [...clauses] }]
  const byId = new Map(clauses.map((c) => [c.id, c]))
  return groupByTheme(items).map((g) => ({ theme: g.theme, clauses: g.items.map((i) => byId.get(i.id)!) }))
}

export function basketCsv(sections: readonly ExportSection[]): string {
  let n = 0
  const rows = sections.flatMap((s) => s.clauses.map((c) => [++n, s.theme ?? c.theme, c.citation, c.text, c.note, c.link]))
  return csvText([['序号', '主题', '引用', '条款内容', '备注', '链接'], ...rows])
}
