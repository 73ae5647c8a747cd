import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A page prints the plan's outline first, its headings alone and no page numbers, then the plan's title and its text,
// which prints every heading again with its sentences. The title was looked for above the first numbered line only:
// the outline was read as the plan's chapters, and the title, the preamble and the text ran into its last heading.
const PAGE = `一、2024年工作开展情况
（一）全面加强队伍建设
1.党建质量持续提升
2.师德师能全面提振
二、2025年工作计划
（一）全面加强党的领导
1.坚持党建统领全局
某县教育局2024年工作总结及2025年工作计划
2024年，全县教育系统坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况汇报如下：
一、2024年工作开展情况
（一）全面加强队伍建设
1.党建质量持续提升。全年开展专题学习24次。
2.师德师能全面提振。开展师德专题教育。
二、2025年工作计划
（一）全面加强党的领导
1.坚持党建统领全局。深化“第一议题”制度。`

describe('parseDocument on a plan printed under its own outline', () => {
  it('titles the plan by the line under the outline and reads the text below it, the outline left out', () => {
    const [plan, ...more] = parseDocument({ file: 'x.txt', text: PAGE, fields: {}, url: null })
    expect(more).toEqual([])
    expect(plan.plan.title).toBe('某县教育局2024年工作总结及2025年工作计划')
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.chapter?.title ?? null, c.section, c.text])).toEqual([
      ['-p1', null, null, '2024年，全县教育系统坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况汇报如下：'],
      ['-1-1', '2024年工作开展情况', '（一）全面加强队伍建设', '1.党建质量持续提升。全年开展专题学习24次。'],
      ['-1-2', '2024年工作开展情况', '（一）全面加强队伍建设', '2.师德师能全面提振。开展师德专题教育。'],
      ['-2-1', '2025年工作计划', '（一）全面加强党的领导', '1.坚持党建统领全局。深化“第一议题”制度。'],
    ])
  })

  it('reads a plan that opens with its chapters and names no title as before (no outline repeated below)', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: '一、加强党的建设\n1.深化理论武装。\n二、推进优质均衡\n1.扩大学前资源。', fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。', '1.扩大学前资源。'])
  })
})
