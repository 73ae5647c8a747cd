/**
 * The heading and the advice of a failed request (ErrorBlock), from its status. The server's message goes between
 * them; for an answer that was not the API's own (a proxy's 502 page) the client writes one without the status,
 * and the status goes into the advice as something to pass on, not as what the reader is told first.
 */
import type { ApiError } from '../api/client.js'

export function errorHeading(error: Pick<ApiError, 'status'>): string {
  if (error.status === 0) return '无法连接到检索服务'
  if (error.status === 400) return '检索条件有误'
  if (error.status === 404) return '没有找到这个页面的内容'
  if (error.status === 429) return '请求太频繁'
  return '检索服务暂时不可用'
}

export function errorHint(error: Pick<ApiError, 'status' | 'code'>): string {
  if (error.status === 400) return '请修改检索词或筛选条件后再试。'
  if (error.status === 404) return '链接可能已失效，或该条款已在重新索引后更名。'
  // A rate limit passes in seconds: an administrator can do nothing about it.
  if (error.status === 429) return '请等几秒钟再试。'
  if (error.code === 'http_error' || error.code === 'bad_response') {
    return `请稍后重试；如果问题持续存在，请联系网站管理员，并告知错误代码 HTTP ${error.status}。`
  }
  return '请稍后重试；如果问题持续存在，请联系网站管理员。'
}

/** Why the filter counts are stale, inside a sentence (数量未能更新：…。): the message's own 。 would close it twice. */
export function errorReason(error: Pick<ApiError, 'status' | 'message'>): string {
  return error.status === 0 ? '无法连接到检索服务' : `检索服务出错（${error.message.replace(/[。.！!]+$/, '')}）`
}
