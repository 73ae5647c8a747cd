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

/** A plan whose last chapter is a schedule table (no 序号 column), then a one-cell table that frames the signature. */
async function scheduleTableDocx(): Promise<Uint8Array> {
  const row = (...texts: string[]) => new TableRow({ children: texts.map((t) => cell(t)) })
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '某某市教育局2024年工作要点' }),
          new Paragraph({ text: '一、深化教育改革' }),
          new Paragraph({ text: '1.推进义务教育优质均衡发展，新增学位3000个。' }),
          new Paragraph({ text: '2.规范校外培训机构管理，巩固“双减”成果。' }),
          new Paragraph({ text: '二、重点工作时间安排' }),
          new Table({
            rows: [
              row('时间', '工作内容', '责任科室'),
              row('3月', '召开全市教育工作会议', '办公室'),
              new TableRow({ children: [cell('9月'), new TableCell({ children: [new Paragraph('开展教师节表彰'), new Paragraph('评选优秀班主任')] }), cell('人事科')] }),
            ],
          }),
          new Table({ rows: [new TableRow({ children: [cell('某某市教育局办公室 2024年2月20日印发')] })] }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('a Word table of values that is no task table', () => {
  it('reads one row to a line, its cells side by side as a web page’s table reads, and leaves a one-cell table its paragraph', async () => {
    const text = await readDocx(await scheduleTableDocx(), 'schedule.docx')
    expect(text.split('\n').filter(Boolean).slice(5)).toEqual([
      '时间 工作内容 责任科室',
      '3月 召开全市教育工作会议 办公室',
      '9月 开展教师节表彰 评选优秀班主任 人事科',
      '某某市教育局办公室 2024年2月20日印发',
    ])
  })

  it('gives each row under a chapter of prose one passage instead of one per cell, and leaves the 版记 line out', async () => {
    const text = await readDocx(await scheduleTableDocx(), 'schedule.docx')
    const clauses = parseDocument({ file: 'schedule.docx', text, fields: {}, url: null }).flatMap((p) => p.clauses)
    // The rows are a schedule (schedule-rows.ts): each month heads its row's work, labelled by the head's columns;
    // the head row goes, as a task table's does. The 9月 row's work cell holds two paragraphs.
    expect(clauses.map((c) => [c.number, c.chapter?.title ?? null, c.section, c.text])).toEqual([
      [1, '深化教育改革', null, '1.推进义务教育优质均衡发展，新增学位3000个。'],
      [2, '深化教育改革', null, '2.规范校外培训机构管理，巩固“双减”成果。'],
      [null, '重点工作时间安排', '3月', '召开全市教育工作会议（责任科室：办公室）'],
      [null, '重点工作时间安排', '9月', '开展教师节表彰 评选优秀班主任（责任科室：人事科）'],
    ])
  })
})
