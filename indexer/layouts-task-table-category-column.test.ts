import { describe, expect, it } from 'vitest'
import { parseHandmade, parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'

const PAGE = `<html><head><title>某市教育局2024年工作要点</title></head><body><div class="content">
<p>某市教育局2024年工作要点</p>
<p>一、全面加强党的建设</p><p>1.深化理论武装。全年开展集中学习12次。</p>
<p>二、推进基础教育优质均衡</p><p>2.扩大优质学前教育资源。新建改扩建幼儿园20所。</p>
<p>附件：重点任务分工表</p>
<table border="1">
<tr><td>序号</td><td>重点任务类型</td><td>具体工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
<tr><td>1</td><td rowspan="2">党的建设</td><td>深化理论武装，全年开展集中学习12次</td><td>机关党委</td><td>2024年12月</td></tr>
<tr><td>2</td><td>培育党建示范校30所</td><td>组织人事科</td><td>2024年11月</td></tr>
<tr><td>3</td><td>基础教育</td><td>新建改扩建幼儿园20所</td><td>基础教育科</td><td>2024年10月</td></tr>
</table></div></body></html>`

describe('parseDocument on a task table whose category column, merged down over its tasks, is also named for tasks (任务类别)', () => {
  it('heads each clause of a Word table with its task, the category labelled (the category headed every clause: 1.党的建设。工作任务：…)', async () => {
    const [plan] = await parseHandmade('heze-2024-task-table-category-column.docx')
    expect(plan.clauses.slice(-4).map((c) => [c.number, c.heading, c.text])).toEqual([
      [1, '深化理论武装，全年开展集中学习12次', '1.深化理论武装，全年开展集中学习12次。任务类别：党的建设；牵头单位：机关党委；责任单位：各科室；完成时限：2024年12月。'],
      [2, '培育党建示范校30所', '2.培育党建示范校30所。任务类别：党的建设；牵头单位：组织人事科；责任单位：各县市区教体局；完成时限：2024年11月。'],
      [3, '新建改扩建幼儿园20所', '3.新建改扩建幼儿园20所。任务类别：基础教育；牵头单位：基础教育科；责任单位：各县市区教体局；完成时限：2024年10月。'],
      [4, '推进义务教育优质均衡创建', '4.推进义务教育优质均衡创建。任务类别：基础教育；牵头单位：基础教育科；责任单位：督导科；完成时限：全年。'],
    ])
  })

  it('reads a web page’s table with the category spanning rows alike', () => {
    const [plan] = parseHtmlPage(PAGE)
    expect(plan.clauses.slice(-3).map((c) => c.text)).toEqual([
      '1.深化理论武装，全年开展集中学习12次。重点任务类型：党的建设；牵头单位：机关党委；完成时限：2024年12月。',
      '2.培育党建示范校30所。重点任务类型：党的建设；牵头单位：组织人事科；完成时限：2024年11月。',
      '3.新建改扩建幼儿园20所。重点任务类型：基础教育；牵头单位：基础教育科；完成时限：2024年10月。',
    ])
  })
})
