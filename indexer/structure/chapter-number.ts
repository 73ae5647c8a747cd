/**
 * A chapter printed as a word (第一章, 第二部分, 附件1) is followed directly by what comes after it (第一章第2段,
 * 附件1 重点任务分工表); a numeral chapter (六) takes 、 (六、第25条). Shared by the citation, the page labels and
 * the indexer's warnings, which all write a clause's place.
 */
export function isWordChapter(number: string): boolean {
  return /^(第|附件)/.test(number)
}
