/**
 * A query pasted from a web page or an editor may carry its markup: <b>双减</b>, 课后服务&nbsp;托管, <p>校园欺凌</p>.
 * The tags name nothing and no clause holds them, so <b>双减</b> found 0 clauses in keyword mode where 双减 finds
 * 11; tags are dropped (a tag between two words leaves a space, as the page showed them apart) and character
 * references read as the characters they stand for. A lone < or > (<5岁, 年龄>3) is not a tag and stays.
 */
import { decodeHTML } from 'entities'

// An opening, closing or self-closing tag: a letter right after < (or </), attributes without < or > inside.
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu
// Block tags and <br> part words; inline ones (b, span, mark, font…) sit inside a word.
const BLOCK = /^<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|blockquote)\b/iu
const REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/giu

export function withoutMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text
  const untagged = text.replace(TAG, (tag) => (BLOCK.test(tag) ? ' ' : ''))
  return untagged.replace(REFERENCE, (ref) => decodeHTML(ref))
}
