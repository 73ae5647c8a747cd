/**
 * The text of a fetched web page, decoded in the encoding the evidence trusts most: the charset of the
 * HTTP Content-Type header, then the page's <meta> charset, then detection from the bytes (the corpus
 * reader's decodeText: BOM, strict UTF-8, then scored GBK/Big5 candidates).
 *
 * A declaration is believed only when the bytes agree with it. Bureau sites often run behind servers that
 * label every page `charset=utf-8` while the page itself is GB2312: those bytes are not valid UTF-8, so
 * the header is passed over for the meta tag. The reverse slip (a legacy charset declared for a page
 * that is valid UTF-8 with Chinese in it) is passed over too, because GBK text almost never happens to be
 * valid UTF-8 while UTF-8 text read as GBK gives plausible-looking nonsense.
 */
import { canonicalEncoding, decodeAs, decodeText } from '../read/decode-text.js'
import { declaredCharset } from '../read/read-html.js'

export interface DecodedPage {
  text: string
  /** Canonical name as the corpus reader reports it: 'UTF-8', 'GB18030', 'Big5' … */
  encoding: string
  /** Which evidence decided. */
  encodingFrom: 'http' | 'meta' | 'detected'
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')
  return m ? m[1] : null
}

export function decodePage(bytes: Uint8Array, contentType: string | null, name: string): DecodedPage {
  const fromHeader = believable(bytes, headerCharset(contentType))
  if (fromHeader) return { ...fromHeader, encodingFrom: 'http' }
  const fromMeta = believable(bytes, declaredCharset(bytes))
  if (fromMeta) return { ...fromMeta, encodingFrom: 'meta' }
  const detected = decodeText(bytes, name)
  return { text: detected.text, encoding: detected.encoding.replace(/ \(BOM\)$/, ''), encodingFrom: 'detected' }
}

function believable(bytes: Uint8Array, charset: string | null): { text: string; encoding: string } | null {
  if (!charset) return null
  const encoding = canonicalEncoding(charset)
  const text = decodeAs(bytes, encoding)
  if (text === null) return null
  if (encoding !== 'UTF-8' && /[^\x00-\x7f]/.test(decodeAs(bytes, 'UTF-8') ?? '')) return null
  return { text, encoding }
}
