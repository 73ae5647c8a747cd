import { describe, expect, it } from 'vitest'
import { readHeadings } from './docx-headings.js'
import { parseXml } from './docx-xml.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${run(text)}</w:p>`
const styled = (id: string) => `<w:pStyle w:val="${id}"/>`
const style = (id: string, name: string, inner = '') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`
const headings = (body: string, styles: string) =>
  readHeadings(parseXml(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`), `<w:styles xmlns:w="${W}">${styles}</w:styles>`)

describe('the headings of a .docx, by style and outline level', () => {
  it('reads the level of Word’s heading styles by their outline level, through w:basedOn, and of WPS’s 标题 1 / 标题 2 by their names', () => {
    const styles =
      style('Normal', 'Normal') +
      style('Heading1', 'heading 1', '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>') +
      style('Chapter', '章标题', '<w:basedOn w:val="Heading1"/>') +
      style('2', '标题 2', '<w:basedOn w:val="Normal"/>') +
      style('Title', '标题', '<w:basedOn w:val="Normal"/>')
    const body = [
      p('教育局2024年工作要点', styled('Title')),
      p('全面加强党的建设', styled('Heading1')),
      p('深化教育评价改革', styled('2')),
      p('推进义务教育优质均衡', styled('Chapter')),
      p('1.新组建城乡教育共同体8个。'),
    ].join('')
    expect(headings(body, styles)).toEqual([
      { text: '全面加强党的建设', level: 1 },
      { text: '深化教育评价改革', level: 2 },
      { text: '推进义务教育优质均衡', level: 1 },
    ])
  })

  it('takes a paragraph’s own outline level over its style’s, body text (level 10) for none, and a tab stop for no text', () => {
    const styles = style('Normal', 'Normal') + style('Heading2', 'Heading 2', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>')
    const body = [
      p('保障措施', '<w:outlineLvl w:val="0"/>'),
      p('强调一段正文', `${styled('Heading2')}<w:outlineLvl w:val="9"/>`),
      p('加强组织领导', `${styled('Heading2')}<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>`),
    ].join('')
    expect(headings(body, styles)).toEqual([
      { text: '保障措施', level: 1 },
      { text: '加强组织领导', level: 2 },
    ])
  })

  it('reads no heading inside a table cell, and none from text a reviewer deleted', () => {
    const styles = style('Heading1', 'heading 1')
    const body =
      `<w:tbl><w:tr><w:tc>${p('重点任务', styled('Heading1'))}</w:tc></w:tr></w:tbl>` +
      `<w:p><w:pPr>${styled('Heading1')}</w:pPr><w:del w:id="1" w:author="审稿人"><w:r><w:t>旧</w:t></w:r></w:del>${run('推动职业教育提质培优')}</w:p>`
    expect(headings(body, styles)).toEqual([{ text: '推动职业教育提质培优', level: 1 }])
  })
})
