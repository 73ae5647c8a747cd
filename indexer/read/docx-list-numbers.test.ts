import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, LevelFormat, Packer, Paragraph } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse-document.js'
import type { LayoutExpectation } from '../../test/fixtures/layouts/render-layouts.js'
import { readDocx } from './read-docx.js'

const LAYOUTS = 'test/fixtures/layouts'
const expectations: LayoutExpectation[] = JSON.parse(readFileSync(join(LAYOUTS, 'expectations.json'), 'utf8'))

/**
 * A source plan typed in Word the way offices do: its chapter and section numbers (一、 （一）) one numbered list,
 * its clause numbers (1.) another, none of them typed. Every other line is a plain paragraph.
 */
async function planAsWordLists(source: string): Promise<Uint8Array> {
  const lines = readFileSync(join(LAYOUTS, 'source', `${source}.txt`), 'utf8').split('\n').filter(Boolean)
  const children = lines.map((line) => {
    const chapter = /^[一二三四五六七八九十]+、(.*)$/.exec(line)
    if (chapter) return new Paragraph({ text: chapter[1], numbering: { reference: 'outline', level: 0 } })
    const section = /^（[一二三四五六七八九十]+）(.*)$/.exec(line)
    if (section) return new Paragraph({ text: section[1], numbering: { reference: 'outline', level: 1 } })
    const clause = /^\d+\.(.*)$/.exec(line)
    if (clause) return new Paragraph({ text: clause[1], numbering: { reference: 'clauses', level: 0 } })
    return new Paragraph({ text: line })
  })
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
          ],
        },
        { reference: 'clauses', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] },
      ],
    },
    sections: [{ children }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

const clausesOf = (text: string) =>
  parseDocument({ file: 'plan.docx', text, fields: {}, url: null })
    .flatMap((p) => p.clauses)
    .filter((c) => c.number !== null)
    .map((c) => [c.chapter?.number ?? null, c.number, c.heading.slice(0, 8)])

describe('a plan numbered by Word lists instead of typed numbers', () => {
  it.each(['shaoguan-2023-yaodian', 'mianyang-2022-tongzhi'])('reads every numbered clause of %s with its chapter, as from the typed copy', async (source) => {
    const text = await readDocx(await planAsWordLists(source), `${source}.docx`)
    expect(clausesOf(text)).toEqual(expectations.find((e) => e.file === `${source}--lines.txt`)!.clauses)
  })

  it('writes the numbers where Word prints them, at the start of their paragraphs', async () => {
    const text = await readDocx(await planAsWordLists('mianyang-2022-tongzhi'), 'mianyang.docx')
    expect(text.split('\n').filter((l) => /^(?:[一二三]、|（[一二]）)/.test(l)).map((l) => l.slice(0, 12))).toEqual([
      '一、总体思路',
      '二、重点任务',
      '（一）坚持和加强党的全面',
      '（二）落实立德树人根本任',
      '三、保障措施',
      '（一）加强经费保障。严格',
      '（二）加强督导评估。完善',
    ])
  })
})

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** A docx written by hand, with the numbering and styles parts the lists need. */
async function handmadeDocx(body: string, numbering: string, styles = ''): Promise<Uint8Array> {
  const zip = new JSZip()
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
  zip.file(
    '[Content_Types].xml',
    `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  )
  zip.file('_rels/.rels', `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
  zip.file(
    'word/_rels/document.xml.rels',
    `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  )
  zip.file('word/document.xml', `${xml}<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`)
  zip.file('word/numbering.xml', `${xml}<w:numbering xmlns:w="${W}">${numbering}</w:numbering>`)
  zip.file('word/styles.xml', `${xml}<w:styles xmlns:w="${W}">${styles}</w:styles>`)
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }))
}

const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`
const listed = (text: string, numId: number, ilvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`)
const level = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`
const lines = (text: string) => text.split('\n').filter(Boolean)

describe('writeListNumbers, as readDocx reads it', () => {
  it('numbers a heading style that carries a list, with a space after a number without punctuation', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1章', '<w:pStyle w:val="ChapterHeading"/>')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`
    const styles = `<w:style w:type="paragraph" w:styleId="ChapterBase"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ChapterHeading"><w:basedOn w:val="ChapterBase"/></w:style>`
    const body = [p('总则', '<w:pStyle w:val="ChapterHeading"/>'), p('第一条正文。'), p('主要任务', '<w:pStyle w:val="ChapterHeading"/>')].join('')
    expect(lines(await readDocx(await handmadeDocx(body, numbering, styles), 'a.docx'))).toEqual(['第一章 总则', '第一条正文。', '第二章 主要任务'])
  })

  it('restarts sub-levels after a higher level, continues a list across instances, and restarts where an instance overrides the start', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'decimal', '%2.')}${level(2, 'decimalEnclosedCircle', '%3', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`
    const body = [listed('甲', 1), listed('甲1', 1, 1), listed('圈', 1, 2), listed('甲2', 1, 1), listed('乙', 2), listed('乙1', 2, 1), listed('圈', 2, 2), listed('再起', 5)].join('')
    expect(lines(await readDocx(await handmadeDocx(body, numbering), 'b.docx'))).toEqual(['一、甲', '1.甲1', '①圈', '2.甲2', '二、乙', '1.乙1', '②圈', '一、再起'])
  })

  it('writes every level in digits under isLgl, leaves bullets out and counts a text box once', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`
    const box = (inner: string) => `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${inner}</mc:Choice><mc:Fallback><w:pict><w:txbxContent>${inner}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
    const body = [listed('目标', 1), listed('细则', 1, 1), listed('要点', 2), box(listed('框内', 1, 1)), listed('再一条', 1, 1), p('无编号', '<w:numPr><w:numId w:val="0"/></w:numPr>')].join('')
    expect(lines(await readDocx(await handmadeDocx(body, numbering), 'c.docx'))).toEqual(['一、目标', '1.1 细则', '要点', '1.2 框内', '1.3 再一条', '无编号'])
  })

  it('reads a paragraph whose list is missing from the numbering part as it is, without a number', async () => {
    const docx = await handmadeDocx(listed('正文', 1), '<w:num w:numId="1"><w:abstractNumId w:val="9"/></w:num>')
    expect(lines(await readDocx(docx, 'd.docx'))).toEqual(['正文'])
  })
})
