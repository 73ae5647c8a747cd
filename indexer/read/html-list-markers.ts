/**
 * The numbers a browser draws before the items of an ordered list (<ol>), which are not in the page's text.
 * A plan published as <ol><li>…</li></ol> would otherwise reach the clause splitter without its numbers.
 * Counted as HTML counts them (start, reversed, <li value>), in the list's type (the `type` attribute or an
 * inline list-style-type), with the suffix the browser draws (一、 for Chinese counting, 1. otherwise).
 */
import type { HTMLElement } from 'node-html-parser'
import { readLineMarker } from '../structure/line-markers.js'
import { formatListNumber } from './list-number-format.js'

/** HTML `type` attribute and CSS list-style-type values, as the number formats of list-number-format.ts. */
const STYLE_FORMATS: Record<string, string> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
  decimal: 'decimal',
  'decimal-leading-zero': 'decimalZero',
  'lower-alpha': 'lowerLetter',
  'lower-latin': 'lowerLetter',
  'upper-alpha': 'upperLetter',
  'upper-latin': 'upperLetter',
  'lower-roman': 'lowerRoman',
  'upper-roman': 'upperRoman',
  'cjk-decimal': 'ideographDigital',
  'cjk-ideographic': 'chineseCountingThousand',
  'simp-chinese-informal': 'chineseCountingThousand',
  'trad-chinese-informal': 'chineseCountingThousand',
  'simp-chinese-formal': 'chineseLegalSimplified',
  'trad-chinese-formal': 'chineseLegalSimplified',
  'cjk-heavenly-stem': 'ideographTraditional',
  'cjk-earthly-branch': 'ideographZodiac',
}
/** The CSS counter styles whose marker ends in 、 rather than a full stop. */
const COMMA_SUFFIX = new Set(['chineseCountingThousand', 'chineseLegalSimplified', 'ideographTraditional', 'ideographZodiac', 'ideographDigital'])

/**
 * An item already typed with its number (一、 （一） 1. ① 第一条), read as the clause splitter reads a line's
 * opening marker: its list draws no number of its own worth adding. 一是 opens a sentence, not a number.
 */
function typedNumber(li: HTMLElement): boolean {
  const marker = readLineMarker(li.text.trim())
  return marker !== null && marker.kind !== 'ordinal-intro'
}

/** The marker text of each <li> of `ol` (its direct items), in order; empty when the list draws none. */
export function listMarkers(ol: HTMLElement): Map<HTMLElement, string> {
  const markers = new Map<HTMLElement, string>()
  const items = ol.childNodes.filter((n): n is HTMLElement => 'rawTagName' in n && (n as HTMLElement).rawTagName?.toLowerCase() === 'li')
  const format = formatOf(ol)
  if (format === null || items.length === 0) return markers
  const reversed = ol.hasAttribute('reversed')
  const start = integer(ol.getAttribute('start')) ?? (reversed ? items.length : 1)
  let n = start
  for (const li of items) {
    n = integer(li.getAttribute('value')) ?? n
    const own = formatOf(li) ?? format
    if (own !== 'none' && !typedNumber(li)) {
      const number = formatListNumber(n, own)
      markers.set(li, COMMA_SUFFIX.has(own) ? `${number}、` : `${number}.`)
    }
    n += reversed ? -1 : 1
  }
  return markers
}

/** The number format an element asks for (inline list-style or `type`), 'none' for list-style none, null when it says nothing. */
export function formatOf(el: HTMLElement): string | null {
  const style = (el.getAttribute('style') ?? '').toLowerCase()
  const css = /list-style(?:-type)?\s*:\s*([^;]+)/.exec(style)?.[1]
  if (css) {
    const words = css.trim().split(/\s+/)
    if (words.includes('none')) return 'none'
    const known = words.find((w) => w in STYLE_FORMATS)
    if (known) return STYLE_FORMATS[known]
  }
  const type = el.getAttribute('type')?.trim()
  if (type && type in STYLE_FORMATS) return STYLE_FORMATS[type]
  return el.rawTagName?.toLowerCase() === 'ol' ? 'decimal' : null
}

function integer(value: string | undefined): number | null {
  return value !== undefined && /^\s*-?\d+\s*$/.test(value) ? Number(value) : null
}
