/**
 * Word's "save as web page" wraps its list numbers in downlevel-revealed conditional comments
 * (`<![if !supportLists]>一、<![endif]>`): markup for old browsers that the parser would keep as text. The markers go;
 * what they reveal stays.
 *
 * A marker `<![if …]>` ends at the first `]` after it, and one whose `]` is not followed by `>` is no marker and is
 * kept as text, with the text after it. Searched with a regex (`<!\[if\s[^\]]*\]>`), each such stray opener scanned
 * on to the next `]`, to the end of the page when none follows: 20 000 of them took 1.7 s. The next `]` is found once
 * and reused by every opener before it, so the pass is linear.
 */

const MARKER_START = /<!\[(?:if\s|endif\]>)/gi

/** `html` without its downlevel-revealed conditional markers (`<![if …]>`, `<![endif]>`). */
export function withoutDownlevelConditionals(html: string): string {
  MARKER_START.lastIndex = 0
  let out = ''
  let kept = 0
  // The first `]` at or after the position last asked for; -1 once none is left.
  let close = -2
  for (let m = MARKER_START.exec(html); m; m = MARKER_START.exec(html)) {
    const start = m.index
    let end: number
    if (m[0].endsWith('>')) {
      end = start + m[0].length // <![endif]>
    } else {
      const from = start + m[0].length
      if (close !== -1 && close < from) close = html.indexOf(']', from)
      if (close === -1) break
      if (html[close + 1] !== '>') {
        MARKER_START.lastIndex = start + 1
        continue
      }
      end = close + 2
    }
    out += html.slice(kept, start)
    kept = end
    MARKER_START.lastIndex = end
  }
  return kept === 0 ? html : out + html.slice(kept)
}
