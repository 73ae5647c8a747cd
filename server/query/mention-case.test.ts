import { describe, expect, it } from 'vitest'
import { withoutMentions, type PlaceMention } from './place-mentions.js'

const city = (text: string): PlaceMention => ({ field: 'city', text, longer: [] })

describe('the question left once its places are read', () => {
  it('keeps its words of Latin letters as typed: 泉州 AI → AI (was ai), 泉州的STEM教育 → STEM教育, 泉州 ＡＩ教育 → AI教育', () => {
    expect(withoutMentions('泉州 AI', [city('泉州')])).toBe('AI')
    expect(withoutMentions('泉州的STEM教育', [city('泉州')])).toBe('STEM教育')
    expect(withoutMentions('泉州 ＡＩ教育', [city('泉州')])).toBe('AI教育')
    expect(withoutMentions('泉州 ai', [city('泉州')])).toBe('ai')
  })

  it('reads the rest as the parser matches it otherwise: 泉州的課後服務 → 课后服务, and a letter O in a year written in numerals goes with the year', () => {
    expect(withoutMentions('泉州的課後服務', [city('泉州')])).toBe('课后服务')
    expect(withoutMentions('二O二四年的課後服務', [{ field: 'year', text: '二o二四年', longer: [] }])).toBe('课后服务')
  })
})
