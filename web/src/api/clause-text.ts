/**
 * A clause's whole text for the parts of a result list that need it: a search hit carries a snippet only,
 * and a card's 展开全文 and its 加入草稿篮 both want the text. One request serves both (and any later
 * ask on the same page); a failed request is forgotten, so asking again retries it.
 */
import { api } from './client.js'

/** Texts kept: a long session of reading results stays small. */
const KEPT = 200
const texts = new Map<string, Promise<string>>()

export function clauseText(id: string): Promise<string> {
  let text = texts.get(id)
  if (!text) {
    text = api.clause(id).then((response) => response.clause.text)
    texts.set(id, text)
    text.catch(() => texts.delete(id))
    if (texts.size > KEPT) texts.delete(texts.keys().next().value!)
  }
  return text
}
