/**
 * Ready-to-paste citations: `《荆门市教育局2025年工作要点》第6条`. A clause number is only
 * unambiguous within its plan when the plan numbers continuously; when numbering restarts in
 * every chapter (1. 2. 3. under 一、, again 1. 2. under 二、) the chapter is named, and when it
 * restarts in every section of a chapter the section marker is named too: `一、（二）第3条`.
 */
import type { ClauseRecord } from '../indexer/types.js'

export interface CitationScheme {
  chapter: boolean
  section: boolean
  /**
   * The issuing body, named before the title when the title does not say where it is from
   * (`市教育局2025年教育工作要点` is one of many): `荆门市教育局《市教育局2025年教育工作要点》`.
   */
  issuer?: string | null
}

const SECTION_MARKER = /^\s*([（(][一二三四五六七八九十百零〇]+[）)])/

/** The marker of a section title: `（一）实施…` gives `（一）`; null when the title has none. */
export function sectionMarker(section: string | null): string | null {
  if (!section) return null
  const m = SECTION_MARKER.exec(section)
  return m ? m[1].replace('(', '（').replace(')', '）') : null
}

/** Decides, from every record of one plan, which levels a citation must name to be unambiguous. */
export function citationScheme(planClauses: readonly ClauseRecord[]): CitationScheme {
  const chapterOf = new Map<number, string>()
  const sectionOf = new Map<string, string>()
  let chapter = false
  let section = false
  for (const c of planClauses) {
    if (c.number === null) continue
    const chapterKey = c.chapter?.number ?? ''
    const seenChapter = chapterOf.get(c.number)
    if (seenChapter === undefined) chapterOf.set(c.number, chapterKey)
    else if (seenChapter !== chapterKey) chapter = true

    const inChapter = `${chapterKey}\u0000${c.number}`
    const sectionKey = c.section ?? ''
    const seenSection = sectionOf.get(inChapter)
    if (seenSection === undefined) sectionOf.set(inChapter, sectionKey)
    else if (seenSection !== sectionKey) section = true
  }
  return { chapter, section }
}

/** Plan titles sometimes keep the 《》 of the notice that published them; the citation adds its own. */
function bareTitle(title: string): string {
  return title.replace(/^《(.*)》$/u, '$1').trim()
}

/** `荆门市` → `荆门`, `大兴安岭地区` → `大兴安岭`: the part of a place name a title would contain. */
function placeStem(city: string): string {
  return city.length > 2 ? city.replace(/(?:地区|自治州|盟|市|县|区|州)$/u, '') : city
}

function titleWithSource(clause: ClauseRecord, issuer: string | null | undefined): string {
  const title = `《${bareTitle(clause.planTitle)}》`
  const city = clause.city
  if (!city || clause.planTitle.includes(placeStem(city))) return title
  return `${issuer && issuer.includes(placeStem(city)) ? issuer : city}${title}`
}

export function formatCitation(clause: ClauseRecord, scheme: CitationScheme): string {
  const title = titleWithSource(clause, scheme.issuer)
  const chapter = clause.chapter
  if (clause.number === null) {
    // A passage (preamble, chapter introduction) is cited by the chapter it belongs to.
    return chapter ? `${title}${chapter.number}、${chapter.title}` : title
  }
  let where = ''
  if (chapter && (scheme.chapter || scheme.section)) where += `${chapter.number}、`
  const marker = scheme.section ? sectionMarker(clause.section) : null
  if (marker) where += marker
  return `${title}${where}第${clause.number}条`
}
