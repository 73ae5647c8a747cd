/**
 * Reading and writing the XML parts of a .docx (WordprocessingML) with xmldom: elements by local name in the
 * document's own namespace, whatever prefix it uses, and the part paths by the package's relationships.
 */
import { DOMParser } from '@xmldom/xmldom'
import type JSZip from 'jszip'

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
const OFFICE_DOCUMENT = /\/officeDocument$/

export interface DocxParts {
  document: string
  numbering: string | null
  styles: string | null
  footnotes: string | null
  endnotes: string | null
  /** The page header parts (header1.xml …), in the order the relationships list them. */
  headers: string[]
}

/** The package's main document part and its numbering, styles, notes and header parts, by their relationships. */
export async function partsOf(zip: JSZip): Promise<DocxParts | null> {
  const packageRels = await zip.file('_rels/.rels')?.async('string')
  const document = (packageRels && targets(packageRels, '', OFFICE_DOCUMENT)[0]) ?? 'word/document.xml'
  if (!zip.file(document)) return null
  const folder = document.includes('/') ? document.slice(0, document.lastIndexOf('/') + 1) : ''
  const rels = await zip.file(`${folder}_rels/${document.slice(folder.length)}.rels`)?.async('string')
  const find = (type: RegExp, fallback: string) => (rels ? (targets(rels, folder, type)[0] ?? null) : zip.file(fallback) ? fallback : null)
  return {
    document,
    numbering: find(/\/numbering$/, `${folder}numbering.xml`),
    styles: find(/\/styles$/, `${folder}styles.xml`),
    footnotes: find(/\/footnotes$/, `${folder}footnotes.xml`),
    endnotes: find(/\/endnotes$/, `${folder}endnotes.xml`),
    headers: rels ? targets(rels, folder, /\/header$/) : [],
  }
}

/** Targets of the relationships of a type, as zip paths (relative ones resolved against `folder`). */
function targets(relsXml: string, folder: string, type: RegExp): string[] {
  const doc = parseXml(relsXml)
  return Array.from(doc.getElementsByTagName('Relationship'))
    .filter((r) => type.test(r.getAttribute('Type') ?? '') && r.getAttribute('TargetMode') !== 'External')
    .map((r) => {
      const target = r.getAttribute('Target') ?? ''
      return target.startsWith('/') ? target.slice(1) : `${folder}${target}`
    })
}

export function parseXml(xml: string): Document {
  return new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message) => {
        throw new Error(message)
      },
      fatalError: (message) => {
        throw new Error(message)
      },
    },
  }).parseFromString(xml, 'text/xml')
}

/** Child elements of `parent` named `local` in its namespace (w:…, whatever the prefix). */
export function children(parent: Element | null, local: string): Element[] {
  const out: Element[] = []
  for (let n = parent?.firstChild ?? null; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element)
  }
  return out
}

export const child = (parent: Element | null, local: string): Element | null => children(parent, local)[0] ?? null

/** An attribute in the element's own namespace (w:val on a w: element), or unprefixed. */
export function attr(el: Element | null, local: string): string | null {
  if (!el) return null
  return el.getAttributeNS(el.namespaceURI, local) || el.getAttribute(local) || null
}

export const val = (el: Element | null) => attr(el, 'val')

export function intVal(el: Element | null): number | null {
  const v = val(el)
  return v !== null && /^-?\d+$/.test(v) ? Number(v) : null
}

/** Inside an mc:AlternateContent's w:Choice, whose fallback holds the same content again (mammoth reads the fallback). */
export function insideChoice(el: Element): boolean {
  for (let n = el.parentNode; n; n = n.parentNode) if (n.nodeType === 1 && (n as Element).namespaceURI === MC_NS && (n as Element).localName === 'Choice') return true
  return false
}

/** A run holding `text`, made in the namespace and prefix of `near` (an element of the same part). */
export function textRun(near: Element, text: string): Element {
  const doc = near.ownerDocument!
  const prefix = near.prefix ? `${near.prefix}:` : ''
  const run = doc.createElementNS(near.namespaceURI, `${prefix}r`)
  const t = doc.createElementNS(near.namespaceURI, `${prefix}t`)
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve')
  t.appendChild(doc.createTextNode(text))
  run.appendChild(t)
  return run
}
