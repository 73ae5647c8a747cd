import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse-document.js'
import { readDocx } from './read-docx.js'

const cell = (text: string, options: { numbered?: boolean; merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
  new TableCell({
    children: [new Paragraph(options.numbered ? { text, numbering: { reference: 'rows', level: 0 } } : { text })],
    ...(options.merge ? { verticalMerge: options.merge } : {}),
  })

/**
 * A plan typed as a Word task table: its 序号 cells numbered by a Word list (empty in the text), the 牵头单位 of
 * the first task a second row, the 完成时限 cell merged down the first three rows.
 */
async function taskTableDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: [{ reference: 'rows', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 1 }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: '某某市教育局2024年重点工作任务清单' }),
          new Table({
            rows: [
              new TableRow({ children: [cell('序号'), cell('重点任务'), cell('牵头单位'), cell('完成时限')] }),
              new TableRow({ children: [cell('', { numbered: true }), cell('深化理论武装，健全理论学习中心组学习制度'), cell('办公室'), cell('2024年12月', { merge: VerticalMergeType.RESTART })] }),
              new TableRow({ children: [cell('', { numbered: true }), cell('加强基层党组织建设，推进标准化规范化'), cell('组织科'), cell('', { merge: VerticalMergeType.CONTINUE })] }),
              new TableRow({ children: [cell('', { numbered: true }), cell('扩大优质学位供给，新增学位3000个'), cell('规划科'), cell('', { merge: VerticalMergeType.CONTINUE })] }),
            ],
          }),
          new Paragraph({ text: '某某市教育局' }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('a Word task table', () => {
  it('reads as one numbered paragraph per task, with the numbers its list gives the 序号 cells and merged cells once', async () => {
    const text = await readDocx(await taskTableDocx(), 'tasks.docx')
    expect(text.split('\n').filter(Boolean)).toEqual([
      '某某市教育局2024年重点工作任务清单',
      '1.深化理论武装，健全理论学习中心组学习制度。牵头单位：办公室；完成时限：2024年12月。',
      '2.加强基层党组织建设，推进标准化规范化。牵头单位：组织科；完成时限：2024年12月。',
      '3.扩大优质学位供给，新增学位3000个。牵头单位：规划科；完成时限：2024年12月。',
      '某某市教育局',
    ])
    const clauses = parseDocument({ file: 'tasks.docx', text, fields: {}, url: null }).flatMap((p) => p.clauses)
    expect(clauses.filter((c) => c.number !== null).map((c) => [c.number, c.heading])).toEqual([
      [1, '深化理论武装，健全理论学习中心组学习制度'],
      [2, '加强基层党组织建设，推进标准化规范化'],
      [3, '扩大优质学位供给，新增学位3000个'],
    ])
  })
})
