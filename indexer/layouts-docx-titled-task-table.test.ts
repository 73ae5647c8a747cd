import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { readDocx } from './read/read-docx.js'

const BODY = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全第一议题制度。', '2.加强基层党组织建设。推进全覆盖。', '二、推进教育优质均衡', '3.扩大学前教育资源。新增学位500个。']
const HEAD = ['序号', '工作任务', '责任单位', '完成时限']
const ROWS = [
  ['1', '深化理论武装，全年集中学习12次', '机关党委', '2024年12月'],
  ['2', '加强基层党组织建设，推进全覆盖', '组织人事股', '2024年6月'],
  ['3', '新增公办学位500个', '基础教育股', '2024年9月'],
  ['4', '组建紧密型教育集团3个', '基础教育股', '2024年12月'],
]
const clauses = (file: string, text: string) => {
  const [plan] = parseDocument({ file, text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter ? `${c.chapter.number} ${c.chapter.title}` : null, c.section, c.number, c.text])
}

async function wordForm(after: string[] = []): Promise<string> {
  const cell = (text: string, columnSpan = 1) => new TableCell({ children: [new Paragraph({ text })], ...(columnSpan > 1 ? { columnSpan } : {}) })
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => cell(c)) })
  // A group's row is one cell merged across the table, as a Word 分工表 prints it.
  const group = (name: string) => new TableRow({ children: [cell(name, HEAD.length)] })
  const doc = new Document({
    sections: [{
      children: [
        ...[...BODY, '2024年重点任务分工表'].map((text) => new Paragraph({ text })),
        new Table({ rows: [row(HEAD), group('一、党的建设'), row(ROWS[0]), row(ROWS[1]), group('二、教育均衡'), row(ROWS[2]), row(ROWS[3])] }),
        ...after.map((text) => new Paragraph({ text })),
      ],
    }],
  })
  return readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'plan.docx')
}

const BODY_CLAUSES = [
  ['-1-1', '一 全面加强党的建设', null, 1, '1.深化理论武装。健全第一议题制度。'],
  ['-1-2', '一 全面加强党的建设', null, 2, '2.加强基层党组织建设。推进全覆盖。'],
  ['-2-3', '二 推进教育优质均衡', null, 3, '3.扩大学前教育资源。新增学位500个。'],
]
const TASKS = [
  ['-100-1', ' 2024年重点任务分工表', '一、党的建设', 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
  ['-100-2', ' 2024年重点任务分工表', '一、党的建设', 2, '2.加强基层党组织建设，推进全覆盖。责任单位：组织人事股；完成时限：2024年6月。'],
  ['-100-3', ' 2024年重点任务分工表', '二、教育均衡', 3, '3.新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。'],
  ['-100-4', ' 2024年重点任务分工表', '二、教育均衡', 4, '4.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
]

describe('parseDocument on a Word task table titled after the body, no 附件 line, its group rows merged across', () => {
  it('reads each group as a section of the table’s own chapter over its labelled tasks, the body’s clauses unchanged', async () => {
    // Before: the reader's labelled rows left no 序号 head, so 一、党的建设 and 二、教育均衡 became chapters of the body
    // (-1-1, -1-2, -2-3, -2-4) and the title 2024年重点任务分工表 ran onto clause 3.
    expect(clauses('plan.docx', await wordForm())).toEqual([...BODY_CLAUSES, ...TASKS])
  })

  it('reads it as its text form does, one row a line, cells apart by spaces', () => {
    const text = [...BODY, '2024年重点任务分工表', HEAD.join('  '), '一、党的建设', ROWS[0].join('  '), ROWS[1].join('  '), '二、教育均衡', ROWS[2].join('  '), ROWS[3].join('  ')].join('\n')
    expect(clauses('plan.txt', text)).toEqual([...BODY_CLAUSES, ...TASKS])
  })

  it('keeps a note under the table a passage of the table’s chapter (-p1, as the text form gives), no text of its last task', async () => {
    const read = clauses('plan.docx', await wordForm(['注：各责任单位于每季度末报送进展情况。']))
    expect(read.slice(0, 7)).toEqual([...BODY_CLAUSES, ...TASKS])
    expect(read.slice(7)).toEqual([['-p1', ' 2024年重点任务分工表', null, null, '注：各责任单位于每季度末报送进展情况。']])
  })
})
