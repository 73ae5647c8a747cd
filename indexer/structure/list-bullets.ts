/**
 * The bullet a web page's list item opens with (`* 开展主题班会`, `• …`, `- …` as Markdown or a page's <ul> gives
 * it): a symbol, or a dash or plus with a space after it. Such a line is an item of its own, whole: it continues no
 * line above it (join-lines.ts), and a title line under it stands after finished text (unnumbered-headings.ts).
 */
const LIST_BULLET = /^\s*(?:[*＊•·・‧∙●○◆◇■□▪▫►▸▶➤✦]|[-+－–](?=\s))/

export function opensListItem(line: string): boolean {
  return LIST_BULLET.test(line)
}
