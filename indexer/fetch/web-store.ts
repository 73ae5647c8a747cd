/**
 * Fetched originals under data/corpus/web/<host>/, each beside a sidecar `<file>.source.json` that says
 * where it came from. The corpus stays an ordinary folder: `npm run index` reads these files offline like
 * any others and takes the plan's source address from the sidecar; a later `--url` run finds the
 * validators (ETag, Last-Modified) there and asks the site for the file only if it changed.
 *
 * File names are readable (the page title or the attachment's link text) and end with a short hash of
 * the address they came from, so two pages with the same title never overwrite each other.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** One HTTP fetch of one file. */
export interface FetchRecord {
  /** The address requested. */
  url: string
  /** The address that answered, after redirects. */
  finalUrl: string
  /** When this copy was downloaded (ISO time). */
  fetchedAt: string
  /** The server's Date header. Neither this nor lastModified is the document's publication date. */
  httpDate: string | null
  etag: string | null
  lastModified: string | null
  contentType: string | null
  /** sha256 of the bytes stored. */
  sha256: string
}

/** The sidecar record of one stored document. */
export interface WebSidecar {
  /** The address the user listed: it becomes the plan's source address. */
  source: string
  /** How this file was fetched. */
  fetch: FetchRecord
  /** The notice page that linked to this file, when the file is an attachment (附件). */
  page: FetchRecord | null
  /** The attachment's link text on that page. */
  linkText: string | null
  /** Encoding chosen at fetch time for html and text (HTTP header → meta → detection); null otherwise. */
  encoding: string | null
  encodingFrom: 'http' | 'meta' | 'detected' | null
  /**
   * The later pages of an article split over several, written into this copy of its first page
   * (page-continuation.ts); the copy is then stored as UTF-8 and `fetch.sha256` is that of the merged bytes.
   */
  laterPages?: string[]
}

export interface StoredDocument {
  /** Path of the document file. */
  path: string
  sidecar: WebSidecar
}

export const SIDECAR_SUFFIX = '.source.json'
const MAX_NAME_CHARS = 60

/** The folder of one site: its host, with the port when there is one (`127.0.0.1_8123`). */
export function hostFolder(webDir: string, url: string): string {
  return join(webDir, new URL(url).host.replace(/[^\w.-]/g, '_'))
}

/** `江门市教育局2023年工作要点-1a2b3c4d.docx`: readable title, hash of the address, extension. */
export function documentFileName(title: string, url: string, extension: string): string {
  const readable = title
    .replace(/\.(docx?|pdf|txt|wps|html?)$/i, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  const short = [...readable].slice(0, MAX_NAME_CHARS).join('').trim() || 'page'
  return `${short}-${createHash('sha256').update(url).digest('hex').slice(0, 8)}.${extension}`
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The sidecar of a corpus file, or null when the file was not fetched from the web (or its sidecar is damaged). */
export async function readWebSidecar(path: string): Promise<WebSidecar | null> {
  const sidecar = `${path}${SIDECAR_SUFFIX}`
  if (!existsSync(sidecar)) return null
  try {
    const record = JSON.parse(await readFile(sidecar, 'utf8')) as WebSidecar
    return typeof record.source === 'string' && record.fetch ? record : null
  } catch {
    return null
  }
}

/** Documents stored earlier for this address (whose files are still there), in file name order. */
export async function storedDocumentsOf(webDir: string, address: string): Promise<StoredDocument[]> {
  const folder = hostFolder(webDir, address)
  if (!existsSync(folder)) return []
  const found: StoredDocument[] = []
  for (const name of (await readdir(folder)).sort()) {
    if (!name.endsWith(SIDECAR_SUFFIX)) continue
    const path = join(folder, name.slice(0, -SIDECAR_SUFFIX.length))
    const sidecar = await readWebSidecar(path)
    if (sidecar?.source === address && existsSync(path)) found.push({ path, sidecar })
  }
  return found
}

/** Writes the file and then its sidecar, each through a temporary name, so a crash never leaves half a file. */
export async function storeDocument(webDir: string, name: string, bytes: Uint8Array, sidecar: WebSidecar): Promise<StoredDocument> {
  const folder = hostFolder(webDir, sidecar.source)
  await mkdir(folder, { recursive: true })
  const path = join(folder, name)
  await writeAtomic(path, bytes)
  await writeAtomic(`${path}${SIDECAR_SUFFIX}`, `${JSON.stringify(sidecar, null, 2)}\n`)
  return { path, sidecar }
}

/** Updates the record of a stored document whose bytes did not change. */
export async function rewriteSidecar(path: string, sidecar: WebSidecar): Promise<StoredDocument> {
  await writeAtomic(`${path}${SIDECAR_SUFFIX}`, `${JSON.stringify(sidecar, null, 2)}\n`)
  return { path, sidecar }
}

export async function removeDocument(path: string): Promise<void> {
  await rm(path, { force: true })
  await rm(`${path}${SIDECAR_SUFFIX}`, { force: true })
}

async function writeAtomic(path: string, content: Uint8Array | string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, content)
  await rename(tmp, path)
}
