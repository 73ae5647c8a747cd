import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.js'

describe('cleanText on emoji an editor set after a line’s text', () => {
  it('drops them, joined, toned and with their selectors, and keeps a line of emoji alone and emoji inside the text', () => {
    const result = cleanText(['1.深化理论武装。全年集中学习12次以上。✅', '2.夯实基层党建。推进全覆盖。 👍🏻❤️', '3.关爱学生👨‍👩‍👧成长。🏫', '💪'].join('\n'))
    expect(result.text).toBe('1.深化理论武装。全年集中学习12次以上。\n2.夯实基层党建。推进全覆盖。\n3.关爱学生👨‍👩‍👧成长。')
  })

  it('reads a line of 100 000 emoji after one word in linear time', () => {
    // Quadratic work runs past the test timeout (as long-character-runs.test.ts); a wall-clock bound flakes on a busy machine.
    expect(cleanText(`加强党建${'👍'.repeat(100_000)}`).text).toBe('加强党建')
  })

  it('keeps the pictographs that are text unless a selector makes them emoji (‼ © ® ™), and drops them as emoji (‼️)', () => {
    const lines = ['一、开展教育质量提升年行动‼', '1.推广某某®课后服务课程。', '2.引进优质课程资源™', '3.保护原创教学资源©', '4.落实安全责任。‼️']
    // Before: read as any pictograph, each was cut off the end of its line (`开展教育质量提升年行动`).
    expect(cleanText(lines.join('\n')).text).toBe(['一、开展教育质量提升年行动‼', '1.推广某某®课后服务课程。', '2.引进优质课程资源™', '3.保护原创教学资源©', '4.落实安全责任。'].join('\n'))
  })
})
