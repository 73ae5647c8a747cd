/**
 * The headings of a .docx: paragraphs Word shows in its navigation pane, by their outline level. A plan typed in
 * Word often heads its chapters with the Heading 1 style and its sections with Heading 2, and prints no number
 * before them (`全面加强党的建设`, then `深化教育评价改革`). The text mammoth extracts keeps their words but not
 * their level, and an unnumbered line over prose says nothing of being a chapter: the level is read here, and
 * the clause splitter makes chapters and sections of them (structure/styled-headings.ts).
 *
 * A paragraph's outline level (ECMA-376 §17.3.1.20, w:outlineLvl, 0 = level 1, 9 = body text) is its own, or its
 * style's through w:basedOn. A style without one still heads when it is a heading style by name:
 * `heading 1` as Word saves it, `标题 1` as WPS and Chinese Word may (not `标题` alone, which is the Title style), or
 * `一级标题` / `二级标题` as a unit's own template names them.
 */
import type { StyledHeading } from '../structure/styled-headings.js'
import { attr, child, insideChoice, intVal, parseXml, val } from './docx-xml.js'

/** Word's body-text level: no heading. */
const BODY_TEXT = 9
/**
 * A paragraph bold from end to end by its runs' own formatting (`全面加强党的建设` set bold by hand, no heading style):
 * a heading below every outline level, as a web page's bold line ranks below its heading elements (html-headings.ts).
 */
const BOLD_PARAGRAPH = BODY_TEXT
/**
 * A heading style by its name: Word's built-in `heading 1`, `Heading 2`, `标题 1`, `标题2`, or a Chinese template's own
 * `一级标题`, `2级标题`, `标题一`.
 */
const HEADING_NAME = /^(?:(?:heading|标题)\s*([1-9一二三四五六七八九])|([1-9一二三四五六七八九])\s*级标题)$/i
const LEVEL_DIGITS = '一二三四五六七八九'
const levelOfName = (digit: string) => (/\d/.test(digit) ? Number(digit) : LEVEL_DIGITS.indexOf(digit) + 1)

interface Style {
  basedOn: string | null
  outlineLevel: number | null
}

/** Each heading paragraph of `doc` (a parsed, rewritten document part), in order, with its level from 1. */
export function readHeadings(doc: Document, stylesXml: string | null): StyledHeading[] {
  const ns = doc.documentElement!.namespaceURI
  const styles = stylesXml ? readStyles(parseXml(stylesXml)) : { byId: new Map<string, Style>(), defaultId: null }
  const headings: StyledHeading[] = []
  for (const p of Array.from(doc.getElementsByTagNameNS(ns, 'p'))) {
    // A table cell or a text box is no place for the document's outline; mammoth reads an mc:Choice's fallback.
    if (insideChoice(p) || within(p, ['tc', 'txbxContent'])) continue
    const pPr = child(p, 'pPr')
    const outline = intVal(child(pPr, 'outlineLvl')) ?? styleLevel(styles, val(child(pPr, 'pStyle')) ?? styles.defaultId)
    const level = outline !== null && outline >= 0 && outline < BODY_TEXT ? outline : boldThroughout(p) ? BOLD_PARAGRAPH : null
    if (level === null) continue
    // A heading typed with prose after a soft line break (docx-soft-breaks.ts) heads with its first line only.
    const text = shownText(p).split('\n').find((line) => line.trim() !== '') ?? ''
    if (text.trim()) headings.push({ text: text.trim(), level: level + 1 })
  }
  return headings
}

/** The outline level a style gives, through its w:basedOn chain. */
function styleLevel(styles: { byId: Map<string, Style> }, styleId: string | null): number | null {
  const seen = new Set<string>()
  for (let id = styleId; id && !seen.has(id); ) {
    seen.add(id)
    const style = styles.byId.get(id)
    if (!style) return null
    if (style.outlineLevel !== null) return style.outlineLevel
    id = style.basedOn
  }
  return null
}

function readStyles(doc: Document): { byId: Map<string, Style>; defaultId: string | null } {
  const ns = doc.documentElement!.namespaceURI
  const byId = new Map<string, Style>()
  let defaultId: string | null = null
  for (const s of Array.from(doc.getElementsByTagNameNS(ns, 'style'))) {
    if (attr(s, 'type') !== 'paragraph') continue
    const id = attr(s, 'styleId') ?? ''
    const named = HEADING_NAME.exec(val(child(s, 'name'))?.trim() ?? '')
    const outlineLevel = intVal(child(child(s, 'pPr'), 'outlineLvl')) ?? (named ? levelOfName(named[1] ?? named[2]) - 1 : null)
    byId.set(id, { basedOn: val(child(s, 'basedOn')), outlineLevel })
    if (attr(s, 'default') === '1' || attr(s, 'default') === 'true') defaultId = id
  }
  return { byId, defaultId }
}

/** The paragraph's text as a reader sees it: its runs' text, without what review deleted or moved away. */
function shownText(p: Element): string {
  let text = ''
  for (const el of Array.from(p.getElementsByTagNameNS(p.namespaceURI, '*'))) {
    // A w:tab in a run is a tab character; one in w:tabs sets a tab stop.
    if ((el.localName !== 't' && el.localName !== 'tab') || (el.parentNode as Element | null)?.localName !== 'r') continue
    if (within(el, ['del', 'moveFrom'], p)) continue
    text += el.localName === 'tab' ? '\t' : (el.textContent ?? '')
  }
  return text
}

/** Whether every run of the paragraph that shows text is bold (w:b, not switched off), and one does. */
function boldThroughout(p: Element): boolean {
  let shown = 0
  for (const t of Array.from(p.getElementsByTagNameNS(p.namespaceURI, 't'))) {
    if (!t.textContent?.trim() || within(t, ['del', 'moveFrom'], p)) continue
    const run = t.parentNode as Element | null
    const b = child(child(run, 'rPr'), 'b')
    if (b === null || /^(?:0|false|off)$/.test(val(b) ?? '')) return false
    shown++
  }
  return shown > 0
}

/** Whether `el` stands inside an element named one of `names` (below `stop`, when given). */
function within(el: Element, names: string[], stop: Element | null = null): boolean {
  for (let n = el.parentNode; n && n !== stop; n = n.parentNode) if (n.nodeType === 1 && names.includes((n as Element).localName!)) return true
  return false
}
