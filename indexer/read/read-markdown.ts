/**
 * The text of a Markdown file as a reader sees it rendered: headings, paragraphs, list items and table rows
 * as lines, a blank line between blocks (as for html and docx, so the cleaner joins only lines broken inside
 * a paragraph), without the syntax (# ** - > | ``` [text](url)) that would otherwise land in titles and
 * clauses. An ordered list's items get the numbers it renders (its start, counting on), which is what a
 * `1.` typed before every item means; a task table reads as one numbered line per task (task-table.ts).
 * Its `#` headings go beside the text with their depth as level (SourceDocument.headings), the first one left out
 * when it is the plan's title (title-heading.ts): a plan that heads its chapters `## 全面加强党的建设` and its
 * sections `###`, printing no 一、, has them as chapters and sections (structure/styled-headings.ts); a paragraph bold
 * from end to end heads too, below the `#` levels.
 */
import { decodeHTML } from 'entities'
import { lexer, type Token, type Tokens } from 'marked'
import { parse } from 'node-html-parser'
import type { StyledHeading } from '../structure/styled-headings.js'
import { BOLD } from './html-headings.js'
import { CONTENTS_LINE, isContentsList, TOC_MARKER } from './markdown-contents.js'
import { innerListsRestart, isTitledOutline } from './markdown-list-outline.js'
import { taskTableLines } from './task-table.js'
import { withoutTitle } from './title-heading.js'
import { splitFrontMatter } from './markdown-front-matter.js'

export function markdownToText(source: string): string {
  return readMarkdown(source).text
}

/** The text as rendered, and its headings (those at the top level of the file, not in a list or quote). */
export function readMarkdown(source: string): { text: string; headings: StyledHeading[]; fields: Record<string, string> } {
  const blocks: string[] = []
  const headings: StyledHeading[] = []
  // Front matter is the file's metadata (markdown-front-matter.ts), not its first paragraph.
  const { body, fields } = splitFrontMatter(source.replace(/\r\n?/g, '\n'))
  for (const token of lexer(body)) {
    // A table of contents (markdown-contents.ts) is left out, with the 目录 line over it.
    if (token.type === 'list' && isContentsList(token as Tokens.List)) {
      const above = blocks.at(-1)?.trim() ?? ''
      if (CONTENTS_LINE.test(above)) blocks.pop()
      if (CONTENTS_LINE.test(above) && headings.at(-1)?.text === above) headings.pop()
      continue
    }
    if (token.type === 'paragraph' && TOC_MARKER.test(token.text.trim())) continue
    // Chapters as the items of an outer ordered list over their clauses (markdown-list-outline.ts): headings, not items.
    // Over inner lists that start again at 1 each title keeps the number drawn for it, which the chapter keeps
    // (structure/styled-headings.ts); over lists that count on, it draws none.
    if (token.type === 'list' && isTitledOutline(token as Tokens.List, blockText)) {
      const list = token as Tokens.List
      const numbered = innerListsRestart(list)
      const start = typeof list.start === 'number' ? list.start : 1
      list.items.forEach((item, i) => {
        const [title, ...rest] = item.tokens
        const marker = numbered ? `${start + i}.` : ''
        headings.push({ text: marker + blockText(title).trim(), level: BOLD })
        collectBlock(title, blocks, marker)
        for (const t of rest) collectBlock(t, blocks)
      })
      continue
    }
    collectBlock(token, blocks)
    if (token.type === 'heading') headings.push({ text: inline(token.tokens ?? []).trim(), level: (token as Tokens.Heading).depth })
    else if (token.type === 'paragraph' && isBoldLine(token as Tokens.Paragraph)) headings.push({ text: inline(token.tokens ?? []).trim(), level: BOLD })
  }
  const text = blocks
    .map((b) => b.replace(/[ \t]+$/gm, '').trim())
    .filter((b) => b !== '')
    .join('\n\n')
  return { text, headings: withoutTitle(headings.filter((h) => h.text !== '')), fields }
}

function collectBlock(token: Token, blocks: string[], marker = ''): void {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      blocks.push(marker + inline(token.tokens ?? []))
      return
    case 'text':
      blocks.push(marker + ('tokens' in token && token.tokens ? inline(token.tokens) : token.text))
      return
    case 'code':
      blocks.push(marker + token.text)
      return
    case 'blockquote':
      for (const t of (token as Tokens.Blockquote).tokens) collectBlock(t, blocks)
      return
    case 'list':
      collectList(token as Tokens.List, blocks)
      return
    case 'table': {
      const table = token as Tokens.Table
      const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inline(cell.tokens).trim()))
      blocks.push(...(taskTableLines(rows) ?? rows.map((row) => row.join(' '))))
      return
    }
    case 'html':
      blocks.push(marker + stripTags(token.text))
      return
    default:
      // space, hr, def: nothing a reader reads.
      return
  }
}

/**
 * A paragraph bold from end to end (`**全面加强党的建设**`) heads what follows, as a web page's bold line does
 * (html-headings.ts), a level below every `#` heading; a bold lead phrase before the paragraph's text does not.
 */
function isBoldLine(paragraph: Tokens.Paragraph): boolean {
  const words = paragraph.tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''))
  return words.length === 1 && words[0].type === 'strong'
}

/** A block's text as rendered, without a list marker. */
function blockText(token: Token): string {
  const out: string[] = []
  collectBlock(token, out)
  return out.join('\n')
}

function collectList(list: Tokens.List, blocks: string[]): void {
  const start = typeof list.start === 'number' ? list.start : 1
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${start + i}.` : ''
    const [first, ...rest] = item.tokens
    // The number goes before the item's first block; a nested list or a second paragraph follows on its own.
    if (first) collectBlock(first, blocks, marker)
    for (const t of rest) collectBlock(t, blocks)
  })
}

/**
 * `**落实意识形态工作责任制。**每半年…`: CommonMark does not close emphasis after punctuation when a letter follows
 * (its flanking rules are made for spaced words), so a bold lead phrase ending in 。 before Chinese text is left
 * with its asterisks, which then stand in the clause's text and heading. A renderer for Chinese draws it bold.
 */
const UNCLOSED_BOLD = /(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g

function inline(tokens: Token[]): string {
  return inlineText(tokens).replace(UNCLOSED_BOLD, '$2')
}

function inlineText(tokens: Token[]): string {
  let out = ''
  for (const t of tokens) {
    if (t.type === 'br') out += '\n'
    else if (t.type === 'image') continue
    else if (t.type === 'html') out += stripTags(t.text)
    else if ('tokens' in t && t.tokens && t.tokens.length > 0) out += inline(t.tokens)
    // marked keeps character references (&nbsp; &#20013;) as typed.
    else if (t.type === 'escape' || t.type === 'codespan' || t.type === 'text') out += decodeHTML(t.text)
    else out += 'text' in t ? String(t.text) : ''
  }
  return out
}

/** Inline or block HTML in Markdown: its text, as the html reader's parser reads it (tags gone, entities decoded). */
function stripTags(html: string): string {
  return parse(html).text
}
