import { describe, expect, it } from 'vitest'
import { missingPlanNotice } from './plan-diff-notice.js'

describe('missingPlanNotice', () => {
  it('names the missing side and its id in the reader\'s words, never the API path', () => {
    const one = missingPlanNotice({ a: 'nope' })
    expect(one).toEqual({
      title: '没有找到要对比的文件',
      message: '链接中的较早 / 参照文件（编号“nope”）不在收录的文件中。',
      hint: '文件可能已在重新索引后更名，或链接不完整。请在上方重新选择两份文件。',
    })
    expect(missingPlanNotice({ a: 'x', b: 'y' }).message).toBe('链接中的较早 / 参照文件（编号“x”）和较新 / 对比文件（编号“y”）不在收录的文件中。')
    for (const n of [one, missingPlanNotice({})]) expect(Object.values(n).join('')).not.toMatch(/\/api|条款/)
  })
})
