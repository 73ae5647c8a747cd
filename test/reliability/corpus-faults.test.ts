/**
 * Corpus faults through the whole indexer run (runIndexer on a temp folder): every kind of bad or odd file
 * sits in one corpus beside good ones, and the run must finish with each file indexed correctly or skipped
 * with a reason a user can act on. indexer/pipeline.test.ts covers a zero-byte file, PNG bytes named .txt,
 * a GBK file and a plain duplicate; the cases here are the ones it does not.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import iconv from 'iconv-lite'
import * as OpenCC from 'opencc-js'
import { PDFDocument, rgb } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIndexFromPaths } from '../../indexer/build.js'
import { normalizeForMatch } from '../../indexer/normalize.js'
import { readBuild } from '../../indexer/build-files.js'
import { runIndexer } from '../../server/startup/run-indexer.js'
import type { IndexerReport } from '../../indexer/pipeline.js'
import { DEFAULT_MAX_BYTES } from '../../indexer/read/read-document.js'
import { loadThemes } from '../../indexer/themes/theme-tagger.js'
import type { IndexBuild } from '../../indexer/types.js'

const CORPUS = 'data/corpus'
const JINGMEN = join(CORPUS, '000_d9ce88d6bc3921ac.txt')
const JIANGMEN = join(CORPUS, '002_e24f9c466794c2b3.txt')
const CHANGSHA = join(CORPUS, '003_72060bc44866bc8a.txt')

/** A zip archive with stored (uncompressed) entries: what a .docx is made of, here holding no Word document. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8')
    const data = Buffer.from(content, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** A one-page PDF that draws a rectangle and no text: what a scanner without OCR produces. */
async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([595, 842])
  page.drawRectangle({ x: 50, y: 400, width: 495, height: 300, color: rgb(0.85, 0.85, 0.85), borderColor: rgb(0, 0, 0), borderWidth: 2 })
  return pdf.save()
}

/** Writes `bytes` bytes of real corpus text in 1 MiB chunks, so the test never holds the whole file. */
function writeLargeText(path: string, bytes: number): void {
  const chunk = Buffer.alloc(1024 * 1024)
  const source = readFileSync(JIANGMEN)
  for (let i = 0; i < chunk.length; i += source.length) source.copy(chunk, i, 0, Math.min(source.length, chunk.length - i))
  const fd = openSync(path, 'w')
  try {
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written))
  } finally {
    closeSync(fd)
  }
}

const NO_NUMBERING = [
  '某区教育局关于做好暑期学生安全工作的说明',
  '暑假将至，为切实做好学生暑期安全工作，现将有关事项说明如下。',
  '各学校要高度重视学生暑期安全工作，通过家长会、告家长书等方式，提醒家长切实履行监护责任，加强对孩子的安全教育和看护。',
  '要重点做好防溺水、交通安全、食品安全和网络安全教育，引导学生增强自我保护意识和能力。',
  '各学校要建立假期联系制度，畅通家校沟通渠道，发现问题及时报告、妥善处置。',
].join('\n')

describe('runIndexer on a corpus of faulty files', () => {
  let dir: string
  let corpus: string
  let buildDir: string
  let report: IndexerReport
  let build: IndexBuild
  let originals: { jingmen: IndexBuild; jiangmen: IndexBuild; changsha: IndexBuild }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-faults-'))
    corpus = join(dir, 'corpus')
    buildDir = join(dir, 'build')
    mkdirSync(corpus)
    const themes = loadThemes()
    const parse = async (file: string) => (await buildIndexFromPaths([file], { themes })).build
    originals = { jingmen: await parse(JINGMEN), jiangmen: await parse(JIANGMEN), changsha: await parse(CHANGSHA) }

    // The 荆门 plan in traditional characters, saved as Big5 by a Taiwan/Hong Kong editor.
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(readFileSync(JINGMEN, 'utf8'))
    writeFileSync(join(corpus, 'jingmen-big5.txt'), iconv.encode(traditional, 'big5'))
    // The 长沙 plan twice: UTF-8 and GBK bytes of the same text are one document.
    writeFileSync(join(corpus, 'a-changsha-utf8.txt'), readFileSync(CHANGSHA))
    writeFileSync(join(corpus, 'b-changsha-gbk.txt'), iconv.encode(readFileSync(CHANGSHA, 'utf8'), 'gbk'))
    // The 江门 plan under a name with spaces and Chinese, and again under another name.
    writeFileSync(join(corpus, '江门市 教育局 2023年 工作要点 (定稿).txt'), readFileSync(JIANGMEN))
    writeFileSync(join(corpus, '江门市（副本）.md'), readFileSync(JIANGMEN))
    writeFileSync(join(corpus, 'no-numbering.txt'), NO_NUMBERING)
    writeFileSync(join(corpus, 'blank lines.txt'), '\n \u3000\n\t\r\n   \n')
    writeFileSync(join(corpus, 'random-bytes.md'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)))
    writeFileSync(join(corpus, 'minutes.docx'), storedZip({ 'readme.txt': '这不是 Word 文档', 'data/list.csv': 'a,b\n1,2\n' }))
    writeFileSync(join(corpus, 'scan.pdf'), await imageOnlyPdf())
    writeLargeText(join(corpus, 'huge.txt'), DEFAULT_MAX_BYTES + 1024 * 1024)

    report = await runIndexer({ inputs: [corpus], buildDir, embed: false, catalogPath: join(dir, 'no-catalog.json') })
    build = readBuild(buildDir)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('finishes with every file either indexed or skipped with its reason', () => {
    const outcome = Object.fromEntries(report.files.map((f) => [f.file, [f.status, f.plans, f.clauses]]))
    expect(outcome).toEqual({
      'a-changsha-utf8.txt': ['indexed', 1, originals.changsha.clauses.length],
      'b-changsha-gbk.txt': ['duplicate', 0, 0],
      'blank lines.txt': ['skipped', 0, 0],
      'huge.txt': ['skipped', 0, 0],
      'jingmen-big5.txt': ['indexed', 1, originals.jingmen.clauses.length],
      'minutes.docx': ['skipped', 0, 0],
      'no-numbering.txt': ['indexed', 1, 5],
      'random-bytes.md': ['skipped', 0, 0],
      'scan.pdf': ['skipped', 0, 0],
      '江门市（副本）.md': ['duplicate', 0, 0],
      '江门市 教育局 2023年 工作要点 (定稿).txt': ['indexed', 1, originals.jiangmen.clauses.length],
    })
    expect([report.plans, report.skipped]).toEqual([4, 5])
    expect(build.plans).toHaveLength(4)
    expect(build.clauses).toHaveLength(report.clauses)
  })

  it('gives each skipped file a reason that says what to do', () => {
    const reason = (file: string) => report.files.find((f) => f.file === file)!.reason
    expect(reason('blank lines.txt')).toBe('blank lines.txt contains no text: check that the right file was saved.')
    expect(reason('random-bytes.md')).toMatch(/^random-bytes\.md is a binary file, not text/)
    expect(reason('minutes.docx')).toMatch(/^minutes\.docx is a zip archive but not a readable Word document \(.+\): open it in Word or LibreOffice and save it again as \.docx\.$/)
    expect(reason('scan.pdf')).toBe('scan.pdf has no text layer (it is a scan or an image PDF): run OCR on it (for example ocrmypdf -l chi_sim) and index the result.')
    expect(reason('huge.txt')).toBe('huge.txt is 51.0 MB, more than the 50.0 MB limit: split it into smaller files or raise the limit.')
  })

  it('reports a duplicate once, naming the file it repeats, whatever its encoding', () => {
    const reason = (file: string) => report.files.find((f) => f.file === file)!.reason
    expect(reason('b-changsha-gbk.txt')).toContain('same text as a-changsha-utf8.txt')
    expect(reason('江门市（副本）.md')).toContain('same text as 江门市 教育局 2023年 工作要点 (定稿).txt')
    const jiangmen = build.plans.filter((p) => p.city === '江门市')
    expect(jiangmen.map((p) => p.source.file)).toEqual(['江门市 教育局 2023年 工作要点 (定稿).txt'])
    expect(new Set(build.clauses.map((c) => c.id)).size).toBe(build.clauses.length)
  })

  it('reads the Big5 file into the same clauses as the simplified original, with the same metadata', () => {
    const plan = build.plans.find((p) => p.source.file === 'jingmen-big5.txt')!
    const original = originals.jingmen.plans[0]
    expect([plan.id, plan.city, plan.province, plan.year, plan.level]).toEqual([original.id, original.city, original.province, original.year, original.level])
    const clauses = build.clauses.filter((c) => c.planId === plan.id)
    expect(clauses.map((c) => [c.id, c.number, c.chapter?.number ?? null])).toEqual(
      originals.jingmen.clauses.map((c) => [c.id, c.number, c.chapter?.number ?? null]),
    )
    // The display text stays traditional; matching folds it back to the simplified original.
    expect(clauses.some((c) => c.text !== normalizeForMatch(c.text))).toBe(true)
    // Character-level folding cannot undo every one-to-many conversion (著力 → 着力), so both sides go through it.
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
    expect(clauses.map((c) => normalizeForMatch(c.text))).toEqual(originals.jingmen.clauses.map((c) => normalizeForMatch(toTraditional(c.text))))
  })

  it('indexes the GBK twin nowhere but the UTF-8 text exactly once', () => {
    const changsha = build.clauses.filter((c) => c.planId === originals.changsha.plans[0].id)
    expect(changsha.map((c) => c.text)).toEqual(originals.changsha.clauses.map((c) => c.text))
  })

  it('indexes a text with no numbering as unnumbered passages', () => {
    const plan = build.plans.find((p) => p.source.file === 'no-numbering.txt')!
    const clauses = build.clauses.filter((c) => c.planId === plan.id)
    expect(clauses.every((c) => c.number === null && !c.outlineOnly)).toBe(true)
    const body = NO_NUMBERING.split('\n').slice(2).join('')
    expect(clauses.map((c) => c.text).join('').replace(/\n/g, '')).toContain(body)
  })
})
