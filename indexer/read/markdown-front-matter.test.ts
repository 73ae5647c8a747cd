import { describe, expect, it } from 'vitest'
import { parseHandmade } from '../../test/fixtures/layouts/handmade-plan.js'
import { splitFrontMatter } from './markdown-front-matter.js'

describe('a Markdown file with YAML front matter (title, date, author)', () => {
  it('is titled, dated and issued by it, the block no passage (it was one: title: "…"date: …, the plan named after its file, no year)', async () => {
    const [plan] = await parseHandmade('dexing-2024-markdown-front-matter.md')
    const { title, issuer, year, publishDate, warnings } = plan.plan
    expect({ title, issuer, year, publishDate, warnings }).toEqual({ title: '德兴市2024年教育工作要点', issuer: '德兴市教育体育局', year: 2024, publishDate: '2024-03-06', warnings: [] })
    expect(plan.clauses.map((c) => c.id.replace(plan.plan.id, ''))).toEqual(['-p1', '-1-1', '-1-2', '-2-3'])
  })

  it('reads Chinese labels by their canonical key and leaves lists out', () => {
    expect(splitFrontMatter('---\n标题: 某县2024年教育工作要点\n发文字号: 某教〔2024〕1号\ntags: [教育]\n---\n正文').fields).toEqual({ 标题: '某县2024年教育工作要点', 文号: '某教〔2024〕1号' })
  })

  it('keeps a block between two rules that names no field, or runs long, as the text it is', () => {
    const own = '---\n一、总体要求：坚持稳中求进。\n---\n二、重点任务'
    expect(splitFrontMatter(own)).toEqual({ body: own, fields: {} })
    const long = `---\ntitle: x\n${'a: b\n'.repeat(50)}---\n`
    expect(splitFrontMatter(long).body).toBe(long)
  })
})
