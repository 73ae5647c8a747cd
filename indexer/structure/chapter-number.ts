/**
 * How a chapter is written before what follows it. A numeral chapter takes 、 (六、第25条, 六、加强党的建设); one in
 * brackets takes none (（一）第3条, （一）加强党的建设); a chapter printed as a word takes none (第一章第2段, 附件1 重点任务分工表, 附表 重点项目表); a chapter the plan heads with its
 * title alone, without a number (unnumbered-headings.ts), is named by that title. Shared by the citation, the
 * page labels, the export and the indexer's warnings, which all write a clause's place.
 */
export interface ChapterName {
  /** As printed: `六`, `第一章`, `附件1`, `附表`, `附`; '' for a chapter headed by its title alone. */
  number: string
  title: string
  /** The part it stands in (`第二部分`) in a plan whose chapters start again in each part. */
  part?: string
}

export function isWordChapter(number: string): boolean {
  return /^(第|附)/.test(number)
}

/** A number printed in its brackets (`（一）`) is set apart by them: no 、 follows it. */
const isBracketed = (number: string) => /^[（(〔【].*[）)〕】]$/.test(number)

/** What stands before a clause's or a paragraph's number: `六、`, `第一章`, `附件1`, `加强党的建设 `. */
export function chapterLead(chapter: ChapterName): string {
  if (chapter.number === '') return chapter.title ? `${chapter.title} ` : ''
  // `第二部分 一、`: 一、 alone would be the first chapter of every part.
  const part = chapter.part ? `${chapter.part} ` : ''
  return part + (isWordChapter(chapter.number) || isBracketed(chapter.number) ? chapter.number : `${chapter.number}、`)
}

/** The chapter as a heading: `六、加强党的建设`, `第一章 总则`, `附件1 重点任务分工表`, `加强党的建设`. */
export function chapterHeading(chapter: ChapterName): string {
  if (!chapter.title) return chapter.number
  if (chapter.number === '') return chapter.title
  if (isBracketed(chapter.number)) return `${chapter.number}${chapter.title}`
  return isWordChapter(chapter.number) ? `${chapter.number} ${chapter.title}` : `${chapter.number}、${chapter.title}`
}

/**
 * The chapter as a heading, after its part where chapters start again in each part (`第二部分 一、加强党的全面领导`),
 * where 一、 alone would name the first chapter of every part; as chapterLead names it.
 */
export function chapterHeadingInPart(chapter: ChapterName): string {
  return chapter.part ? `${chapter.part} ${chapterHeading(chapter)}` : chapterHeading(chapter)
}
