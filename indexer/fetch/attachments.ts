/**
 * Attachment (附件) links of a published notice. Many bureaus publish the 工作要点 as a short notice —
 * a title, one sentence (现将《…工作要点》印发给你们) and links to the plan as .docx, .pdf or .doc — so the
 * page is only a wrapper and the text is in the attachment.
 *
 * A link is a document when its address or its text ends in a document extension (download scripts
 * such as `/download?id=123` are named by their link text, `附件1：2023年工作要点.docx`). Links in the
 * page furniture (navigation, header, footer, sidebars) are ignored. When the same document is offered
 * in several formats, the one read best is kept: .docx (paragraphs), .rtf (paragraphs), then .pdf and .ofd
 * (printed lines), .txt, then .doc/.wps.
 */
import { parse, type HTMLElement } from 'node-html-parser'

export type AttachmentKind = 'docx' | 'pdf' | 'txt' | 'doc' | 'rtf' | 'ofd'

export interface AttachmentLink {
  url: string
  /** The link text, e.g. `附件：江门市教育局2023年工作要点.docx`. */
  text: string
  kind: AttachmentKind
}

const KINDS: Record<string, AttachmentKind> = { docx: 'docx', pdf: 'pdf', txt: 'txt', doc: 'doc', wps: 'doc', rtf: 'rtf', ofd: 'ofd' }
const PREFERENCE: AttachmentKind[] = ['docx', 'rtf', 'pdf', 'ofd', 'txt', 'doc']
const FURNITURE = 'nav, header, footer, aside'
/**
 * A page with fewer Chinese characters than this in its main text does not hold a plan: the shortest
 * 工作要点 of the corpus has over 3 000, a notice that wraps an attachment has about 50–300.
 */
export const WRAPPER_MAX_HAN = 600

/** True when the page's main text is too short to be the plan itself. */
export function isWrapperText(mainText: string): boolean {
  return (mainText.match(/\p{Script=Han}/gu)?.length ?? 0) < WRAPPER_MAX_HAN
}

export function findAttachments(html: string, pageUrl: string): AttachmentLink[] {
  const root = parse(html, { comment: false })
  const baseHref = root.querySelector('base')?.getAttribute('href')
  const base = baseHref ? safeUrl(baseHref, pageUrl) ?? pageUrl : pageUrl
  const furniture = new Set(root.querySelectorAll(FURNITURE))
  const found = new Map<string, AttachmentLink>()
  for (const a of root.querySelectorAll('a[href]')) {
    if (insideAny(a, furniture)) continue
    const url = safeUrl(a.getAttribute('href')!, base)
    if (!url || !/^https?:$/.test(new URL(url).protocol)) continue
    const text = a.text.replace(/\s+/g, ' ').trim() || (a.getAttribute('title') ?? '').trim()
    const kind = kindOf(new URL(url).pathname) ?? kindOf(text)
    if (kind && !found.has(url)) found.set(url, { url, text, kind })
  }
  return preferBestFormat([...found.values()])
}

/** `.docx` and `.pdf` of the same name (link text or file name without extension) → the better one. */
function preferBestFormat(links: AttachmentLink[]): AttachmentLink[] {
  const byStem = new Map<string, AttachmentLink>()
  for (const link of links) {
    const stem = stemOf(link)
    const kept = byStem.get(stem)
    if (!kept || PREFERENCE.indexOf(link.kind) < PREFERENCE.indexOf(kept.kind)) byStem.set(stem, link)
  }
  const chosen = new Set(byStem.values())
  return links.filter((l) => chosen.has(l))
}

function stemOf(link: AttachmentLink): string {
  const fromText = link.text.replace(/\.(docx?|pdf|txt|wps|rtf|ofd)$/i, '').replace(/^附件\s*\d*\s*[:：.、]?\s*/, '').trim()
  if (fromText) return fromText
  const file = decodeURIComponent(new URL(link.url).pathname.split('/').pop() ?? '')
  return file.replace(/\.[a-z]+$/i, '')
}

function kindOf(name: string): AttachmentKind | null {
  const m = /\.([a-z]{3,4})\s*[)）]?$/i.exec(name)
  return m ? (KINDS[m[1].toLowerCase()] ?? null) : null
}

function insideAny(el: HTMLElement, containers: Set<HTMLElement>): boolean {
  for (let node = el.parentNode; node; node = node.parentNode) if (containers.has(node)) return true
  return false
}

/** `href` read against `base`, without its #fragment; null when it is no address. */
export function safeUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base)
    url.hash = ''
    return url.href
  } catch {
    return null
  }
}
