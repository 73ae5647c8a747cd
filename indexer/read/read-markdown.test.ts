import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse-document.js'
import { markdownToText, readMarkdown } from './read-markdown.js'

const PLAN = [
  '# 某某市教育局2024年工作要点',
  '',
  '> 发布日期：2024-03-01 &nbsp;来源：[某某市教育局](http://jyj.example.gov.cn)',
  '',
  '## 一、加强党的**建设**',
  '',
  '1. 深化理论武装。组织开展学习 \\*重点\\*。',
  '1. 加强基层党组织建设。推进标准化。',
  '',
  '## 二、推进教育改革',
  '',
  '3. 深化评价改革。完善评价体系：',
  '   - 细化指标',
  '   - 强化运用',
  '4. 推进集团化办学。扩大优质资源![示意图](a.png)。',
  '',
  '| 项目 | 数量 |',
  '|---|---|',
  '| 新建学校 | 12 |',
  '',
  '---',
  '',
  '某某市教育局  ',
  '2024年3月1日',
].join('\n')

describe('markdownToText', () => {
  it('reads a plan written in Markdown as rendered: blocks as paragraphs, list numbers as shown, no syntax', () => {
    expect(markdownToText(PLAN)).toBe(
      [
        '某某市教育局2024年工作要点',
        '发布日期：2024-03-01 \u00a0来源：某某市教育局',
        '一、加强党的建设',
        '1.深化理论武装。组织开展学习 *重点*。',
        '2.加强基层党组织建设。推进标准化。',
        '二、推进教育改革',
        '3.深化评价改革。完善评价体系：',
        '细化指标',
        '强化运用',
        '4.推进集团化办学。扩大优质资源。',
        '项目 数量',
        '新建学校 12',
        '某某市教育局\n2024年3月1日',
      ].join('\n\n'),
    )
  })

  it('gives the clause splitter the plan\'s chapters and numbered clauses', () => {
    const [plan] = parseDocument({ file: 'plan.md', text: markdownToText(PLAN), fields: {}, url: null })
    expect(plan.plan.title).toBe('某某市教育局2024年工作要点')
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => [c.chapter?.number, c.number, c.heading])).toEqual([
      ['一', 1, '深化理论武装'],
      ['一', 2, '加强基层党组织建设'],
      ['二', 3, '深化评价改革'],
      ['二', 4, '推进集团化办学'],
    ])
  })

  it('keeps typed numbers a list cannot start with, inside their paragraph, as typed', () => {
    expect(markdownToText('二、推进教育改革\n3. 深化评价改革。\n4. 推进集团化办学。')).toBe('二、推进教育改革\n3. 深化评价改革。\n4. 推进集团化办学。')
  })

  it('reads a task table as one numbered line per task', () => {
    const md = '| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进集团化办学 | 基教科 |\n| 2 | 落实“双减” | 基教科 |'
    expect(markdownToText(md)).toBe('1.推进集团化办学。牵头单位：基教科。\n\n2.落实“双减”。牵头单位：基教科。')
  })
})

describe('readMarkdown', () => {
  it('gives its # headings with their depth as level, the title heading left out', () => {
    expect(readMarkdown('# 襄阳市2024年教育工作要点\n\n## 全面加强党的建设\n\n### 强化**理论**武装\n\n1. 健全制度。\n').headings).toEqual([
      { text: '全面加强党的建设', level: 2 },
      { text: '强化理论武装', level: 3 },
    ])
  })
})
