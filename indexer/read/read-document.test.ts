import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import JSZip from 'jszip'
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDocument, UnreadableDocumentError } from './read-document.js'
import { POLICY_PAGE } from './fixtures/policy-page.js'

let dir: string
const file = (name: string) => join(dir, name)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-document-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A minimal valid .docx: content types, the package relationship and the main document part. */
async function buildDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('')
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  )
  return zip.generateAsync({ type: 'nodebuffer' })
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the read to fail')
    },
    (err: unknown) => {
      expect(err).toBeInstanceOf(UnreadableDocumentError)
      const { code, message } = err as UnreadableDocumentError
      return { code, message }
    },
  )

describe('readDocument', () => {
  it('reads a GBK text file from real corpus lines', async () => {
    const text = '2020年全市教育工作要点\r\n发布时间 : 2020-02-17\r\n来源:长沙市教育局\r\n'
    await writeFile(file('gbk.txt'), iconv.encode(text, 'gbk'))
    expect(await readDocument(file('gbk.txt'))).toEqual({
      path: file('gbk.txt'),
      format: 'text',
      encoding: 'GB18030',
      text: '2020年全市教育工作要点\n发布时间 : 2020-02-17\n来源:长沙市教育局\n',
      fields: {},
      url: null,
    })
  })

  it('reads a Big5 markdown file, as rendered', async () => {
    const text = '# 2025年泉州市教育工作要點\n\n一、實施“黨建領航”工程,推進教育強市建設起好步\n'
    await writeFile(file('big5.md'), iconv.encode(text, 'big5'))
    const doc = await readDocument(file('big5.md'))
    expect([doc.encoding, doc.text]).toEqual(['Big5', '2025年泉州市教育工作要點\n\n一、實施“黨建領航”工程,推進教育強市建設起好步'])
  })

  it('strips the BOM of a UTF-8 file', async () => {
    await writeFile(file('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('江教办〔2023〕5号\n', 'utf8')]))
    const doc = await readDocument(file('bom.txt'))
    expect([doc.encoding, doc.text]).toEqual(['UTF-8 (BOM)', '江教办〔2023〕5号\n'])
  })

  it('reads a gb2312 html page: main text, metadata table as fields, canonical url', async () => {
    const page = POLICY_PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    await writeFile(file('page.htm'), iconv.encode(page, 'gbk'))
    const doc = await readDocument(file('page.htm'))
    expect(doc.format).toBe('html')
    expect(doc.encoding).toBe('GB18030')
    expect(doc.text.split('\n').slice(0, 3)).toEqual(['市教育局2025年教育工作要点', '', '发布日期:2025-03-12 10:10信息来源:荆门市教育局'])
    expect(doc.fields).toEqual({ 索引号: '11420800011236449Y/2025-00078', 主题分类: '教育', 发布机构: '市教育局', 发文日期: '2025-03-12', 效力状态: '有效' })
    expect(doc.url).toBe('http://www.jingmen.gov.cn/zwgk/fdzdgknr/ghxx/202503/t20250312_1.shtml')
  })

  it('reads a docx built in the test, one paragraph per line', async () => {
    await writeFile(file('plan.docx'), await buildDocx(['江门市教育局2023年工作要点', '1.深入学习宣传贯彻党的二十大精神。', '学深悟透党的创新理论。']))
    const doc = await readDocument(file('plan.docx'))
    expect(doc).toEqual({
      path: file('plan.docx'),
      format: 'docx',
      encoding: null,
      text: '江门市教育局2023年工作要点\n\n1.深入学习宣传贯彻党的二十大精神。\n\n学深悟透党的创新理论。\n\n',
      fields: {},
      url: null,
    })
  })

  // pdf-lib's standard fonts cover Latin only (no CJK glyphs), so the test PDF is in English.
  it('reads the text layer of a two-page pdf built in the test, line breaks kept', async () => {
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.Helvetica)
    const first = pdf.addPage([420, 300])
    first.drawText('Education Work Plan 2025', { x: 20, y: 260, size: 14, font })
    first.drawText('1. Strengthen teacher training across all', { x: 20, y: 230, size: 11, font })
    first.drawText('primary schools in the city.', { x: 20, y: 215, size: 11, font })
    pdf.addPage([420, 300]).drawText('2. Build ten new kindergartens.', { x: 20, y: 260, size: 11, font })
    await writeFile(file('plan.pdf'), await pdf.save())
    const doc = await readDocument(file('plan.pdf'))
    expect([doc.format, doc.encoding, doc.text]).toEqual([
      'pdf',
      null,
      'Education Work Plan 2025\n1. Strengthen teacher training across all\nprimary schools in the city.\n2. Build ten new kindergartens.',
    ])
  })

  it('throws no_text_layer for a pdf that only draws shapes', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([200, 200]).drawRectangle({ x: 10, y: 10, width: 100, height: 50, color: rgb(0.2, 0.2, 0.2) })
    await writeFile(file('scan.pdf'), await pdf.save())
    const { code, message } = await rejection(readDocument(file('scan.pdf')))
    expect(code).toBe('no_text_layer')
    expect(message).toContain('scan.pdf')
  })

  it('throws empty for an empty file and for a file of blank lines', async () => {
    await writeFile(file('empty.txt'), '')
    await writeFile(file('blank.txt'), '\n  \r\n\u3000\n')
    expect((await rejection(readDocument(file('empty.txt')))).code).toBe('empty')
    expect((await rejection(readDocument(file('blank.txt')))).code).toBe('empty')
  })

  it('throws binary for a binary file named .txt', async () => {
    await writeFile(file('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    const { code, message } = await rejection(readDocument(file('image.txt')))
    expect(code).toBe('binary')
    expect(message).toContain('image.txt')
  })

  it('throws corrupt for a .docx that is a zip of something else, and for one that is no zip', async () => {
    const zip = new JSZip()
    zip.file('photos/readme.txt', '不是Word文档')
    await writeFile(file('fake.docx'), await zip.generateAsync({ type: 'nodebuffer' }))
    await writeFile(file('text.docx'), '市教育局2025年教育工作要点')
    const fake = await rejection(readDocument(file('fake.docx')))
    expect(fake.code).toBe('corrupt')
    expect(fake.message).toContain('fake.docx')
    expect((await rejection(readDocument(file('text.docx')))).code).toBe('corrupt')
  })

  it('throws corrupt for a .pdf that is not a pdf', async () => {
    await writeFile(file('fake.pdf'), '2025年泉州市教育工作要点')
    expect((await rejection(readDocument(file('fake.pdf')))).code).toBe('corrupt')
  })

  it('throws unsupported_format for an .odt and too_large above maxBytes', async () => {
    await writeFile(file('old.odt'), '市教育局')
    await writeFile(file('big.txt'), '市教育局2025年教育工作要点\n'.repeat(100))
    const old = await rejection(readDocument(file('old.odt')))
    expect(old).toEqual({ code: 'unsupported_format', message: 'old.odt has an unsupported format: convert it to one of .txt .md .html .htm .docx .doc .wps .rtf .pdf .ofd (an .odt file can be saved as .docx in WPS, Word or LibreOffice).' })
    expect((await rejection(readDocument(file('big.txt'), { maxBytes: 1000 }))).code).toBe('too_large')
  })
})
