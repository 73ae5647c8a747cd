import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const PLAN = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全制度。', '2.加强基层党组织建设。推进全覆盖。', '重点任务分工表']
const texts = (lines: string[]) => parseDocument({ file: 'x.txt', text: [...PLAN, ...lines].join('\n'), fields: {}, url: null })[0].clauses.slice(2).map((c) => c.text)

describe('parseDocument on a text task table with an indented note under its rows', () => {
  it('keeps a note indented under the unit column out of the last row, a unit centred under its cell still in it', () => {
    const table = [
      '序号  重点任务                          牵头单位          完成时限',
      '1     深化理论武装，健全第一议题制度    机关党委、组织    2024年12月',
      '                                            人事科',
      '2     加强基层党组织建设，推进全覆盖    组织人事科        2024年6月',
      '                    注：各责任单位于每季度末报送进展情况。',
    ]
    // Before: the note was near enough to the 牵头单位 cell to be run into it (`组织人事科注：各责任单位…`).
    expect(texts(table)).toEqual([
      '1.深化理论武装，健全第一议题制度。牵头单位：机关党委、组织人事科；完成时限：2024年12月。',
      '2.加强基层党组织建设，推进全覆盖。牵头单位：组织人事科；完成时限：2024年6月。',
      '注：各责任单位于每季度末报送进展情况。',
    ])
  })

  it('keeps a sentence indented under a table without 序号 out of its last row', () => {
    const table = [
      '重点任务                          牵头单位          完成时限',
      '深化理论武装，健全第一议题制度    机关党委、组织    2024年12月',
      '                                      人事科',
      '加强基层党组织建设，推进全覆盖    组织人事科        2024年6月',
      '              请各责任单位于每季度末报送进展情况。',
    ]
    expect(texts(table)).toEqual([
      '1.深化理论武装，健全第一议题制度。牵头单位：机关党委、组织人事科；完成时限：2024年12月。',
      '2.加强基层党组织建设，推进全覆盖。牵头单位：组织人事科；完成时限：2024年6月。',
      '请各责任单位于每季度末报送进展情况。',
    ])
  })
})
