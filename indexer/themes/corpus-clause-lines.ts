/**
 * Clause-like lines of the corpus with the chapter and section titles above them, for the theme
 * tests. A rough reading on purpose (the indexer's parser is the real one): a line starting with a
 * number and "." or "、" is a clause, "一、" a chapter, "(一)" a section.
 */
import type { CorpusFile } from '../segment/corpus-fixture.js'

export interface ClauseLine {
  file: string
  heading: string
  text: string
  chapterTitle: string | null
  section: string | null
}

const CLAUSE = /^\d+\s*[.、．]?(?=\D)/
const CLAUSE_WITH_MARK = /^\d+\s*[.、．]/
const CHAPTER = /^[一二三四五六七八九十]+、/
const SECTION = /^[(（][一二三四五六七八九十]+[)）]/
/** A table-of-contents entry names a plan and ends with its page number: 2.2024年全市教育和体育工作要点 15 */
const CONTENTS_ENTRY = /^\d+\s*[.、．]\D[^。；]*\D\s*\d+$/
const HAS_HAN = /\p{Script=Han}/u

/** The heading of a clause is its first sentence, without the number. */
function headingOf(text: string): string {
  const body = text.replace(CLAUSE, '')
  const end = body.search(/[。；]/)
  return end === -1 ? body : body.slice(0, end)
}

export function clauseLines(files: readonly CorpusFile[]): ClauseLine[] {
  const out: ClauseLine[] = []
  for (const file of files) {
    let chapterTitle: string | null = null
    let section: string | null = null
    for (const raw of file.text.split(/\r?\n/)) {
      const line = raw.trim()
      if (CHAPTER.test(line)) {
        chapterTitle = line.replace(CHAPTER, '')
        section = null
      } else if (SECTION.test(line)) {
        section = line.replace(SECTION, '')
      } else if (CLAUSE_WITH_MARK.test(line) && HAS_HAN.test(line) && !CONTENTS_ENTRY.test(line)) {
        out.push({ file: file.name, heading: headingOf(line), text: line, chapterTitle, section })
      }
    }
  }
  return out
}
