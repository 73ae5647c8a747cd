/**
 * Word's soft line breaks (Shift+Enter: w:br without a type, or of type textWrapping; w:cr) as the line breaks a
 * reader sees. mammoth's raw text drops them, so a paragraph typed `一、总体要求⏎全面贯彻…` came out as one line
 * `一、总体要求全面贯彻…`, the chapter's title run into its prose. A break inside a paragraph is no paragraph end the
 * author made: it is written as a single newline, which the cleaner joins again where it cuts a sentence
 * (clean/join-lines.ts) and keeps where it ends a heading or a sentence. Page and column breaks break no line.
 */
import { textRun } from './docx-xml.js'

/** Replaces each soft line break of `doc` by a newline in a run of its own; returns how many were replaced. */
export function writeSoftBreaks(doc: Document): number {
  const ns = doc.documentElement!.namespaceURI
  const breaks = [...Array.from(doc.getElementsByTagNameNS(ns, 'br')), ...Array.from(doc.getElementsByTagNameNS(ns, 'cr'))]
  let replaced = 0
  for (const br of breaks) {
    const type = br.getAttributeNS(ns, 'type') || br.getAttribute('w:type')
    if (br.localName === 'br' && type && type !== 'textWrapping') continue
    const run = br.parentNode as Element | null
    if (!run || run.localName !== 'r') continue
    // The newline goes where the break stood, between the run's text before and after it.
    const t = textRun(br, '\n').firstChild!
    run.replaceChild(t, br)
    replaced++
  }
  return replaced
}
