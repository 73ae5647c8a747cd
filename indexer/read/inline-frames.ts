/**
 * A page saved whole into one file (SingleFile and the archivers built like it) keeps each frame's document in the
 * frame's `srcdoc` attribute, escaped: a CMS that shows its article in an <iframe> is saved with the whole plan there
 * and nothing of it in the page. Frames are page furniture to the reader (read-html.ts skips them), so the plan was
 * lost and the page read as holding no plan.
 *
 * Each frame that carries its document is put back in the page where the frame stood, as a block holding that
 * document's body, before the page is parsed: every later pass (stylesheets, lists, the blocks before the article)
 * sees the article as if the site had printed it in place. A frame saved inside a frame is unescaped in its turn.
 * A frame with no `srcdoc` (an ad, a map, a video, or one saved as a file of its own) is left to be skipped.
 */
import { decodeHTML } from 'entities'

/** An iframe's opening tag holding its document in `srcdoc`, quoted either way (its quotes are escaped inside). */
const FRAME_WITH_DOCUMENT = /<iframe\b[^>]*?\ssrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/gi
const FRAME_CLOSE = /<\/iframe\s*>/gi
/** What of a framed document is its page: the inside of its <body>, or all of it when it has none. */
const BODY_INSIDE = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i
/** Frames saved inside frames: SingleFile nests them so; deeper than this is no article any more. */
const MAX_DEPTH = 4

/** `html` with each frame that carries its own document replaced by that document's body, in a <div>. */
export function withFramesInline(html: string, depth = 0): string {
  if (depth >= MAX_DEPTH || !/\ssrcdoc\s*=/i.test(html)) return html
  let out = ''
  let kept = 0
  FRAME_WITH_DOCUMENT.lastIndex = 0
  for (let m = FRAME_WITH_DOCUMENT.exec(html); m; m = FRAME_WITH_DOCUMENT.exec(html)) {
    const inner = decodeHTML(m[1] ?? m[2] ?? '')
    FRAME_CLOSE.lastIndex = m.index + m[0].length
    const close = FRAME_CLOSE.exec(html)
    const end = close ? close.index + close[0].length : m.index + m[0].length
    const body = BODY_INSIDE.exec(inner)?.[1] ?? inner
    out += `${html.slice(kept, m.index)}<div>${withFramesInline(body, depth + 1)}</div>`
    kept = end
    FRAME_WITH_DOCUMENT.lastIndex = end
  }
  return kept === 0 ? html : out + html.slice(kept)
}
