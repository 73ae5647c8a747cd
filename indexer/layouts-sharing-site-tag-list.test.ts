import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A district plan copied from an essay-sharing site: under the plan the page lists its tags (相关热门标签) or other
// essays of the kind (相关范文, 热门文章), lines of words that ran into the plan's last clause.
const PLAN = (tail: string[]) => [
  '区教育局2024年教育工作计划',
  '2024年全区教育工作要全面贯彻党的教育方针，以提高教育质量为核心，努力办好人民满意的教育。',
  '一、深入推进教育综合改革',
  '1、组织开展主题教育活动。上半年组织好机关的学习活动，下半年在教育系统全面推开。',
  '2、启动中长期教育发展规划的编撰。广泛听取社会各界的意见和建议。',
  '二、促进各级各类教育协调发展',
  '3、办好学前教育。新建幼儿园2所。',
  ...tail,
].join('\n')

const lastClause = (text: string) => {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.at(-1)?.text
}

describe('parseDocument on a plan copied from an essay-sharing site with its tags or related essays below it', () => {
  it('ends the last clause before a 相关热门标签 heading and its tag words', () => {
    expect(lastClause(PLAN(['相关热门标签', '教育工作计划 学校工作计划 工作计划范文']))).toBe('3、办好学前教育。新建幼儿园2所。')
  })

  it('ends the last clause before the titles listed under 相关范文 or 热门文章', () => {
    expect(lastClause(PLAN(['相关范文', '中学2024年德育工作计划', '小学2024年教学工作计划']))).toBe('3、办好学前教育。新建幼儿园2所。')
    expect(lastClause(PLAN(['【热门文章】', '2024年幼儿园工作计划']))).toBe('3、办好学前教育。新建幼儿园2所。')
  })
})
