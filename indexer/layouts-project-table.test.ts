/**
 * A table of building projects in a plan's body (`序号 项目 责任科室 完成时间`, or 项目名称 建设内容): a task table
 * as the 重点任务 ones are, its rows kept as passages of the chapter it stands in, never clauses numbered from 1.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

describe('parseDocument on a table of projects under the plan’s last chapter', () => {
  it('reads 序号 项目 责任科室 完成时间 and its rows as passages of 三、重点项目, cells apart, the （一） clauses kept', () => {
    const [plan] = parseDocument({
      file: 'x.txt',
      text: `某区教育局2024年工作要点
一、加强党建引领
（一）深化理论武装。落实“第一议题”制度，全年集中学习12次。
（二）夯实基层党建。培育党建示范校6所。
二、推进优质均衡
（三）扩大学前教育资源。新建幼儿园1所，新增学位270个。
三、重点项目
序号	项目	责任科室	完成时间
1	沈家门幼儿园新建工程	计财科	2024年8月
2	六横中学改造工程	计财科	2024年12月`,
      fields: {},
      url: null,
    })
    // Before: the rows were clauses -3-1 1 沈家门幼儿园新建工程计财科2024年8月 (cells run together), and （一）–（三) passages.
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.title ?? null, c.number, c.text])).toEqual([
      ['-1-1', '加强党建引领', 1, '（一）深化理论武装。落实“第一议题”制度，全年集中学习12次。'],
      ['-1-2', '加强党建引领', 2, '（二）夯实基层党建。培育党建示范校6所。'],
      ['-2-3', '推进优质均衡', 3, '（三）扩大学前教育资源。新建幼儿园1所，新增学位270个。'],
      ['-p1', '重点项目', null, '序号 项目 责任科室 完成时间'],
      ['-p2', '重点项目', null, '1 沈家门幼儿园新建工程 计财科 2024年8月'],
      ['-p3', '重点项目', null, '2 六横中学改造工程 计财科 2024年12月'],
    ])
  })
})
