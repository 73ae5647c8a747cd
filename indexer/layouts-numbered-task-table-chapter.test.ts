import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county plan whose task table, pasted one cell a line, is the body's next chapter: 三、重点任务清单 after 一、 and 二、.
const PLAN = [
  '沅陵县2024年教育工作要点',
  '一、坚持立德树人',
  '1.加强思想政治教育。推进思政课一体化建设，开展主题教育活动。',
  '二、推进教育优质均衡',
  '2.扩大学前教育资源。新建、改扩建公办幼儿园4所，新增学位720个。',
  '三、重点任务清单',
  '序号', '重点任务', '牵头单位', '责任单位', '完成时限',
  '1', '开展“开学第一课”等主题', '教育活动', '德育股', '各学校', '2024年9月',
  '2', '新建、改扩建公办幼儿园4', '所，新增学位720个', '基础教育股', '计划财务股', '2024年12月',
]

function chapters(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.slice(plan.plan.id.length + 1), c.chapter?.number ?? null, c.chapter?.title ?? null, c.heading])
}

describe('parseDocument on a task table titled as the body\'s next numbered chapter', () => {
  it('reads the table as chapter 三 with its number apart from its title, its rows clauses 三-1 and 三-2', () => {
    // Before: a chapter printed without a number titled 三、重点任务清单, counted as the tables' 100 (-100-1, -100-2).
    expect(chapters(PLAN.join('\n'))).toEqual([
      ['1-1', '一', '坚持立德树人', '加强思想政治教育'],
      ['2-2', '二', '推进教育优质均衡', '扩大学前教育资源'],
      ['3-1', '三', '重点任务清单', '开展“开学第一课”等主题教育活动'],
      ['3-2', '三', '重点任务清单', '新建、改扩建公办幼儿园4所，新增学位720个'],
    ])
  })

  it('keeps a table titled with a number the body does not count next (五、 after 二、) as a chapter of its own', () => {
    const text = PLAN.join('\n').replace('三、重点任务清单', '五、重点任务清单')
    expect(chapters(text).slice(2).map(([id, number, title]) => [id, number, title])).toEqual([
      ['100-1', '', '五、重点任务清单'],
      ['100-2', '', '五、重点任务清单'],
    ])
  })
})
