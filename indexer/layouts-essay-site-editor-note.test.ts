import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county plan copied from an essay site: under the title the site's bar (its section, a timestamp, 收藏 and a
// download button) and its editor's note offering the page for reference, then the plan.
const PLAN = (head: string[]) =>
  [
    '县教育局2023年工作计划',
    ...head,
    '2023年全县教育工作要全面贯彻党的教育方针，落实立德树人根本任务。',
    '一、加强党的建设',
    '1.落实“第一议题”制度。',
    '2.开展党组织书记述职评议。',
    '二、推进教育均衡',
    '3.新建公办幼儿园2所。',
  ].join('\n')

const firstPassage = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })[0].clauses[0].text

describe('parseDocument on a plan under an essay site’s bar and editor’s note', () => {
  it('drops the site’s bar and its editor’s note (they were the first passage)', () => {
    const text = PLAN([
      '工作计划 时间：2023-02-24 12:14:02 收藏 WORD下载',
      '摘要：某某范文网小编为你整理了多篇相关的《县教育局2023年工作计划》，但愿对你工作学习有帮助。',
    ])
    expect(firstPassage(text)).toBe('2023年全县教育工作要全面贯彻党的教育方针，落实立德树人根本任务。')
  })

  it('drops an editor’s note that offers the page for reference without naming the editor', () => {
    expect(firstPassage(PLAN(['以下是县教育局2023年工作计划全文，希望对您有所帮助。']))).toBe('2023年全县教育工作要全面贯彻党的教育方针，落实立德树人根本任务。')
  })

  it('keeps a plan’s own sentence that asks for reference to be made', () => {
    const own = '以下是各学校要参照执行的工作要求，请结合实际抓好落实。'
    expect(firstPassage(PLAN([own]))).toBe(own)
  })
})
