import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on text hard-wrapped every 30 characters, a sentence’s full stop or a number cut onto the next line', () => {
  const [plan] = parseHandmadeText('shigu-2024-hard-wrap-30-stop-alone.txt')
  const text = (n: number) => plan.clauses.find((c) => c.number === n)!.text

  it('keeps a full stop left alone on its line as the end of the sentence above, not an ornament to drop', () => {
    expect(text(1)).toBe('1.深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上，推动党的创新理论进校园、进课堂、进头脑。')
    expect(text(6)).toBe('6.促进普通高中多样化发展。支持建设特色高中1所，普通高中毛入学率保持在95%以上，试点“普职融通”。')
  })

  it('joins a number the wrap cut (12 / 00个) and every wrapped line into its clause', () => {
    expect(text(4)).toBe('4.扩大学前教育资源。新建、改扩建公办幼儿园3所，新增公办学位1200个，普惠性幼儿园覆盖率达到92%以上。')
    expect(plan.clauses.map((c) => c.number)).toEqual([null, 1, 2, 3, 4, 5, 6, 7, 8])
    expect(plan.clauses.every((c) => !c.text.includes('\n'))).toBe(true)
  })
})
