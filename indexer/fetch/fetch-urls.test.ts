import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIndexFromPaths, type BuildOutcome } from '../build.js'
import { loadThemes } from '../themes/theme-tagger.js'
import { fetchUrls, USER_AGENT, type FetchOptions, type FetchReport } from './fetch-urls.js'
import { articlePage, corpusLines, startBureauSite, type BureauSite, type StaticFile } from './fixtures/bureau-site.js'
import { buildChinesePdf, buildDocx } from './fixtures/documents.js'
import { buildWord97 } from '../read/fixtures/word97.js'
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
/** The page behind the redirect chain; a later test publishes a corrected version of it. */
let jiangmenPage: StaticFile
/** The notice that wraps the 荆门 .docx; a later test rewords it. */
let jingmenNotice: StaticFile
const jingmenNoticeHtml = (sentence: string) =>
  articlePage('关于印发《市教育局2025年教育工作要点》的通知', ['各县（市、区）教育局：', sentence], '<meta charset="utf-8">',
    '<div class="fj">附件：<a href="/uploads/2025/jingmen-plan.docx">市教育局2025年教育工作要点.docx</a></div>')
/** Requests the site received during the first run. */
let firstRunRequests: number
const themes = loadThemes()

const url = (path: string) => `${site.origin}${path}`
const options = (): FetchOptions => ({ webDir, allowPrivate: true, delayMs: 20, timeoutMs: 1000, maxBytes: MB / 2, maxRedirects: 3 })
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
  ]
    .map(url)
    .concat('http://jyj.plan.invalid/2023/gzyd.html') // .invalid never resolves (RFC 6761)

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'fetch-urls-'))
  const docx = await buildDocx(JINGMEN)
  jingmenNotice = { body: Buffer.from(jingmenNoticeHtml('现将《市教育局2025年教育工作要点》印发给你们，请结合实际，抓好贯彻落实。')), contentType: 'text/html; charset=utf-8' }
  jiangmenPage = { body: Buffer.from(articlePage('江门市教育局2023年工作要点', JIANGMEN)), contentType: 'text/html; charset=utf-8' }
  site = await startBureauSite({
    '/robots.txt': { body: Buffer.from('User-agent: *\nDisallow: /internal/\n\nUser-agent: BadBot\nDisallow: /\n'), contentType: 'text/plain' },
    '/old/jiangmen': (_req, res) => res.writeHead(301, { location: '/xxgk/jiangmen' }).end(),
    '/xxgk/jiangmen': (_req, res) => res.writeHead(302, { location: `${site.origin}/2023/jiangmen.html` }).end(),
    '/2023/jiangmen.html': jiangmenPage,
    '/2025/quanzhou.html': {
      body: iconv.encode(articlePage('2025年泉州市教育工作要点', QUANZHOU, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk'),
      contentType: 'text/html',
    },
    '/2025/jingmen-notice.html': jingmenNotice,
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
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>太慢了</p>'), 3000)
    },
    '/uploads/huge.pdf': { body: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MB, 0x20)]), contentType: 'application/pdf' },
    '/uploads/stream.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      const line = Buffer.from(`${JIANGMEN[10]}\n`)
      for (let written = 0; written < 0.75 * MB; written += line.length) res.write(line)
      res.end()
    },
    '/internal/plan.html': { body: Buffer.from(articlePage('内部文件', JIANGMEN)), contentType: 'text/html; charset=utf-8' },
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`/loop/${i}`, (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(302, { location: `/loop/${i + 1}` }).end()])),
    '/logo.png': { body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), contentType: 'image/png' },
    '/2019/old-notice.html': {
      body: Buffer.from(articlePage('关于印发2019年工作要点的通知', ['现将工作要点印发给你们。'], '<meta charset="utf-8">', '<p>附件：<a href="/uploads/2019/plan.doc">2019年工作要点.doc</a></p>')),
      contentType: 'text/html; charset=utf-8',
    },
    '/uploads/2019/plan.doc': { body: Buffer.from(buildWord97(['2019年株洲市教育工作要点', '一、加强党的建设', '1.深化理论武装。组织开展学习。', '2.加强基层党组织建设。推进标准化。'])), contentType: 'application/msword' },
    '/2022/empty-notice.html': { body: Buffer.from(articlePage('通知', ['详见附件。'])), contentType: 'text/html; charset=utf-8' },
  })
  first = await fetchUrls(addresses(), options())
  firstRunRequests = site.requests.length
  firstBuild = await buildIndexFromPaths([webDir], { themes })
}, 30_000)

afterAll(async () => {
  await site?.close()
  rmSync(webDir, { recursive: true, force: true })
})

const path = (address: string) => (address.startsWith(site.origin) ? address.slice(site.origin.length) : address)
const host = () => site.origin.slice('http://'.length).replace(':', '_')
const sidecarOf = (file: string) => JSON.parse(readFileSync(join(webDir, `${file}.source.json`), 'utf8')) as WebSidecar

describe('fetchUrls against a local bureau site', () => {
  it('reports every address with its outcome, and the reason of each failure', () => {
    expect(first.addresses.map((a) => [path(a.address), a.status, a.failure?.code ?? null, a.files.map((f) => f.slice(host().length + 1))])).toEqual([
      ['/old/jiangmen', 'fetched', null, [expect.stringMatching(/^江门市教育局2023年工作要点-[0-9a-f]{8}\.html$/)]],
      ['/2025/quanzhou.html', 'fetched', null, [expect.stringMatching(/^2025年泉州市教育工作要点-[0-9a-f]{8}\.html$/)]],
      ['/2025/jingmen-notice.html', 'fetched', null, [expect.stringMatching(/^市教育局2025年教育工作要点-[0-9a-f]{8}\.docx$/)]],
      ['/2020/changsha-notice.html', 'fetched', null, [expect.stringMatching(/^2020年全市教育工作要点-[0-9a-f]{8}\.pdf$/)]],
      ['/2024/missing.html', 'failed', 'http_status', []],
      ['/slow.html', 'failed', 'timeout', []],
      ['/uploads/huge.pdf', 'failed', 'too_large', []],
      ['/uploads/stream.txt', 'failed', 'too_large', []],
      ['/internal/plan.html', 'failed', 'robots', []],
      ['/loop/0', 'failed', 'too_many_redirects', []],
      ['/logo.png', 'failed', 'unsupported_type', []],
      ['/2019/old-notice.html', 'fetched', null, [expect.stringMatching(/^2019年工作要点-[0-9a-f]{8}\.doc$/)]],
      ['/2022/empty-notice.html', 'failed', 'no_text', []],
      ['http://jyj.plan.invalid/2023/gzyd.html', 'failed', 'dns', []],
    ])
    expect([first.fetched, first.notModified, first.failed]).toEqual([5, 0, 9])
    const message = (p: string) => first.addresses.find((a) => path(a.address) === p)!.failure!.message
    expect(message('/2024/missing.html')).toBe(`${url('/2024/missing.html')} answered HTTP 404 Not Found: check the address in a browser.`)
    expect(message('/slow.html')).toBe(`${url('/slow.html')} did not answer within 1 s: the site may be slow or down; try again later.`)
    expect(message('/uploads/huge.pdf')).toBe(`${url('/uploads/huge.pdf')} is larger than the 0.5 MB limit (at least 1.0 MB): download it by hand if it really is the plan.`)
    expect(message('/loop/0')).toBe(`${url('/loop/0')} redirected more than 3 times (last to ${url('/loop/4')}): open it in a browser and give the final address.`)
    expect(message('http://jyj.plan.invalid/2023/gzyd.html')).toMatch(
      /^http:\/\/jyj\.plan\.invalid\/2023\/gzyd\.html: the name jyj\.plan\.invalid could not be resolved \((ENOTFOUND|EAI_AGAIN)\): check the address and the network\.$/,
    )
    expect(message('/internal/plan.html')).toBe(
      `${url('/internal/plan.html')} was not fetched: the site's robots.txt (${site.origin}/robots.txt) disallows it for crawlers. Save the page by hand if you may use it.`,
    )
  })

  it('follows a redirect chain and records the final address', () => {
    const report = first.addresses.find((a) => path(a.address) === '/old/jiangmen')!
    expect(report.finalUrl).toBe(url('/2023/jiangmen.html'))
    expect(sidecarOf(report.files[0]).fetch).toMatchObject({ url: url('/old/jiangmen'), finalUrl: url('/2023/jiangmen.html'), contentType: 'text/html; charset=utf-8' })
  })

  it('reads a GBK page whose charset is only in its meta tag', () => {
    const report = first.addresses.find((a) => path(a.address) === '/2025/quanzhou.html')!
    expect(sidecarOf(report.files[0])).toMatchObject({ encoding: 'GB18030', encodingFrom: 'meta' })
    const plan = firstBuild.build.plans.find((p) => p.source.url === url('/2025/quanzhou.html'))!
    expect([plan.title, plan.city, plan.clauseCount]).toEqual(['2025年泉州市教育工作要点', '泉州市', 27])
  })

  it('stores an attachment with a sidecar naming the page it came from, its validators and its sha256', () => {
    const report = first.addresses.find((a) => path(a.address) === '/2025/jingmen-notice.html')!
    const file = report.files[0]
    const bytes = readFileSync(join(webDir, file))
    expect(sidecarOf(file)).toEqual({
      source: url('/2025/jingmen-notice.html'),
      fetch: {
        url: url('/uploads/2025/jingmen-plan.docx'),
        finalUrl: url('/uploads/2025/jingmen-plan.docx'),
        fetchedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        httpDate: expect.stringMatching(/ GMT$/),
        etag: expect.stringMatching(/^"[0-9a-f]{16}"$/),
        lastModified: 'Wed, 15 Mar 2023 08:00:00 GMT',
        contentType: 'application/octet-stream',
        sha256: createHash('sha256').update(bytes).digest('hex'),
      },
      page: expect.objectContaining({ url: url('/2025/jingmen-notice.html'), contentType: 'text/html; charset=utf-8' }),
      linkText: '市教育局2025年教育工作要点.docx',
      encoding: null,
      encodingFrom: null,
    })
  })

  it('indexes the pages and attachments like corpus files, with the listed address as the plan source', () => {
    expect(firstBuild.files.map((f) => [f.status, f.plans])).toEqual([['indexed', 1], ['indexed', 1], ['indexed', 1], ['indexed', 1], ['indexed', 1]])
    const plans = firstBuild.build.plans.map((p) => [p.id, p.clauseCount, p.source.url, p.publishDate])
    expect(plans).toEqual([
      // An old Word .doc attachment, read like the others.
      ['zhuzhou-2019-jiaoyu-gongzuo-yaodian', 2, url('/2019/old-notice.html'), null],
      ['changsha-2020-quanshi-jiaoyu-gongzuo-yaodian', 27, url('/2020/changsha-notice.html'), '2020-02-17'],
      ['quanzhou-2025-jiaoyu-gongzuo-yaodian', 27, url('/2025/quanzhou.html'), '2025-03-22'],
      // The date is the document's own (发文日期), never the server's Last-Modified (2023-03-15).
      ['jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian', 23, url('/2025/jingmen-notice.html'), '2025-03-12'],
      ['jiangmen-2023-jiaoyuju-gongzuo-yaodian', 27, url('/old/jiangmen'), '2023-03-15'],
    ])
  })

  it('asks politely: one request at a time, its User-Agent on each, robots.txt once, nothing it disallows', () => {
    const firstRun = site.requests.slice(0, firstRunRequests)
    expect(site.maxInFlight).toBe(1)
    expect(firstRun.every((r) => r.headers['user-agent'] === USER_AGENT)).toBe(true)
    expect(firstRun.filter((r) => r.path === '/robots.txt')).toHaveLength(1)
    expect(firstRun[0].path).toBe('/robots.txt')
    expect(site.requests.some((r) => r.path.startsWith('/internal/'))).toBe(false)
  })
})

describe('fetchUrls a second time', () => {
  let second: FetchReport
  let secondBuild: BuildOutcome
  let before: number

  beforeAll(async () => {
    before = site.requests.length
    const fetched = first.addresses.filter((a) => a.status === 'fetched').map((a) => a.address)
    second = await fetchUrls(fetched, options())
    secondBuild = await buildIndexFromPaths([webDir], { themes, cache: firstBuild.cache })
  }, 30_000)

  it('sends the validators, gets 304 Not Modified for every page and attachment, and downloads nothing', () => {
    expect(second.addresses.map((a) => [path(a.address), a.status, a.files])).toEqual(first.addresses.filter((a) => a.status === 'fetched').map((a) => [path(a.address), 'not-modified', a.files]))
    const requests = site.requests.slice(before).filter((r) => r.path !== '/robots.txt')
    // Addresses run concurrently, so their requests interleave in no fixed order.
    expect(requests.map((r) => [r.path, r.status, r.headers['if-none-match'] !== undefined]).sort()).toEqual([
      ['/2019/old-notice.html', 304, true],
      ['/2020/changsha-notice.html', 304, true],
      ['/2023/jiangmen.html', 304, true],
      ['/2025/jingmen-notice.html', 304, true],
      ['/2025/quanzhou.html', 304, true],
      ['/download?id=2020-17', 304, true],
      ['/old/jiangmen', 301, true],
      ['/uploads/2019/plan.doc', 304, true],
      ['/uploads/2025/jingmen-plan.docx', 304, true],
      ['/xxgk/jiangmen', 302, true],
    ])
  })

  it('re-parses nothing: every document comes from the parse cache, with the same plans', () => {
    expect(secondBuild.files.map((f) => f.status)).toEqual(['cached', 'cached', 'cached', 'cached', 'cached'])
    expect(secondBuild.build.plans).toEqual(firstBuild.build.plans)
  })
})

describe('fetchUrls after the site corrected a page', () => {
  it('downloads the new version, replaces the old file and indexes it again', async () => {
    const address = url('/old/jiangmen')
    const old = first.addresses.find((a) => a.address === address)!.files[0]
    jiangmenPage.body = Buffer.from(articlePage('江门市教育局2023年工作要点（修订）', JIANGMEN.map((l) => l.replace('刘永强', '李明'))))
    const third = await fetchUrls([address], options())
    expect(third.addresses.map((a) => [a.status, a.files])).toEqual([['fetched', [expect.stringMatching(/^127\.0\.0\.1_\d+\/江门市教育局2023年工作要点（修订）-[0-9a-f]{8}\.html$/)]]])
    expect(existsSync(join(webDir, old))).toBe(false)
    const rebuilt = await buildIndexFromPaths([webDir], { themes, cache: firstBuild.cache })
    expect(rebuilt.files.map((f) => [f.file.replace(/^[^/]+\//, '').replace(/-[0-9a-f]{8}\./, '.'), f.status])).toEqual([
      ['2019年工作要点.doc', 'cached'],
      ['2020年全市教育工作要点.pdf', 'cached'],
      ['2025年泉州市教育工作要点.html', 'cached'],
      ['市教育局2025年教育工作要点.docx', 'cached'],
      ['江门市教育局2023年工作要点（修订）.html', 'indexed'],
    ])
  })
})

describe('fetchUrls after the site reworded a notice but not its attachment', () => {
  it('keeps the attachment and its cached parse, and records the new page so the next run gets 304', async () => {
    const address = url('/2025/jingmen-notice.html')
    const file = first.addresses.find((a) => a.address === address)!.files[0]
    jingmenNotice.body = Buffer.from(jingmenNoticeHtml('现将《市教育局2025年教育工作要点》印发给你们，请认真贯彻执行。'))
    const changed = await fetchUrls([address], options())
    expect(changed.addresses.map((a) => [a.status, a.files])).toEqual([['fetched', [file]]])
    expect(sidecarOf(file).page!.sha256).toBe(createHash('sha256').update(jingmenNotice.body).digest('hex'))
    const again = await fetchUrls([address], options())
    expect(again.addresses.map((a) => [a.status, a.files])).toEqual([['not-modified', [file]]])
  })
})

describe('fetchUrls given the address of a document itself', () => {
  it('stores it under the name the server gives it, with no page in its sidecar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fetch-direct-'))
    try {
      const report = await fetchUrls([url('/download?id=2020-17')], { ...options(), webDir: dir })
      expect(report.addresses.map((a) => [a.status, a.files])).toEqual([['fetched', [expect.stringMatching(/^127\.0\.0\.1_\d+\/2020-17-[0-9a-f]{8}\.pdf$/)]]])
      const sidecar = JSON.parse(readFileSync(join(dir, `${report.addresses[0].files[0]}.source.json`), 'utf8')) as WebSidecar
      expect([sidecar.source, sidecar.page, sidecar.fetch.contentType]).toEqual([url('/download?id=2020-17'), null, 'application/pdf'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('fetchUrls without --allow-private', () => {
  it('refuses loopback addresses before sending any request', async () => {
    const before = site.requests.length
    const report = await fetchUrls([url('/2023/jiangmen.html'), 'http://localhost:9/plan.html', 'http://[::1]:9/', 'http://169.254.169.254/latest/meta-data/'], { webDir, delayMs: 0 })
    expect(report.addresses.map((a) => [a.status, a.failure?.code])).toEqual([
      ['failed', 'private_address'],
      ['failed', 'private_address'],
      ['failed', 'private_address'],
      ['failed', 'private_address'],
    ])
    expect(report.addresses[0].failure!.message).toBe(
      `${url('/2023/jiangmen.html')} was not fetched: 127.0.0.1 is a private, loopback or link-local address. Pass --allow-private to fetch from your own network.`,
    )
    expect(report.addresses[1].failure!.message).toMatch(/^http:\/\/localhost:9\/plan\.html was not fetched: localhost resolves to (127\.0\.0\.1|::1), which is a private, loopback or link-local address\./)
    expect(site.requests.length).toBe(before)
    expect(existsSync(webDir) && readdirSync(webDir)).toEqual([host()])
  })
})
