/**
 * What a downloaded file is, from its first bytes, its Content-Type and its name (the address path or the
 * Content-Disposition file name), in that order: bureau servers often send attachments as
 * application/octet-stream, and sometimes send a PDF as text/html.
 */
import type { ResponseMeta } from './http-fetch.js'

export type ContentKind = 'html' | 'docx' | 'pdf' | 'txt' | 'doc' | 'rtf' | 'ofd'

const BY_TYPE: Record<string, ContentKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'txt',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'application/vnd.ms-works': 'doc',
  'application/kswps': 'doc',
  'application/wps-office.doc': 'doc',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'application/ofd': 'ofd',
}
const BY_EXTENSION: Record<string, ContentKind> = { html: 'html', htm: 'html', shtml: 'html', txt: 'txt', pdf: 'pdf', docx: 'docx', doc: 'doc', wps: 'doc', rtf: 'rtf', ofd: 'ofd' }

/** The file extension a kind is stored under (the corpus reader picks its reader by extension). */
export const EXTENSION: Record<ContentKind, string> = { html: 'html', docx: 'docx', pdf: 'pdf', txt: 'txt', doc: 'doc', rtf: 'rtf', ofd: 'ofd' }

export function contentKind(meta: ResponseMeta, bytes: Uint8Array): ContentKind | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (head.includes('%PDF-')) return 'pdf'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc'
  if (head.startsWith('{\\rtf')) return 'rtf'
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const type = (meta.contentType ?? '').split(';')[0].trim().toLowerCase()
  const named = extensionKind(dispositionName(meta.contentDisposition)) ?? extensionKind(new URL(meta.url).pathname)
  if (isZip) {
    if (type === BY_TYPE_DOCX || named === 'docx' || head.includes('word/') || head.includes('[Content_Types].xml')) return 'docx'
    // An OFD package names its root part OFD.xml, usually first.
    return type === 'application/ofd' || named === 'ofd' || head.includes('OFD.xml') ? 'ofd' : null
  }
  const typed = BY_TYPE[type]
  if (typed === 'html' || typed === 'txt') return /^\s*(<!doctype html|<html|<head|<meta|<body)/i.test(head.replace(/^\ufeff/, '')) ? 'html' : typed
  if (typed) return typed
  if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream' || type === 'application/force-download') return named
  return null
}

const BY_TYPE_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function extensionKind(name: string | null): ContentKind | null {
  const m = /\.([a-z]+)$/i.exec(name ?? '')
  return m ? (BY_EXTENSION[m[1].toLowerCase()] ?? null) : null
}

/** `attachment; filename="a.docx"` or RFC 5987 `filename*=UTF-8''%E5%B7%A5.docx`. */
export function dispositionName(disposition: string | null): string | null {
  if (!disposition) return null
  const extended = /filename\*\s*=\s*[\w-]+'[^']*'([^;]+)/i.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      return extended[1].trim()
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1].trim() : null
}
