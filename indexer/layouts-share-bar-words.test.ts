import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A page's share bar (分享到：微信 微博 QQ空间) was known by its first word alone, so any line of a plan opening with
// 分享, up to 60 characters, went as furniture: a paragraph 分享优秀课例，推广教学经验。 was lost from its chapter.
describe('parseDocument on plan lines that open with 分享', () => {
  const text = (extra: string) =>
    `某县实验小学2024年教研工作计划\n一、教研活动\n分享优秀课例，推广教学经验。\n分享交流会每月举办一次。\n二、课题研究\n1.开展区级课题研究。\n${extra}`
  const read = (extra: string) => parseDocument({ file: 'x.txt', text: text(extra), fields: {}, url: null })[0].clauses.map((c) => c.text)

  it('keeps the plan’s lines and still drops the page’s share bar under it', () => {
    const expected = ['分享优秀课例，推广教学经验。', '分享交流会每月举办一次。', '1.开展区级课题研究。']
    expect(read('')).toEqual(expected)
    expect(read('分享到：微信 微博 QQ空间\n【分享】')).toEqual(expected)
  })
})
