import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIndexFromPaths, type BuildOutcome } from '../build.js'
import { loadThemes } from '../themes/theme-tagger.js'
import { fetchUrls, type FetchReport } from './fetch-urls.js'
import { articlePage, corpusLines, startBureauSite, type BureauSite } from './fixtures/bureau-site.js'
import type { WebSidecar } from './web-store.js'

const JIANGMEN = corpusLines('002_e24f9c466794c2b3.txt')
const QUANZHOU = corpusLines('004_df81cf9adf8df550.txt')
const thirds = (lines: string[]) => [0, 1, 2].map((i) => lines.slice(Math.floor((i * lines.length) / 3), Math.floor(((i + 1) * lines.length) / 3)))
const GBK_HEAD = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
const html = (text: string) => ({ body: Buffer.from(text), contentType: 'text/html; charset=utf-8' })
const gbk = (text: string) => ({ body: iconv.encode(text, 'gbk'), contentType: 'text/html' })
const nextLink = (href: string) => `<div class="fy"><a href="index.html">首页</a> <a href="${href}">下一页</a></div>`

let site: BureauSite
let webDir: string
let report: FetchReport
let built: BuildOutcome

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'paginated-'))
  const [j1, j2, j3] = thirds(JIANGMEN)
  const [q1, q2, q3] = thirds(QUANZHOU)
  const jiangmenTitle = '江门市教育局2023年工作要点'
  const quanzhouTitle = '2025年泉州市教育工作要点'
  site = await startBureauSite({
    // A TRS article in GBK whose pager script names all three pages.
    '/2023/t20230315_8.html': gbk(articlePage(jiangmenTitle, j1, GBK_HEAD, '<script>createPageHTML(3, 0, "t20230315_8", "html");</script>')),
    '/2023/t20230315_8_1.html': gbk(articlePage(jiangmenTitle, j2, GBK_HEAD, '<script>createPageHTML(3, 1, "t20230315_8", "html");</script>')),
    '/2023/t20230315_8_2.html': gbk(articlePage(jiangmenTitle, j3, GBK_HEAD, '<script>createPageHTML(3, 2, "t20230315_8", "html");</script>')),
    // A 下一页 chain, one page at a time.
    '/2025/quanzhou/index.html': html(articlePage(quanzhouTitle, q1, '<meta charset="utf-8">', nextLink('index_2.html'))),
    '/2025/quanzhou/index_2.html': html(articlePage(quanzhouTitle, q2, '<meta charset="utf-8">', nextLink('index_3.html'))),
    '/2025/quanzhou/index_3.html': html(articlePage(quanzhouTitle, q3)),
    // The same chain with its last page gone.
    '/2025/broken/index.html': html(articlePage(quanzhouTitle, q1, '<meta charset="utf-8">', nextLink('index_2.html'))),
    '/2025/broken/index_2.html': html(articlePage(quanzhouTitle, q2, '<meta charset="utf-8">', nextLink('index_3.html'))),
  })
  const url = (path: string) => `${site.origin}${path}`
  report = await fetchUrls([url('/2023/t20230315_8.html'), url('/2025/quanzhou/index.html'), url('/2025/broken/index.html')], { webDir, allowPrivate: true, delayMs: 5, timeoutMs: 1000 })
  built = await buildIndexFromPaths([webDir], { themes: loadThemes() })
}, 30_000)

afterAll(async () => {
  await site?.close()
  rmSync(webDir, { recursive: true, force: true })
})

describe('fetchUrls on an article split over several pages', () => {
  it('fetches the later pages a pager script or a 下一页 chain names, and stores one document per article', () => {
    expect(report.addresses.map((a) => [a.status, a.files.length])).toEqual([['fetched', 1], ['fetched', 1], ['fetched', 1]])
    const sidecar = JSON.parse(readFileSync(join(webDir, `${report.addresses[0].files[0]}.source.json`), 'utf8')) as WebSidecar
    expect(sidecar.laterPages).toEqual([`${site.origin}/2023/t20230315_8_1.html`, `${site.origin}/2023/t20230315_8_2.html`])
    expect([sidecar.encoding, sidecar.encodingFrom]).toEqual(['UTF-8', 'meta'])
  })

  it('indexes each article whole: as many clauses as the plan on one page, in order', () => {
    const plans = built.build.plans.map((p) => [p.source.url, p.clauseCount])
    expect(plans).toContainEqual([`${site.origin}/2023/t20230315_8.html`, 27])
    expect(plans).toContainEqual([`${site.origin}/2025/quanzhou/index.html`, 27])
    const plan = built.build.plans.find((p) => p.source.url === `${site.origin}/2023/t20230315_8.html`)!
    const jiangmen = built.build.clauses.filter((c) => c.planId === plan.id && c.number !== null)
    expect(jiangmen.map((c) => c.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1))
  })

  it('keeps the pages it got when a later page fails, and says which page and why', () => {
    const broken = report.addresses[2]
    expect(broken.notes).toEqual([expect.stringMatching(/^第 3 页 http:\/\/127\.0\.0\.1:\d+\/2025\/broken\/index_3\.html: .*404.*（已保存此前的 2 页）$/)])
    const plan = built.build.plans.find((p) => p.source.url === `${site.origin}/2025/broken/index.html`)!
    expect(plan.clauseCount).toBeGreaterThan(10)
    expect(plan.clauseCount).toBeLessThan(27)
  })
})
