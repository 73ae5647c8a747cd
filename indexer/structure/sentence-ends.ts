/**
 * Where sentences end in a text, for the numbering reader's question whether one ends between two markers.
 * Pure but for a cache of the last text's counts.
 */
const SENTENCE_ENDS = new Set(['。', '；', ';', '！', '？', '!', '?'])

/** Whether a sentence ends with the text's last character: a line so ending is a paragraph, not a title. */
export function endsSentence(text: string): boolean {
  return SENTENCE_ENDS.has(text.at(-1) ?? '')
}

/**
 * Whether a sentence ends in text[from, to). Asked from the last accepted marker of a kind to each candidate after
 * it, which may be far back when many are turned down (20 000 lines of `一、…`): counted once per text, each
 * answer is a subtraction, where scanning the range each time was quadratic.
 */
export function sentenceEndBetween(text: string, from: number, to: number): boolean {
  const ends = sentenceEndCounts(text)
  const a = Math.min(Math.max(0, from), text.length)
  const b = Math.min(Math.max(0, to), text.length)
  return b > a && ends[b] > ends[a]
}

/** The last text asked about and its counts: the reader asks of one text many times, then moves on to the next. */
let counted: { text: string; ends: Uint32Array } | null = null

/** ends[i]: how many sentence ends stand before offset i. */
function sentenceEndCounts(text: string): Uint32Array {
  if (counted?.text === text) return counted.ends
  const ends = new Uint32Array(text.length + 1)
  for (let i = 0; i < text.length; i++) ends[i + 1] = ends[i] + (SENTENCE_ENDS.has(text[i]) ? 1 : 0)
  counted = { text, ends }
  return ends
}
