import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIndexFromPaths, type BuildOutcome } from '../build.js'
import { loadThemes } from '../themes/theme-tagger.js'
import { fetchUrls, USER_AGENT, type FetchOptions, type FetchReport } from './fetch-urls.js'
import { articlePage, corpusLines, startBureauSite, type BureauSite } from './fixtures/bureau-site.js'
import { buildChinesePdf, buildDocx } from './fixtures/documents.js'
import type { WebSidecar } from './web-store.js'

const JIANGMEN = corpusLines('002_e24f9c466794c2b3.txt')
const QUANZHOU = corpusLines('004_df81cf9adf8df550.txt')
const JINGMEN = corpusLines('000_d9ce88d6bc3921ac.txt')
const CHANGSHA = corpusLines('003_72060bc44866bc8a.txt')
const MB = 1024 * 1024

let site: BureauSite
let webDir: string
let first: FetchReport
let firstBuild: BuildOutcome
const themes = loadThemes()

const url = (path: string) => `${site.origin}${path}`
const options = (): FetchOptions => ({ webDir, allowPrivate: true, delayMs: 20, timeoutMs: 400, maxBytes: MB, maxRedirects: 3 })
const addresses = () =>
  [
    '/old/jiangmen', // 301 → 302 → the UTF-8 page
    '/2025/quanzhou.html', // GBK, charset only in a meta tag
    '/2025/jingmen-notice.html', // wrapper → .docx
    '/2020/changsha-notice.html', // wrapper → .pdf behind a download script
    '/2024/missing.html',
    '/slow.html',
    '/uploads/huge.pdf',
    '/uploads/stream.txt',
    '/internal/plan.html',
    '/loop/0',
    '/logo.png',
    '/2019/old-notice.html',
    '/2022/empty-notice.html',
  ].map(url)

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'fetch-urls-'))
  const docx = await buildDocx(JINGMEN)
  site = await startBureauSite({
    '/robots.txt': { body: Buffer.from('User-agent: *\nDisallow: /internal/\n\nUser-agent: BadBot\nDisallow: /\n'), contentType: 'text/plain' },
    '/old/jiangmen': (_req, res) => res.writeHead(301, { location: '/xxgk/jiangmen' }).end(),
    '/xxgk/jiangmen': (_req, res) => res.writeHead(302, { location: `${site.origin}/2023/jiangmen.html` }).end(),
    '/2023/jiangmen.html': { body: Buffer.from(articlePage('江门市教育局2023年工作要点', JIANGMEN)), contentType: 'text/html; charset=utf-8' },
    '/2025/quanzhou.html': {
      body: iconv.encode(articlePage('2025年泉州市教育工作要点', QUANZHOU, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk'),
      contentType: 'text/html',
    },
    '/2025/jingmen-notice.html': {
      body: Buffer.from(
        articlePage('关于印发《市教育局2025年教育工作要点》的通知', ['各县（市、区）教育局：', '现将《市教育局2025年教育工作要点》印发给你们，请结合实际，抓好贯彻落实。'], '<meta charset="utf-8">',
          '<div class="fj">附件：<a href="/uploads/2025/jingmen-plan.docx">市教育局2025年教育工作要点.docx</a></div>'),
      ),
      contentType: 'text/html; charset=utf-8',
    },
    '/uploads/2025/jingmen-plan.docx': { body: docx, contentType: 'application/octet-stream' },
    '/2020/changsha-notice.html': {
      body: Buffer.from(
        articlePage('长沙市教育局关于印发2020年全市教育工作要点的通知', ['各区县（市）教育局：', '现将《2020年全市教育工作要点》印发给你们，请认真贯彻执行。'], '<meta charset="utf-8">',
          '<p>附件：<a href="/download?id=2020-17" target="_blank">2020年全市教育工作要点.pdf</a></p>'),
      ),
      contentType: 'text/html; charset=utf-8',
    },
    '/download?id=2020-17': { body: buildChinesePdf(CHANGSHA), contentType: 'application/pdf', headers: { 'content-disposition': 'attachment; filename="2020-17.pdf"' } },
    '/slow.html': (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>太慢了</p>'), 2000)
    },
    '/uploads/huge.pdf': { body: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * MB, 0x20)]), contentType: 'application/pdf' },
    '/uploads/stream.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      const line = Buffer.from(`${JIANGMEN[10]}\n`)
      for (let written = 0; written < 1.5 * MB; written += line.length) res.write(line)
      res.end()
    },
    '/internal/plan.html': { body: Buffer.from(articlePage('内部文件', JIANGMEN)), contentType: 'text/html; charset=utf-8' },
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`/loop/${i}`, (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(302, { location: `/loop/${i + 1}` }).end()])),
    '/logo.png': { body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), contentType: 'image/png' },
    '/2019/old-notice.html': {
      body: Buffer.from(articlePage('关于印发2019年工作要点的通知', ['现将工作要点印发给你们。'], '<meta charset="utf-8">', '<p>附件：<a href="/uploads/2019/plan.doc">2019年工作要点.doc</a></p>')),
      contentType: 'text/html; charset=utf-8',
    },
    '/uploads/2019/plan.doc': { body: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), contentType: 'application/msword' },
    '/2022/empty-notice.html': { body: Buffer.from(articlePage('通知', ['详见附件。'])), contentType: 'text/html; charset=utf-8' },
  })
  first = await fetchUrls(addresses(), options())
  firstBuild = await buildIndexFromPaths([webDir], { themes })
}, 30_000)

afterAll(async () => {
  await site?.close()
  rmSync(webDir, { recursive: true, force: true })
})

describe('fetchUrls against a local bureau site', () => {
  it('dump', () => {
    console.log(JSON.stringify(first, null, 1))
    console.log(JSON.stringify(firstBuild.files, null, 1))
    console.log(JSON.stringify(firstBuild.build.plans.map((p) => [p.id, p.title, p.clauseCount, p.passageCount, p.source, p.publishDate]), null, 1))
    console.log(site.requests.map((r) => `${r.path} ${r.status}`).join('\n'), site.maxInFlight)
  })
})
