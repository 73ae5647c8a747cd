import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { Document, Packer, Paragraph } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LayoutExpectation } from '../../test/fixtures/layouts/render-layouts.js'
import { parseDocument } from '../parse-document.js'
import { buildWord97 } from './fixtures/word97.js'
import { readDocument, UnreadableDocumentError } from './read-document.js'

let dir: string
const file = (name: string) => join(dir, name)
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-doc-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const LAYOUTS = 'test/fixtures/layouts'

describe('readDocument on an old Word .doc', () => {
  it('reads the text of a Word 97–2003 file, one paragraph per line with a blank line between', async () => {
    await writeFile(file('plan.doc'), buildWord97(['江门市教育局2023年工作要点', '一、加强党的建设', '1.深化理论武装。组织开展学习。']))
    expect(await readDocument(file('plan.doc'))).toEqual({
      path: file('plan.doc'),
      format: 'doc',
      encoding: null,
      text: '江门市教育局2023年工作要点\n\n一、加强党的建设\n\n1.深化理论武装。组织开展学习。',
      fields: {},
      url: null,
    })
  })

  it('reads a WPS .wps file, Word 97 compatible, as a .doc', async () => {
    await writeFile(file('plan.wps'), buildWord97(['江门市教育局2023年工作要点', '一、加强党的建设']))
    const doc = await readDocument(file('plan.wps'))
    expect([doc.format, doc.text]).toEqual(['doc', '江门市教育局2023年工作要点\n\n一、加强党的建设'])
  })

  it('finds every numbered clause of a plan saved as .doc, as from the typed copy', async () => {
    const lines = readFileSync(join(LAYOUTS, 'source', 'shaoguan-2023-yaodian.txt'), 'utf8').split('\n').filter(Boolean)
    await writeFile(file('shaoguan.doc'), buildWord97(lines))
    const doc = await readDocument(file('shaoguan.doc'))
    const clauses = parseDocument({ file: 'shaoguan.doc', text: doc.text, fields: {}, url: null })
      .flatMap((p) => p.clauses)
      .filter((c) => c.number !== null)
      .map((c) => [c.chapter?.number ?? null, c.number, c.heading.slice(0, 8)])
    const expected: LayoutExpectation[] = JSON.parse(readFileSync(join(LAYOUTS, 'expectations.json'), 'utf8'))
    expect(clauses).toEqual(expected.find((e) => e.file === 'shaoguan-2023-yaodian--lines.txt')!.clauses)
  })

  it('reads a .docx or a web page saved under a .doc name as what it is', async () => {
    const docx = new Document({ sections: [{ children: [new Paragraph({ text: '江门市教育局2023年工作要点' })] }] })
    await writeFile(file('really-docx.doc'), await Packer.toBuffer(docx))
    expect((await readDocument(file('really-docx.doc'))).text).toBe('江门市教育局2023年工作要点\n\n')
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>荆门市教育局2025年教育工作要点</p><table><tr><td>文号：</td><td>荆教发〔2025〕3号</td></tr></table></body></html>'
    await writeFile(file('web-page.doc'), iconv.encode(page, 'gbk'))
    const html = await readDocument(file('web-page.doc'))
    expect([html.format, html.encoding, html.text, html.fields]).toEqual(['doc', 'GB18030', '荆门市教育局2025年教育工作要点', { 文号: '荆教发〔2025〕3号' }])
  })

  it('reads an RTF file saved under a .doc name as RTF, and says what to do with a damaged one, skipping it not silently', async () => {
    await writeFile(file('letter.doc'), "{\\rtf1\\ansi\\ansicpg936 \\'ca\\'d0\\'bd\\'cc\\'d3\\'fd\\'be\\'d6\\par}")
    expect((await readDocument(file('letter.doc'))).text).toBe('市教育局')
    const damaged = Buffer.from(buildWord97(['市教育局']))
    damaged.fill(0x41, 600, 2000)
    await writeFile(file('damaged.doc'), damaged)
    const err = await readDocument(file('damaged.doc')).then(() => null, (e: unknown) => e)
    expect(err).toBeInstanceOf(UnreadableDocumentError)
    expect([(err as UnreadableDocumentError).code, (err as UnreadableDocumentError).message.replace(/ \(.*\): open/, ' (…): open')]).toEqual([
      'corrupt', 'damaged.doc could not be read as a Word .doc file (…): open it in Word, WPS or LibreOffice and save it as .docx.',
    ])
  })

  it('refuses a file whose sector chain loops or whose header asks for more than the file holds, instead of aborting the process', async () => {
    const good = Buffer.from(buildWord97(['江门市教育局2023年工作要点', '一、加强党的建设']))
    // The directory's chain made a two-sector loop: word-extractor alone grows an array until V8 aborts.
    const looping = Buffer.from(good)
    const fatAt = (looping.readInt32LE(0x4c) + 1) * 512
    const directory = looping.readInt32LE(0x30)
    looping.writeInt32LE(0, fatAt + directory * 4)
    looping.writeInt32LE(directory, fatAt)
    const oversized = Buffer.from(good)
    oversized.writeUInt32LE(0x7fffffff, 0x2c)
    await writeFile(file('looping.doc'), looping)
    await writeFile(file('oversized.doc'), oversized)
    const messages = []
    for (const name of ['looping.doc', 'oversized.doc']) messages.push(await readDocument(file(name)).then(() => null, (e: unknown) => (e as UnreadableDocumentError).message))
    expect(messages).toEqual([
      'looping.doc could not be read as a Word .doc file (a sector chain of the file loops): open it in Word, WPS or LibreOffice and save it as .docx.',
      'oversized.doc could not be read as a Word .doc file (its allocation tables are larger than the file): open it in Word, WPS or LibreOffice and save it as .docx.',
    ])
  })
})
