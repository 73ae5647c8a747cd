/**
 * The basket as a Word document (.docx), built in the browser with the `docx` package. Loaded only when
 * the user exports (dynamic import), so it never weighs on the first page load. East Asian text is set in
 * SimSun (宋体), which Word and WPS both have, with the language marked zh-CN.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { ExportSection } from './basket-export.js'

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }

function clauseParagraphs(c: ExportSection['clauses'][number], n: number): Paragraph[] {
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun({ text: `${n}. ${c.citation}` })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: c.text })] }),
  ]
  if (c.note) out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: '备注：', bold: true }), new TextRun({ text: c.note, italics: true })] }))
  out.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: c.link, size: 18, color: '666666' })] }))
  return out
}

export async function basketDocx(sections: readonly ExportSection[], title: string, date: string): Promise<Blob> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: `导出日期：${date}　共 ${sections.reduce((s, x) => s + x.clauses.length, 0)} 条`, color: '666666' })] }),
  ]
  let n = 0
  for (const section of sections) {
    if (section.theme !== null) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: section.theme })] }))
    for (const c of section.clauses) children.push(...clauseParagraphs(c, ++n))
  }
  const doc = new Document({
    creator: '教育工作要点检索',
    title,
    styles: { default: { document: { run: { font: FONT, size: 24, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [{ children }],
  })
  return Packer.toBlob(doc)
}
