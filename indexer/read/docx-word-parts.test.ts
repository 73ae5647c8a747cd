import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readDocx } from './read-docx.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A docx written by hand, numId 1 a 1. list, numId 2 a table's 序号 list (`1`), and footnotes when given (ids from 1). */
async function docx(body: string, footnotes: string[] = []): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
  zip.file('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`)
  zip.file('word/_rels/document.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`)
  zip.file('word/numbering.xml', `${XML}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`)
  const notes = footnotes.map((t, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${t}</w:t></w:r></w:p></w:footnote>`).join('')
  zip.file('word/footnotes.xml', `${XML}<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`)
  zip.file('word/document.xml', `${XML}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`)
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }))
}

const REVIEW = 'w:id="1" w:author="审稿人" w:date="2024-03-01T00:00:00Z"'
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
const deleted = (text: string) => `<w:del ${REVIEW}><w:r><w:delText>${text}</w:delText></w:r></w:del>`
const p = (runs: string, { numbered = false, markDeleted = false, style = '' } = {}) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbered ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}${markDeleted ? `<w:rPr><w:del ${REVIEW}/></w:rPr>` : ''}</w:pPr>${runs}</w:p>`
const field = (instr: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
const lines = async (body: string, footnotes: string[] = []) => (await readDocx(await docx(body, footnotes), 'plan.docx')).split('\n').filter(Boolean)
const move = (kind: 'moveFrom' | 'moveTo', text: string) => `<w:${kind} ${REVIEW}>${run(text)}</w:${kind}>`
const movedMark = (kind: 'moveFrom' | 'moveTo') => `<w:rPr><w:${kind} ${REVIEW}/></w:rPr>`
const footnote = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`

describe('a .docx saved with tracked changes in it reads as its final text', () => {
  it('gives a numbered paragraph deleted whole, mark and all, no number, so the clauses after it keep theirs', async () => {
    const body = [
      p(run('扩大优质学位供给。'), { numbered: true }),
      p(deleted('推进集团化办学。'), { numbered: true, markDeleted: true }),
      p(run('深化“双减”工作。'), { numbered: true }),
      p(run('加强特殊教育。'), { numbered: true }),
    ].join('')
    expect(await lines(body)).toEqual(['1.扩大优质学位供给。', '2.深化“双减”工作。', '3.加强特殊教育。'])
  })

  it('joins a paragraph whose mark was deleted to the next under its own number, counting the next one no number', async () => {
    const body = [
      p(run('提升县域高中办学水平。实施县中振兴行动，'), { numbered: true, markDeleted: true }),
      p(run('支持建设特色高中5所。'), { numbered: true }),
      p(run('加强师德师风建设。'), { numbered: true }),
    ].join('')
    expect(await lines(body)).toEqual(['1.提升县域高中办学水平。实施县中振兴行动，支持建设特色高中5所。', '2.加强师德师风建设。'])
  })

  it('leaves a table row deleted in review out of the table’s lines', async () => {
    const row = (a: string, b: string, trPr = '') => `<w:tr>${trPr}<w:tc>${p(run(a))}</w:tc><w:tc>${p(run(b))}</w:tc></w:tr>`
    const body = `<w:tbl>${row('县市区', '新增学位')}${row('孝南区', '4000个')}${row('汉川市', '3000个', `<w:trPr><w:del ${REVIEW}/></w:trPr>`)}</w:tbl>`
    expect(await lines(body)).toEqual(['县市区 新增学位', '孝南区 4000个'])
  })
})

describe('a .docx with moves and notes reads as its final text, each note with the text that refers to it', () => {
  it('shows a clause a reviewer moved once, where it was moved to, numbered there and nowhere else', async () => {
    const numbered = (runs: string, mark = '') => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>${mark}</w:pPr>${runs}</w:p>`
    const body = [
      numbered(run('扩大学前教育资源。')),
      numbered(move('moveFrom', '巩固“双减”成果。'), movedMark('moveFrom')),
      numbered(run('推进义务教育优质均衡。')),
      numbered(move('moveTo', '巩固“双减”成果。'), movedMark('moveTo')),
    ].join('')
    expect(await lines(body)).toEqual(['1.扩大学前教育资源。', '2.推进义务教育优质均衡。', '3.巩固“双减”成果。'])
  })

  it('counts no 序号 for a task table’s row deleted in review, so the rows after it keep the numbers a reader sees', async () => {
    const numberCell = (trPr = '') => `<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>${trPr}</w:pPr></w:p></w:tc>`
    const row = (task: string, isDeleted = false) =>
      `<w:tr>${isDeleted ? `<w:trPr><w:del ${REVIEW}/></w:trPr>` : ''}${numberCell()}<w:tc>${p(isDeleted ? deleted(task) : run(task))}</w:tc></w:tr>`
    const header = `<w:tr><w:tc>${p(run('序号'))}</w:tc><w:tc>${p(run('重点任务'))}</w:tc></w:tr>`
    const body = `<w:tbl>${header}${row('新建幼儿园12所')}${row('建设校外培训监管平台', true)}${row('建成智慧校园示范校40所')}</w:tbl>`
    expect(await lines(body)).toEqual(['1.新建幼儿园12所。', '2.建成智慧校园示范校40所。'])
  })

  it('writes a footnote after the text of the paragraph that refers to it, as （注：…）, and a deleted reference’s note nowhere', async () => {
    const body = [
      p(run('落实“五项管理”。') + footnote(1) + run('开展作业管理专项督查。'), { numbered: true }),
      p(run('加强师德师风建设。') + `<w:del ${REVIEW}>${footnote(2)}</w:del>`, { numbered: true }),
    ].join('')
    expect(await lines(body, ['“五项管理”指作业、睡眠、手机、读物、体质管理。', '已删去的注释。'])).toEqual([
      '1.落实“五项管理”。开展作业管理专项督查。（注：“五项管理”指作业、睡眠、手机、读物、体质管理。）',
      '2.加强师德师风建设。',
    ])
  })
})

describe('a .docx with a table of contents reads from its body', () => {
  const entries = (first: string) =>
    [
      p(first + run('一、总体要求') + '<w:r><w:tab/></w:r>' + field('PAGEREF _Toc1 \\h', '1'), { style: 'TOC1' }),
      p(run('二、重点任务') + '<w:r><w:tab/></w:r>' + field('PAGEREF _Toc2 \\h', '2'), { style: 'TOC1' }),
      p('<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    ].join('')
  const tocBegin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
  const plan = [p(run('一、总体要求')), p(run('坚持立德树人。')), p(run('二、重点任务')), p(run('深化理论武装。'), { numbered: true })].join('')

  it('leaves out Word’s automatic table of contents, its 目录 heading and entries with their page numbers', async () => {
    const sdt = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${p(run('目录'), { style: 'TOCHeading' })}${entries(tocBegin)}</w:sdtContent></w:sdt>`
    expect(await lines(p(run('某市2024年教育工作要点')) + sdt + plan)).toEqual(['某市2024年教育工作要点', '一、总体要求', '坚持立德树人。', '二、重点任务', '1.深化理论武装。'])
  })

  it('leaves out a TOC field outside a content control, from the paragraph it begins in to the one it ends in, and keeps a PAGE field’s text', async () => {
    const body = p(run('目录')) + entries(tocBegin) + plan + p(run('第') + field('PAGE', '3') + run('页'))
    expect(await lines(body)).toEqual(['目录', '一、总体要求', '坚持立德树人。', '二、重点任务', '1.深化理论武装。', '第3页'])
  })
})
