/**
 * An original document from the corpus folder, for download: the path must stay inside the folder
 * (no `..`, no absolute path, no symbolic link out of it), the content type follows the extension,
 * and the file name sent is the user's own, made safe for a header.
 */
import { realpathSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, extname, isAbsolute, relative, resolve } from 'node:path'

/** The document types the indexer reads; text files may be GBK or Big5, so no charset is claimed for them. */
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.rtf': 'application/rtf',
  '.ofd': 'application/ofd',
  // WPS Office's files have no registered type: a download, opened by whatever the user has for them.
  '.wps': 'application/octet-stream',
}

export interface SourceFile {
  bytes: Uint8Array
  contentType: string
  /** The file's own name (no folders). */
  name: string
  /** An ASCII name for clients that cannot read RFC 5987 names. */
  fallbackName: string
}

export type SourceFileProblem = 'outside' | 'missing' | 'unsupported'

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/** Resolves `file` (relative to the corpus folder) or says why it cannot be served. */
export function locateSourceFile(corpusDir: string, file: string): { path: string } | { problem: SourceFileProblem } {
  if (!file || isAbsolute(file) || file.includes('\0')) return { problem: 'outside' }
  const root = resolve(corpusDir)
  const path = resolve(root, file)
  if (!inside(root, path)) return { problem: 'outside' }
  if (!(extname(path).toLowerCase() in CONTENT_TYPES)) return { problem: 'unsupported' }
  try {
    if (!inside(realpathSync(root), realpathSync(path))) return { problem: 'outside' }
    if (!statSync(path).isFile()) return { problem: 'missing' }
  } catch {
    return { problem: 'missing' }
  }
  return { path }
}

export async function readSourceFile(path: string, planId: string): Promise<SourceFile> {
  const ext = extname(path).toLowerCase()
  const name = basename(path).replace(/[\u0000-\u001f\u007f"\\]/g, '_')
  return { bytes: new Uint8Array(await readFile(path)), contentType: CONTENT_TYPES[ext], name, fallbackName: `${planId.replace(/[^\w.-]/g, '_')}${ext}` }
}
