/**
 * A stop that ends a sentence of a plan's text inside a line: 。；！？ anywhere, and their ASCII twins between a
 * sentence's words and what follows a sentence (a space, the line's end, Chinese text or a quote). An ASCII `?`
 * elsewhere is no stop: a GBK copy writes `?` for every character GBK lacks (`首页?>?政府信息公开`, a breadcrumb's
 * no-break spaces), and a link carries one (`index.html?id=3`). Title finding stops at the first stop below a
 * title, so a stray `?` in a page's head must not read as the plan's text beginning.
 */
export const SENTENCE_STOP = /[。；！？]|(?<=[\u3400-\u9fff”’」』）)])[;!?](?=\s|$|[\u3400-\u9fff“‘「])/
