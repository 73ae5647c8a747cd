/**
 * The levels of a web page's bold headings, by how each looks. A government CMS heads chapters and sections alike in
 * bold with no heading element, and tells them apart as an official document does (GB/T 9704): the chapter in
 * 黑体, the section in 楷体, or the chapter larger or centred. Read as one bold level, every section became a
 * chapter of its own, its chapter left with no clause. The look of a bold line (its font size, alignment and
 * typeface, inherited from the elements around it) ranks it: larger first, then centred, then 标宋 > 黑体 > 楷体
 * > other faces, each distinct look a level below the one before it (html-headings.ts BOLD, BOLD + 1 …).
 * Looks rank an outline only when the top look comes first (a chapter before its sections), heads two lines at
 * least and there are few looks; otherwise (one line set in 黑体 among plain bold ones) every bold line keeps the
 * one level. The page's title is left out before (title-heading.ts): its look ranks no chapter.
 *
 * A page with no bold line and no heading element may head by typeface alone, as the 公文 template sets it: 黑体
 * chapters, 楷体 sections, 仿宋 text (faceHeadings), or by colour or size alone (markedHeadings). Short lines set
 * wholly in a look the text does not use are then its headings, ranked by their looks as bold lines are.
 */
import type { HTMLElement } from 'node-html-parser'
import type { StyledHeading } from '../structure/styled-headings.js'
import { BOLD } from './html-headings.js'
import { markingColour } from './html-text-colour.js'

export interface Look {
  /** Font size in px, when the page sets one. */
  size: number | null
  centered: boolean
  /** 3 标宋, 2 黑体, 1 楷体, 0 any other face or none. */
  face: number
  /** A colour that marks the text out (html-text-colour.ts), or null. */
  colour: string | null
}

export const PLAIN_LOOK: Look = { size: null, centered: false, face: 0, colour: null }

/** More looks than this among bold lines are inline styling, not an outline. */
const MAX_LOOKS = 4
/** The size, in px, of text no style sizes. */
const DEFAULT_SIZE = 16
/** <font size="1">…<font size="7">, in px, as browsers draw them. */
const FONT_SIZES = [0, 10, 13, 16, 18, 24, 32, 48]
const FACES: [RegExp, number][] = [[/标宋/, 3], [/黑体|simhei|heiti|\bhei\b|sans/i, 2], [/楷|kaiti|\bkai\b/i, 1], [/\S/, 0]]

const styleValue = (style: string, name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`, 'i').exec(style)?.[1].trim() ?? null

/** The look of the text inside `el`, given the look of the text around it. */
export function lookWithin(el: HTMLElement, tag: string, outer: Look): Look {
  const style = el.getAttribute('style') ?? ''
  const size = sizeOf(styleValue(style, 'font-size')) ?? (tag === 'font' ? (FONT_SIZES[Number(el.getAttribute('size'))] ?? null) : null)
  const align = styleValue(style, 'text-align') ?? el.getAttribute('align')
  const family = styleValue(style, 'font-family') ?? (tag === 'font' ? el.getAttribute('face') : null)
  const face = family ? (FACES.find(([re]) => re.test(family))?.[1] ?? outer.face) : outer.face
  const centered = tag === 'center' || (align ? /^center$/i.test(align) : outer.centered)
  // A link's colour is a link's (blue, or the site's own), not a heading's.
  const colourValue = tag === 'a' ? null : (styleValue(style, 'color') ?? (tag === 'font' ? el.getAttribute('color') : null))
  const colour = tag === 'a' ? null : colourValue ? markingColour(colourValue) : outer.colour
  if (size === null && face === outer.face && centered === outer.centered && colour === outer.colour) return outer
  return { size: size ?? outer.size, centered, face, colour }
}

function sizeOf(value: string | null): number | null {
  const m = value ? /^([\d.]+)\s*(px|pt|em|rem)?$/i.exec(value) : null
  if (!m) return null
  const n = Number(m[1])
  const unit = (m[2] ?? 'px').toLowerCase()
  return unit === 'pt' ? (n * 4) / 3 : unit === 'px' ? n : n * 16
}

/** The headings with each bold one's level set by its look's rank; the looks dropped. */
export function rankBoldLooks(headings: (StyledHeading & { look?: Look })[]): StyledHeading[] {
  const bold = headings.filter((h) => h.level === BOLD && h.look)
  const keys = [...new Set(bold.map((h) => keyOf(h.look!)))]
  const ranked = keys.map((key) => bold.find((h) => keyOf(h.look!) === key)!.look!).sort(compareLooks)
  const rankOf = (look: Look) => ranked.findIndex((l) => keyOf(l) === keyOf(look))
  const top = bold.filter((h) => rankOf(h.look!) === 0).length
  const outline = keys.length >= 2 && keys.length <= MAX_LOOKS && rankOf(bold[0].look!) === 0 && top >= 2
  return headings.map(({ text, level, look }) => ({ text, level: outline && level === BOLD && look ? BOLD + rankOf(look) : level }))
}

const keyOf = (look: Look) => `${Math.round(look.size ?? 0)}|${look.centered}|${look.face}`

function compareLooks(a: Look, b: Look): number {
  return Math.round(b.size ?? 0) - Math.round(a.size ?? 0) || Number(b.centered) - Number(a.centered) || b.face - a.face
}

/** A heading set by its look is a title, not a sentence: short, no sentence end inside it. */
const FACE_HEADING = /^[^。；;！？!?]{2,40}$/

/** A line of plain text with its look, and whether every piece of it has that look (the same size and colour). */
export interface LookLine {
  text: string
  look: Look
  uniform: boolean
}

/**
 * The lines a page heads by their look alone, as bold lines to be ranked (rankBoldLooks): by typeface (faceHeadings),
 * else by colour or size (markedHeadings).
 */
export function lookHeadings(lines: LookLine[]): (StyledHeading & { look: Look })[] {
  const byFace = faceHeadings(lines)
  return byFace.length > 0 ? byFace : markedHeadings(lines)
}

/**
 * Lines set wholly in 黑体 or 楷体 (or 标宋) while its text is in another face, when at least two share one such
 * look and they are a minority of the lines. Empty when the page sets its text in the heading faces too, or in one
 * face throughout.
 */
function faceHeadings(lines: LookLine[]): (StyledHeading & { look: Look })[] {
  const heading = lines.filter((l) => l.look.face > 0 && FACE_HEADING.test(l.text))
  const textFaces = new Set(lines.filter((l) => !heading.includes(l)).map((l) => l.look.face))
  if (heading.some((l) => textFaces.has(l.look.face)) || heading.length * 2 >= lines.length) return []
  return sharedLooks(heading)
}

/**
 * A page that heads its chapters in red (`color:#c00000`, `<font color="red">`) or in a larger size than its text,
 * neither bold nor in a heading element: short lines wholly in a colour no sentence of the text is set in, or
 * larger than every sentence, when at least two share one such look and they are a minority of the lines. The
 * text's sentences tell what plain text looks like; a line of links takes no colour (lookWithin).
 */
function markedHeadings(lines: LookLine[]): (StyledHeading & { look: Look })[] {
  const sentences = lines.filter((l) => !FACE_HEADING.test(l.text))
  if (sentences.length === 0) return []
  const textColours = new Set(sentences.map((l) => l.look.colour))
  // Text that sets no size is drawn at the browser's default, which <font size="4"> and 18px exceed.
  const drawnSize = (l: LookLine) => Math.round(l.look.size ?? DEFAULT_SIZE)
  // A loop, not Math.max(...): a page of 200 000 lines would overflow the call stack as arguments.
  const textSize = sentences.reduce((max, l) => Math.max(max, drawnSize(l)), -Infinity)
  const marked = (l: LookLine) => (l.look.colour !== null && !textColours.has(l.look.colour)) || drawnSize(l) > textSize
  const heading = lines.filter((l) => l.uniform && FACE_HEADING.test(l.text) && marked(l))
  if (heading.length * 2 >= lines.length) return []
  return sharedLooks(heading)
}

/** The lines as bold headings with their looks, when at least two share one look. */
function sharedLooks(heading: LookLine[]): (StyledHeading & { look: Look })[] {
  const perLook = new Map<string, number>()
  for (const l of heading) perLook.set(keyOf(l.look), (perLook.get(keyOf(l.look)) ?? 0) + 1)
  if (![...perLook.values()].some((n) => n >= 2)) return []
  return heading.map((l) => ({ text: l.text, level: BOLD, look: l.look }))
}
