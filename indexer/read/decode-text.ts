/**
 * Bytes → text for plain-text and HTML files in UTF-8 (with or without BOM), UTF-16 (with BOM, or without it when
 * its NUL bytes and its reading as Chinese say so), GBK/GB18030 or Big5.
 *
 * Detection order: a BOM decides; otherwise bytes that are valid UTF-8 are UTF-8 (strict decoding: a
 * GBK text is almost never valid UTF-8); otherwise the chardet detector ranks candidates, and both
 * Chinese double-byte families are decoded and scored, because chardet misjudges short texts (a
 * two-character GBK file comes out as UTF-8, Shift_JIS or windows-1252). The score is the share of
 * characters that are common Chinese characters once traditional forms are simplified: the right
 * decoding reads as ordinary Chinese, the wrong one as rare characters and symbols.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { toSimplified } from '../normalize.js'
import { UnreadableDocumentError } from './unreadable-document-error.js'

export interface DecodedText {
  text: string
  /** The encoding the bytes were read in: 'UTF-8', 'UTF-8 (BOM)', 'UTF-16LE', 'GB18030', 'Big5', or chardet's name. */
  encoding: string
}

/** A decoding whose characters are mostly common Chinese characters is accepted. */
const MIN_CJK_SCORE = 0.6
/** A Chinese decoding must be this clean to overrule bytes that are valid UTF-8. */
const SURE_CJK_SCORE = 0.9
/** More replacement characters than this share means the guess was wrong or the file is damaged. */
const MAX_REPLACEMENT_SHARE = 0.01
/** Control characters (other than tab, newline, carriage return, form feed, escape) in text are rare. */
const MAX_CONTROL_SHARE = 0.02
const SNIFF_BYTES = 8192
/** Scoring a decoding looks at its beginning only: enough to tell, cheap on a 50 MB file. */
const SCORE_SAMPLE_CHARS = 20_000

export function decodeText(bytes: Uint8Array, filePath: string, declaredCharset?: string | null): DecodedText {
  const name = displayName(filePath)
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked({ text: utf8(bytes.subarray(3), false), encoding: 'UTF-8 (BOM)' }, name, filePath)
  if (startsWith(bytes, [0xff, 0xfe])) return checked({ text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' }, name, filePath)
  if (startsWith(bytes, [0xfe, 0xff])) return checked({ text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' }, name, filePath)
  const utf16 = bomlessUtf16(bytes)
  if (utf16) return checked(utf16, name, filePath)
  if (looksBinary(bytes)) {
    throw new UnreadableDocumentError('binary', filePath, `${name} is a binary file, not text: check that it is a policy document and give it the right extension (.pdf, .docx …).`)
  }
  const strictUtf8 = tryUtf8(bytes)
  // Valid UTF-8 that reads as Chinese is UTF-8. Valid UTF-8 that reads as Cyrillic or accented Latin may
  // be a short GBK text whose byte pairs happen to form UTF-8 sequences (学校 = D1A7 D0A3 = ѧУ).
  if (strictUtf8 !== null && chineseScore(strictUtf8) >= MIN_CJK_SCORE) return checked({ text: strictUtf8, encoding: 'UTF-8' }, name, filePath)
  const buffer = Buffer.from(bytes)
  const ranked = chardet.analyse(bytes)
  const candidates: { encoding: string; text: string; score: number }[] = []
  const tryEncoding = (encoding: string) => {
    if (!iconv.encodingExists(encoding) || candidates.some((c) => c.encoding === encoding)) return
    const text = iconv.decode(buffer, encoding)
    candidates.push({ encoding, text, score: chineseScore(text) })
  }
  const declared = declaredCharset ? canonicalEncoding(declaredCharset) : null
  if (declared) tryEncoding(declared)
  for (const match of ranked) {
    const encoding = canonicalEncoding(match.name)
    if (encoding === 'GB18030' || encoding === 'Big5') tryEncoding(encoding)
  }
  tryEncoding('GB18030')
  tryEncoding('Big5')
  // Stable sort: on a tie the declared charset, then chardet's ranking, then GB18030 wins.
  const best = [...candidates].sort((a, b) => b.score - a.score)[0]
  if (strictUtf8 !== null && best.score < SURE_CJK_SCORE) return checked({ text: strictUtf8, encoding: 'UTF-8' }, name, filePath)
  if (best.score >= MIN_CJK_SCORE) return checked({ text: best.text, encoding: best.encoding }, name, filePath)
  const fallback = ranked.map((m) => canonicalEncoding(m.name)).find((e) => e !== 'UTF-8' && iconv.encodingExists(e))
  if (fallback) return checked({ text: iconv.decode(buffer, fallback), encoding: fallback }, name, filePath)
  throw undecodable(name, filePath)
}

/**
 * Bytes in an encoding known beforehand (the one a web page was fetched in, see indexer/fetch/charset.ts).
 * Null when the bytes are not valid in it: strict for UTF-8, no replacement characters for the others.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  const name = canonicalEncoding(encoding)
  if (name === 'UTF-8') return tryUtf8(startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes)
  if (!iconv.encodingExists(name)) return null
  const text = iconv.decode(Buffer.from(bytes), name)
  return text.includes('\ufffd') ? null : text
}

/** iconv-lite and chardet names → the names reported here; the GB family is read as GB18030 (a superset). */
export function canonicalEncoding(name: string): string {
  const lower = name.trim().toLowerCase().replace(/^x-/, '')
  if (['gb2312', 'gbk', 'gb18030', 'cp936', 'euc-cn', 'gb_2312-80', 'windows-936'].includes(lower)) return 'GB18030'
  if (['big5', 'big5-hkscs', 'cp950'].includes(lower)) return 'Big5'
  if (lower === 'utf8' || lower === 'utf-8') return 'UTF-8'
  return name
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8(bytes, true)
  } catch {
    return null
  }
}

function utf8(bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes)
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/**
 * UTF-16 saved without its BOM (some export tools and scripts write it so): every ASCII character, the digits, stops and
 * line ends of a plan, pairs with a NUL byte, which no 8-bit Chinese encoding has. Read in the byte order whose
 * text reads as Chinese; when neither does, the NULs say binary, as before.
 */
function bomlessUtf16(bytes: Uint8Array): DecodedText | null {
  if (!bytes.subarray(0, SNIFF_BYTES).includes(0)) return null
  // A stray last byte (a copy cut short, a tool's trailing newline byte) does not make the rest any less UTF-16.
  const whole = bytes.subarray(0, bytes.length - (bytes.length % 2))
  for (const encoding of ['UTF-16LE', 'UTF-16BE']) {
    const sample = iconv.decode(Buffer.from(whole.subarray(0, 2 * SCORE_SAMPLE_CHARS)), encoding)
    if (chineseScore(sample) < SURE_CJK_SCORE || /[\u0000-\u0008\u000e-\u001a]/.test(sample)) continue
    return { text: iconv.decode(Buffer.from(whole), encoding), encoding }
  }
  return null
}

/** NUL bytes, or many control bytes, in the first 8 KB: no text encoding here produces them. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES)
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE
}

let commonHanzi: Set<string> | null = null

/**
 * The 3755 level-1 characters of GB2312, the standard's list of the most common Chinese characters,
 * read from the codec itself (rows 0xB0–0xD7) rather than typed in here.
 */
function commonChineseCharacters(): Set<string> {
  if (commonHanzi) return commonHanzi
  const bytes: number[] = []
  for (let row = 0xb0; row <= 0xd7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell)
  const text = iconv.decode(Buffer.from(bytes), 'gb2312')
  commonHanzi = new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch)))
  return commonHanzi
}

/** Share of non-ASCII characters that are common Chinese characters (after simplification); replacements count against. */
function chineseScore(text: string): number {
  const common = commonChineseCharacters()
  let nonAscii = 0
  let good = 0
  let bad = 0
  for (const ch of toSimplified(text.slice(0, SCORE_SAMPLE_CHARS))) {
    if (ch.charCodeAt(0) < 0x80) continue
    nonAscii++
    if (ch === '\ufffd') bad++
    else if (common.has(ch) || /[\u3000-\u303f\uff01-\uff5e\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/.test(ch)) good++
  }
  return nonAscii === 0 ? 1 : (good - 2 * bad) / nonAscii
}

function checked(decoded: DecodedText, name: string, filePath: string): DecodedText {
  const { text } = decoded
  if (text.length === 0) return decoded
  let replacements = 0
  for (const ch of text) if (ch === '\ufffd') replacements++
  if (replacements / text.length > MAX_REPLACEMENT_SHARE) throw undecodable(name, filePath)
  return decoded
}

function undecodable(name: string, filePath: string): UnreadableDocumentError {
  return new UnreadableDocumentError(
    'undecodable',
    filePath,
    `${name} is in a text encoding that could not be recognised (tried UTF-8, GB18030/GBK and Big5): save it as UTF-8 and index it again.`,
  )
}

export function displayName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() || filePath
}
