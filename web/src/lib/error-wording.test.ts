import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client.js'
import { errorHeading, errorHint, errorReason } from './error-wording.js'

describe('errorHeading and errorHint', () => {
  it('tell a rate limit to wait a moment, not to call an administrator', () => {
    const limited = new ApiError('rate_limited', '请求过于频繁', 429)
    expect([errorHeading(limited), errorHint(limited)]).toEqual(['请求太频繁', '请等几秒钟再试。'])
  })

  it('give a proxy\'s bare 502 as a code to pass on in the advice, said once', () => {
    const gateway = new ApiError('bad_response', '服务器暂时出错，没有返回结果。', 502)
    expect(errorHeading(gateway)).toBe('检索服务暂时不可用')
    expect(errorHint(gateway)).toBe('请稍后重试；如果问题持续存在，请联系网站管理员，并告知错误代码 HTTP 502。')
    const engine = new ApiError('engine_unavailable', '检索引擎暂时不可用', 503)
    expect(errorHint(engine)).toBe('请稍后重试；如果问题持续存在，请联系网站管理员。')
  })
})

describe('errorReason', () => {
  it('puts the message in brackets without its own full stop, the sentence around it having one', () => {
    expect(errorReason(new ApiError('bad_response', '服务器暂时出错，没有返回结果。', 502))).toBe('检索服务出错（服务器暂时出错，没有返回结果）')
    expect(errorReason(new ApiError('network_error', '无法连接到检索服务，请检查网络或稍后重试。', 0))).toBe('无法连接到检索服务')
  })
})
