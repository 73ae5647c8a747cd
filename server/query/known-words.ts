/**
 * Whether a word is a word of the language or of a place, spelt right as typed: jieba's dictionary (with the domain
 * dictionary and the corpus's terms the segmenter added to it) cuts it whole without guessing, or the gazetteer names
 * it. A filler's sound-alike (homophones.ts fillerSoundingLike) is a slip only for a string no dictionary holds:
 * 浙中, 冀中, 期中, 清缴 and 伊通 are rare words spelt right, not 这种, 几种, 其中, 请教 and 异同 mistyped.
 */
import { cut } from 'nodejs-jieba'
import { findPlaces } from '../../indexer/metadata/gazetteer.js'
import { normalizeForMatch } from '../../indexer/normalize.js'

export function isKnownWord(word: string): boolean {
  const key = normalizeForMatch(word)
  if ([...key].length < 2) return false
  // Without the HMM jieba joins characters only into the words its dictionaries hold (政侧 is cut 政 侧).
  const pieces = cut(key, false)
  if (pieces.length === 1 && pieces[0] === key) return true
  return findPlaces(key).some((p) => p.at === 0 && p.text.length === key.length)
}

/**
 * Reads now what isKnownWord reads on its first call: the gazetteer's names (about 12 ms), which the first question
 * holding a word no clause holds waited for (held-parts.ts subWords). jieba's dictionary is loaded with the segmenter.
 */
export function loadKnownWords(): void {
  findPlaces('')
}
