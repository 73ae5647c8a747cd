/**
 * Rich Text Format (.rtf), as Word, WPS and government sites' "save as" write it: the visible text of the body, one
 * paragraph a line with a blank line after it (as .docx text is read), a table row a line with its cells apart by
 * tabs (as table-rows.ts lays out a row). Chinese text is written as `\'hh` bytes in the document's code page
 * (`\ansicpg936`, or a font's `\fcharset134`) or as `\uN` code points; both are read.
 *
 * Left out, as a reader of the printed page never sees them: the font, colour and style tables, document info,
 * pictures, headers and footers (their page numbers), footnotes and comments, field instructions (a field's shown
 * result stays) and every `{\*\…}` destination. A list's number as Word writes it (`{\listtext 1.\tab}`) is the
 * number the page shows, and stays. Pure.
 */
import iconv from 'iconv-lite'

/** Destinations whose text is not the body's. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'footnote', 'annotation', 'object', 'listtable', 'listoverridetable', 'rsidtbl', 'xmlnstbl',
  'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'pgdsctbl', 'filetbl', 'revtbl', 'generator',
  // Older writers leave out the \* of a field's instruction, a bookmark, an index or a contents entry: their text
  // (HYPERLINK "http://…", PAGE, a bookmark's name) is not the body's either. The field's result stays.
  'fldinst', 'bkmkstart', 'bkmkend', 'xe', 'tc',
])
/** Control words that stand for a character. */
const CHARACTERS: Record<string, string> = {
  par: '\n\n', line: '\n', tab: '\t', cell: '\t', row: '\n', sect: '\n\n', page: '\n', emdash: '—', endash: '–',
  lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u3000', enspace: ' ',
}
/** Windows code pages and font character sets, as iconv names them. */
const CODE_PAGES: Record<number, string> = { 936: 'gb18030', 54936: 'gb18030', 950: 'big5', 65001: 'utf-8', 1252: 'windows-1252' }
const CHARSETS: Record<number, string> = { 134: 'gb18030', 136: 'big5', 0: 'windows-1252' }

interface Group {
  skip: boolean
  /** Characters of fallback text after a `\uN` (`\ucN`). */
  uc: number
  font: number | null
}

/** Whether bytes open as an RTF document. */
export function isRtf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 6)).toString('latin1') === '{\\rtf1' || Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '{\\rtf'
}

export function readRtf(bytes: Uint8Array): string {
  const src = Buffer.from(bytes).toString('latin1')
  const fontCharsets = fontTable(src)
  let codePage = 'windows-1252'
  const out: string[] = []
  let pending: number[] = []
  const stack: Group[] = []
  let group: Group = { skip: false, uc: 1, font: null }
  let skipChars = 0
  const flush = () => {
    if (pending.length === 0) return
    const charset = group.font !== null ? fontCharsets.get(group.font) : undefined
    out.push(iconv.decode(Buffer.from(pending), charset && charset !== 'windows-1252' ? charset : codePage))
    pending = []
  }
  const emit = (text: string) => {
    if (group.skip) return
    if (skipChars > 0) {
      skipChars--
      return
    }
    flush()
    out.push(text)
  }
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (ch === '{') {
      flush()
      stack.push(group)
      group = { ...group }
      // `{\*\dest …}`: a destination a reader that does not know it must skip.
      if (src.startsWith('\\*', i + 1)) group.skip = true
    } else if (ch === '}') {
      flush()
      group = stack.pop() ?? group
      skipChars = 0
    } else if (ch === '\\') {
      const next = src[i + 1]
      if (next === "'") {
        const byte = parseInt(src.slice(i + 2, i + 4), 16)
        i += 3
        if (group.skip) continue
        if (skipChars > 0) skipChars--
        else if (!Number.isNaN(byte)) pending.push(byte)
        continue
      }
      if (next === undefined) break
      if (!/[a-z]/i.test(next)) {
        i++
        if (next === '~') emit('\u00a0')
        else if (next === '_') emit('-')
        else if (next === '{' || next === '}' || next === '\\') emit(next)
        else if (next === '\n' || next === '\r') emit('\n\n')
        continue
      }
      const m = /^([a-z]+)(-?\d+)? ?/i.exec(src.slice(i + 1, i + 40))!
      i += m[0].length
      const word = m[1]
      const param = m[2] === undefined ? null : Number(m[2])
      if (SKIPPED.has(word)) group.skip = true
      else if (word === 'ansicpg' && param !== null) codePage = CODE_PAGES[param] ?? codePage
      else if (word === 'uc' && param !== null) group.uc = param
      // The font of text that names none: GBK bytes under \deff0 {\f0\fcharset134 宋体;} are Chinese.
      else if (word === 'deff' && param !== null) group.font ??= param
      // `\binN`: N bytes of binary data (a picture's), which may hold braces and backslashes: skipped whole.
      else if (word === 'bin' && param !== null && param > 0) i += param
      else if (word === 'f' && param !== null) {
        flush()
        group.font = param
      } else if (word === 'u' && param !== null) {
        emit(String.fromCharCode(param < 0 ? param + 65536 : param))
        skipChars = group.uc
      } else if (word in CHARACTERS) emit(CHARACTERS[word])
    } else if (ch === '\r' || ch === '\n') {
      continue
    } else {
      emit(ch)
    }
  }
  flush()
  // Spaces and tabs before each line break dropped line by line: /[ \t]+\n/ is quadratic on a long run without one.
  return out.join('').split('\n').map(withoutTrailingBlanks).join('\n').replace(/\n{3,}/g, '\n\n').trim()
}

/** Font number → its character set's encoding, from `{\fonttbl{\f0\fcharset134 宋体;}…}`. */
function fontTable(src: string): Map<number, string> {
  const fonts = new Map<number, string>()
  const start = src.indexOf('{\\fonttbl')
  if (start === -1) return fonts
  let depth = 0
  let end = start
  for (; end < src.length; end++) {
    if (src[end] === '{') depth++
    else if (src[end] === '}' && --depth === 0) break
  }
  for (const m of src.slice(start, end).matchAll(/\\f(\d+)[^;{}]*?\\fcharset(\d+)/g)) {
    const charset = CHARSETS[Number(m[2])]
    if (charset) fonts.set(Number(m[1]), charset)
  }
  return fonts
}

function withoutTrailingBlanks(line: string): string {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  return line.slice(0, end)
}
