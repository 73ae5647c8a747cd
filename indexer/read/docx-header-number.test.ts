import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { headerDocNumberLine } from './docx-header-number.js'
import { partsOf } from './docx-xml.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
const tab = '<w:r><w:tab/></w:r>'

/** The 文号 line read from a package whose header parts hold these paragraphs, header1.xml first. */
async function headerNumber(...headers: string[]): Promise<string | null> {
  const zip = new JSZip()
  zip.file('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`)
  const rels = headers.map((_, i) => `<Relationship Id="rIdH${i + 1}" Type="${REL}/header" Target="header${i + 1}.xml"/>`).join('')
  zip.file('word/_rels/document.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`)
  zip.file('word/document.xml', `${XML}<w:document xmlns:w="${W}"><w:body><w:p>${run('正文。')}</w:p></w:body></w:document>`)
  headers.forEach((h, i) => zip.file(`word/header${i + 1}.xml`, `${XML}<w:hdr xmlns:w="${W}">${h}</w:hdr>`))
  return headerDocNumberLine(zip, (await partsOf(zip))!)
}

describe('the 文号 a .docx prints in its page header', () => {
  it('is the piece a tab sets apart from the bureau’s name on the header’s one line', async () => {
    expect(await headerNumber(`<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr>${run('宜昌市教育局')}${tab}${run('宜市教发〔2024〕12号')}</w:p>`)).toBe('宜市教发〔2024〕12号')
  })

  it('is none for a header of the bureau’s name, a running title and a page count', async () => {
    expect(await headerNumber(`<w:p>${run('宜昌市教育局')}</w:p><w:p>${run('宜昌市教育局2024年工作要点')}${tab}${run('第 1 页 共 3 页')}</w:p>`)).toBe(null)
  })

  it('is none for a header that cites another document by its number', async () => {
    expect(await headerNumber(`<w:p>${run('贯彻落实鄂教发〔2023〕5号文件精神')}</w:p>`)).toBe(null)
  })

  it('is read from a later header part when the first prints none (a first page’s own header)', async () => {
    expect(await headerNumber(`<w:p>${run('宜昌市教育局')}</w:p>`, `<w:p>${run('宜市教发〔2024〕12号')}</w:p>`)).toBe('宜市教发〔2024〕12号')
  })
})
