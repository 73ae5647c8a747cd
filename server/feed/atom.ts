/**
 * Atom 1.0 (RFC 4287) for a saved search: pure rendering, every value escaped. Entry titles are the
 * clauses' citations, summaries their snippets (HTML with only `<mark>`), links their pages.
 */

export interface AtomEntry {
  /** Absolute URL of the clause page: also the entry's permanent id. */
  url: string
  title: string
  /** ISO time; the clause's first-indexed date. */
  updated: string
  /** HTML snippet (escaped text and `<mark>` only). */
  summaryHtml: string
  categories: string[]
}

export interface AtomFeed {
  /** Absolute URL of this feed: its id and rel=self link. */
  selfUrl: string
  /** The same search in the web app. */
  alternateUrl: string
  title: string
  subtitle: string
  updated: string
  entries: AtomEntry[]
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Escapes text and drops characters XML 1.0 does not allow (C0 controls other than tab and line ends). */
export function xmlText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch])
}

function entry(e: AtomEntry): string {
  return [
    '  <entry>',
    `    <id>${xmlText(e.url)}</id>`,
    `    <title type="text">${xmlText(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>`,
    `    <published>${xmlText(e.updated)}</published>`,
    `    <updated>${xmlText(e.updated)}</updated>`,
    `    <summary type="html">${xmlText(e.summaryHtml)}</summary>`,
    ...e.categories.map((c) => `    <category term="${xmlText(c)}"/>`),
    '  </entry>',
  ].join('\n')
}

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlText(feed.selfUrl)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>`,
    `  <updated>${xmlText(feed.updated)}</updated>`,
    '  <author><name>教育工作要点检索</name></author>',
    '  <generator>教育工作要点检索</generator>',
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n')
}
