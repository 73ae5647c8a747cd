/**
 * `npm run index -- --url …`: each address is fetched into data/corpus/web/ (see web-store.ts) and then
 * indexed with the rest of the corpus. A page that holds the plan is stored as .html; a notice that only
 * wraps attachments gives its .docx/.pdf/.txt attachments instead; an article split over several pages is
 * stored as one, its later pages written into its first (page-continuation.ts). Every stored document is read once
 * with the corpus reader, so an address whose result cannot be indexed is reported here, with its reason.
 *
 * A second run sends each stored file's validators; a 304 keeps the stored copy, whose bytes and therefore
 * whose cached parse are unchanged. Failures are per address: the run goes on with the next one.
 */
import { relative } from 'node:path'
import { extractHtml } from '../read/read-html.js'
import { DEFAULT_MAX_BYTES, readDocument, UnreadableDocumentError } from '../read/read-document.js'
import { findAttachments, isWrapperText, type AttachmentLink } from './attachments.js'
import { decodePage, type DecodedPage } from './charset.js'
import { contentKind, dispositionName, EXTENSION, type ContentKind } from './content-kind.js'
import { FetchError, type FetchFailure } from './fetch-error.js'
import { fetchFollowing, type FetchLimits, type FetchOutcome, type Validators } from './http-fetch.js'
import { fetchLaterPages, mergeArticlePages, utf8Html, type FetchedPage } from './page-continuation.js'
import { createPoliteQueue } from './polite-queue.js'
import { createSiteGate, type SiteGate } from './site-gate.js'
import { parseAddress } from './url-policy.js'
import { documentFileName, removeDocument, rewriteSidecar, sha256, storedDocumentsOf, storeDocument, type FetchRecord, type StoredDocument, type WebSidecar } from './web-store.js'

/** The robots.txt product token and the start of the User-Agent. */
export const PRODUCT_TOKEN = 'policy-search-portal'
export const USER_AGENT = `${PRODUCT_TOKEN}/0.1 (indexer of municipal education work plans; one request at a time per host)`

export interface FetchOptions {
  /** Where fetched documents are stored: data/corpus/web. */
  webDir: string
  /** Allow private, loopback and link-local addresses (tests, intranet sites). Default false. */
  allowPrivate?: boolean
  /** Pause between two requests to the same host (default 1 s). */
  delayMs?: number
  /** Deadline of one request (default 30 s). */
  timeoutMs?: number
  /** Largest file accepted (default 50 MB, the corpus reader's limit). */
  maxBytes?: number
  /** Redirects followed per request (default 5). */
  maxRedirects?: number
  userAgent?: string
  /** Sites fetched at the same time (default 4). */
  concurrency?: number
  onAddress?: (report: AddressReport, done: number, total: number) => void
}

export interface AddressReport {
  address: string
  /** `fetched`: new or changed; `not-modified`: every stored file answered 304; `failed`: nothing to index. */
  status: 'fetched' | 'not-modified' | 'failed'
  /** The address that answered, after redirects (null when nothing answered). */
  finalUrl: string | null
  /** Stored documents, relative to the web folder. */
  files: string[]
  failure: { code: FetchFailure | 'unreadable'; message: string } | null
  /** Attachments that could not be used while others could. */
  notes: string[]
}

export interface FetchReport {
  addresses: AddressReport[]
  fetched: number
  notModified: number
  failed: number
}

const DEFAULT_CONCURRENCY = 4

const ACCEPT = 'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5'

/** Addresses from a list file: one per line; blank lines and `#` comments (whole line or after the address) are ignored. */
export function parseAddressList(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '')
}

export async function fetchUrls(addresses: string[], opts: FetchOptions): Promise<FetchReport> {
  const limits: FetchLimits = {
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: opts.maxRedirects ?? 5,
    userAgent: opts.userAgent ?? USER_AGENT,
    allowPrivate: opts.allowPrivate ?? false,
  }
  const gate = createSiteGate(limits, createPoliteQueue(opts.delayMs ?? 1000), PRODUCT_TOKEN)
  const unique = [...new Set(addresses)]
  const reports: AddressReport[] = new Array(unique.length)
  let done = 0
  // Sites are fetched side by side (a few at a time), the addresses of one site one after the other; the
  // queue still keeps every host, redirect targets included, to one request at a time.
  const bySite = new Map<string, number[]>()
  unique.forEach((address, i) => {
    const key = siteOf(address)
    bySite.set(key, [...(bySite.get(key) ?? []), i])
  })
  const sites = [...bySite.values()]
  const worker = async () => {
    for (let site = sites.shift(); site; site = sites.shift()) {
      for (const i of site) {
        reports[i] = await fetchAddress(unique[i], { ...opts, limits, gate })
        opts.onAddress?.(reports[i], ++done, unique.length)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, worker))
  return {
    addresses: reports,
    fetched: reports.filter((r) => r.status === 'fetched').length,
    notModified: reports.filter((r) => r.status === 'not-modified').length,
    failed: reports.filter((r) => r.status === 'failed').length,
  }
}

interface Context {
  webDir: string
  limits: FetchLimits
  gate: SiteGate
}

async function fetchAddress(address: string, ctx: Context): Promise<AddressReport> {
  const report: AddressReport = { address, status: 'failed', finalUrl: null, files: [], failure: null, notes: [] }
  try {
    const url = parseAddress(address)
    report.address = url.href
    const previous = await storedDocumentsOf(ctx.webDir, url.href)
    const pageRecord = previous[0] ? (previous[0].sidecar.page ?? previous[0].sidecar.fetch) : null
    const outcome = await get(url, pageRecord, ctx)
    report.finalUrl = outcome.meta.url
    const kept =
      outcome.kind === 'not-modified'
        ? await refreshAttachments(previous, ctx, report)
        : await storeOutcome(url.href, outcome, previous, ctx, report)
    for (const old of previous) if (!kept.some((k) => k.path === old.path)) await removeDocument(old.path)
    report.files = kept.map((k) => relative(ctx.webDir, k.path))
    if (kept.length === 0 && !report.failure) report.failure = { code: 'no_text', message: `${url.href} gave no document to index.` }
    report.status = kept.length === 0 ? 'failed' : report.status
    if (kept.length > 0) report.failure = null
  } catch (err) {
    report.status = 'failed'
    report.failure = failureOf(err)
  }
  return report
}

function get(url: URL, known: FetchRecord | null, ctx: Context): Promise<FetchOutcome> {
  const validators: Validators | null = known && (known.etag || known.lastModified) ? { etag: known.etag, lastModified: known.lastModified } : null
  return fetchFollowing(url, { limits: ctx.limits, validators, accept: ACCEPT, ...ctx.gate })
}

/** The page did not change: its attachments (if it wraps any) may have, so each is asked for conditionally. */
async function refreshAttachments(previous: StoredDocument[], ctx: Context, report: AddressReport): Promise<StoredDocument[]> {
  report.status = 'not-modified'
  const kept: StoredDocument[] = []
  for (const doc of previous) {
    if (!doc.sidecar.page) {
      kept.push(doc)
      continue
    }
    try {
      const outcome = await get(new URL(doc.sidecar.fetch.url), doc.sidecar.fetch, ctx)
      if (outcome.kind === 'not-modified') {
        kept.push(doc)
        continue
      }
      report.status = 'fetched'
      kept.push(await storeAttachment(doc.sidecar.source, { url: doc.sidecar.fetch.url, text: doc.sidecar.linkText ?? '' }, outcome, doc.sidecar.page, ctx))
    } catch (err) {
      report.notes.push(failureOf(err).message)
      kept.push(doc) // The copy from the last run stays indexed until the attachment can be fetched again.
    }
  }
  return kept
}

async function storeOutcome(source: string, outcome: Extract<FetchOutcome, { kind: 'body' }>, previous: StoredDocument[], ctx: Context, report: AddressReport): Promise<StoredDocument[]> {
  report.status = 'fetched'
  const record = fetchRecord(source, outcome)
  const kind = requireReadable(contentKind(outcome.meta, outcome.bytes), outcome, source)
  if (kind !== 'html') {
    const name = documentFileName(dispositionName(outcome.meta.contentDisposition) ?? lastSegment(outcome.meta.url), source, EXTENSION[kind])
    return [await verified({ source, fetch: record, page: null, linkText: null, ...textEncoding(kind, outcome) }, name, outcome.bytes, ctx)]
  }
  const page = decodePage(outcome.bytes, outcome.meta.contentType, lastSegment(outcome.meta.url))
  const main = extractHtml(page.text)
  if (!isWrapperText(main.text)) {
    // Only an article's pages are followed: a notice or a list page's 下一页 leads to more notices.
    const later = await fetchLaterPages(page.text, outcome.meta.url, (address) => fetchHtmlPage(address, ctx))
    if (later.failure) {
      const { page: n, url: failed, error } = later.failure
      report.notes.push(`第 ${n} 页 ${failed}: ${failureOf(error).message}（已保存此前的 ${n - 1} 页）`)
    }
    const name = documentFileName(pageTitle(page.text) ?? lastSegment(outcome.meta.url), source, 'html')
    if (later.pages.length === 0) {
      return [await verified({ source, fetch: record, page: null, linkText: null, encoding: page.encoding, encodingFrom: page.encodingFrom }, name, outcome.bytes, ctx)]
    }
    const bytes = utf8Html(mergeArticlePages(page.text, later.pages, main.text))
    const sidecar: WebSidecar = { source, fetch: { ...record, sha256: sha256(bytes) }, page: null, linkText: null, encoding: 'UTF-8', encodingFrom: 'meta', laterPages: later.urls }
    return [await verified(sidecar, name, bytes, ctx)]
  }
  const links = findAttachments(page.text, outcome.meta.url)
  if (links.length === 0) {
    const han = main.text.match(/\p{Script=Han}/gu)?.length ?? 0
    throw new FetchError('no_text', source, `${source} has ${han === 0 ? 'no text' : `only ${han} Chinese characters of text`} and links no .docx, .pdf, .doc or .txt attachment: it does not hold a plan (a page built by script, a login wall or a list page?). Open it in a browser and give the plan's own address.`)
  }
  const kept: StoredDocument[] = []
  for (const link of links) {
    try {
      const known = previous.find((p) => p.sidecar.fetch.url === link.url)
      const got = await get(new URL(link.url), known?.sidecar.fetch ?? null, ctx)
      // An unchanged attachment keeps its bytes (and so its cached parse); its sidecar takes the page's new
      // validators, or the next run would download the page again.
      if (got.kind === 'not-modified' && known) kept.push(await rewriteSidecar(known.path, { ...known.sidecar, page: record }))
      else if (got.kind === 'body') kept.push(await storeAttachment(source, link, got, record, ctx))
    } catch (err) {
      const failure = failureOf(err)
      if (!report.failure) report.failure = failure
      report.notes.push(`附件 ${link.text || link.url}: ${failure.message}`)
    }
  }
  return kept
}

/** A later page of an article, as text; anything but a web page is refused. */
async function fetchHtmlPage(address: string, ctx: Context): Promise<FetchedPage> {
  const got = await get(new URL(address), null, ctx)
  if (got.kind !== 'body' || contentKind(got.meta, got.bytes) !== 'html') throw new FetchError('unsupported_type', address, `${address} is not a web page.`)
  return { html: decodePage(got.bytes, got.meta.contentType, lastSegment(got.meta.url)).text, url: got.meta.url }
}

async function storeAttachment(source: string, link: Pick<AttachmentLink, 'url' | 'text'>, outcome: Extract<FetchOutcome, { kind: 'body' }>, page: FetchRecord, ctx: Context): Promise<StoredDocument> {
  const kind = requireReadable(contentKind(outcome.meta, outcome.bytes), outcome, link.url)
  const title = link.text.replace(/^附件\s*\d*\s*[:：.、]?\s*/, '') || dispositionName(outcome.meta.contentDisposition) || lastSegment(outcome.meta.url)
  const name = documentFileName(title, link.url, EXTENSION[kind])
  return verified({ source, fetch: fetchRecord(link.url, outcome), page, linkText: link.text, ...textEncoding(kind, outcome) }, name, outcome.bytes, ctx)
}

/** Stores the document and reads it once with the corpus reader; a document that cannot be read is not kept. */
async function verified(sidecar: WebSidecar, name: string, bytes: Uint8Array, ctx: Context): Promise<StoredDocument> {
  const stored = await storeDocument(ctx.webDir, name, bytes, sidecar)
  try {
    await readDocument(stored.path, { encoding: sidecar.encoding })
    return stored
  } catch (err) {
    await removeDocument(stored.path)
    throw err
  }
}

function requireReadable(kind: ContentKind | null, outcome: Extract<FetchOutcome, { kind: 'body' }>, url: string): ContentKind {
  if (kind === null) {
    throw new FetchError('unsupported_type', url, `${url} is ${outcome.meta.contentType ?? 'of unknown type'}, not a web page, .docx, .doc, .rtf, .pdf, .ofd or .txt: give the address of the plan's page or document.`)
  }
  return kind
}

function textEncoding(kind: ContentKind, outcome: Extract<FetchOutcome, { kind: 'body' }>): Pick<WebSidecar, 'encoding' | 'encodingFrom'> {
  if (kind !== 'txt') return { encoding: null, encodingFrom: null }
  const page: DecodedPage = decodePage(outcome.bytes, outcome.meta.contentType, lastSegment(outcome.meta.url))
  return { encoding: page.encoding, encodingFrom: page.encodingFrom }
}

function fetchRecord(url: string, outcome: Extract<FetchOutcome, { kind: 'body' }>): FetchRecord {
  const { meta } = outcome
  return {
    url,
    finalUrl: meta.url,
    fetchedAt: new Date().toISOString(),
    httpDate: meta.date,
    etag: meta.etag,
    lastModified: meta.lastModified,
    contentType: meta.contentType,
    sha256: sha256(outcome.bytes),
  }
}

function siteOf(address: string): string {
  try {
    return new URL(address.trim()).host.toLowerCase()
  } catch {
    return address
  }
}

function pageTitle(html: string): string | null {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)
  const title = m?.[1].replace(/&nbsp;|\s+/g, ' ').trim()
  return title ? title.split(/\s*[_|｜-]\s*/)[0] || title : null
}

function lastSegment(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? new URL(url).hostname
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function failureOf(err: unknown): NonNullable<AddressReport['failure']> {
  if (err instanceof FetchError) return { code: err.code, message: err.message }
  if (err instanceof UnreadableDocumentError) {
    const code = err.code === 'empty' || err.code === 'no_text_layer' ? 'no_text' : err.code === 'too_large' ? 'too_large' : err.code === 'unsupported_format' ? 'unsupported_type' : 'unreadable'
    return { code, message: err.message }
  }
  return { code: 'network', message: (err as Error).message ?? String(err) }
}
