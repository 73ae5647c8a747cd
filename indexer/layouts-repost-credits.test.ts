import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.md', text, fields: {}, url: null })

const PLAN = (tail: string) => `2024年全区教育工作要点

一、加强党的建设
深化理论武装。全年集中学习12次以上。
加强基层党建。创建党建示范校5所。
二、推进优质均衡
扩大学前资源。新增公办学位900个。
推进集团办学。新组建教育集团4个。

${tail}`

describe('parseDocument on a reposted plan whose copy ends with the repost\'s credit and disclaimer', () => {
  it('drops 本文转载自…, 图片来源：…, and a 声明 of copyright, not passages of the last chapter', () => {
    // Before: passages under 二、推进优质均衡: -p5 本文转载自包河教育公众号, -p6 图片来源：网络（转自：合肥教育发布）, -p7 the 声明.
    const [plan] = parse(PLAN('本文转载自包河教育公众号\n图片来源：网络\n（转自：合肥教育发布）\n声明：本文版权归原作者所有，如有侵权请联系删除。'))
    expect(outlineRows(plan)).toEqual([
      ['-p1', '一加强党的建设', null, null, '深化理论武装。全年集中学习12次以上。'],
      ['-p2', '一加强党的建设', null, null, '加强基层党建。创建党建示范校5所。'],
      ['-p3', '二推进优质均衡', null, null, '扩大学前资源。新增公办学位900个。'],
      ['-p4', '二推进优质均衡', null, null, '推进集团办学。新组建教育集团4个。'],
    ])
  })
})
