import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })
const rows = (text: string) => parse(text)[0].clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])

const HEAD = '莱西市教育体育局2025年工作要点\n2025年全市教育体育工作的总体思路是：坚持立德树人根本任务，加快建设教育强市。\n'
const THREE = '一、聚焦党建引领，全面加强党对教育工作的领导\n一是深化理论武装。落实“第一议题”制度，全年开展集中学习12次。二是加强基层党组织建设。培育示范校5所。三是从严治党。深化清廉学校建设。\n'

describe('parseDocument on a plan whose chapters run their tasks together as 一是…。二是…, one chapter holding only two', () => {
  it('cuts the chapter of two items as it cuts the chapter of three (its two tasks were one clause 1)', () => {
    const text = `${HEAD}${THREE}二、聚焦优质均衡，推动基础教育扩优提质\n一是扩大学前教育普惠资源。新建改扩建幼儿园3所。二是推进义务教育优质均衡发展。新建中小学2所，新增学位3600个。\n三、聚焦安全稳定，守牢教育发展底线\n全面落实安全责任，开展校园安全隐患排查整治。`
    expect(rows(text)).toEqual([
      [null, null, '2025年全市教育体育工作的总体思路是：坚持立德树人根本任务，加快建设教育强市。'],
      ['一', 1, '一是深化理论武装。落实“第一议题”制度，全年开展集中学习12次。'],
      ['一', 2, '二是加强基层党组织建设。培育示范校5所。'],
      ['一', 3, '三是从严治党。深化清廉学校建设。'],
      ['二', 1, '一是扩大学前教育普惠资源。新建改扩建幼儿园3所。'],
      ['二', 2, '二是推进义务教育优质均衡发展。新建中小学2所，新增学位3600个。'],
      ['三', null, '全面落实安全责任，开展校园安全隐患排查整治。'],
    ])
  })

  it('keeps two items after a lead-in (…两项工作：一是…。二是…。) in their paragraph, and two items alone in a plan that shows no run of three', () => {
    const lead = '重点抓好两项工作：一是扩大学前教育资源。二是推进优质均衡。'
    expect(rows(`${HEAD}${THREE}二、聚焦优质均衡\n${lead}`).at(-1)).toEqual(['二', null, lead])
    const two = '一是扩大学前教育资源。新增学位500个。二是推进优质均衡。新建学校2所。'
    expect(rows(`${HEAD}一、聚焦优质均衡\n${two}`).at(-1)).toEqual(['一', null, two])
  })
})
