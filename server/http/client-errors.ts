/**
 * Requests Node's HTTP parser rejects before Hono sees them (a URL or headers over Node's 16 KB limit,
 * a malformed request line) still get the API's JSON error body instead of an empty reply.
 */
import type { Socket } from 'node:net'
import { errorBody, PortalError } from '../errors.js'

function reply(socket: Socket, err: PortalError, reason: string) {
  const body = JSON.stringify(errorBody(err))
  socket.end(
    `HTTP/1.1 ${err.status} ${reason}\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\nConnection: close\r\n\r\n${body}`,
  )
}

export function onClientError(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    reply(socket, new PortalError('request_too_large', '请求地址过长：搜索词最多 500 个字符，筛选值最多 100 个字符'), 'Request Header Fields Too Large')
  } else if (err.code === 'HPE_INVALID_URL' || err.code === 'HPE_INVALID_CHARACTER') {
    // Most often a hand-typed URL with raw Chinese in it (curl 'http://…/api/search?q=双减').
    reply(
      socket,
      new PortalError('invalid_parameter', '请求地址中含有未编码的字符：中文等非 ASCII 字符需先做 URL 编码（例如 curl -G --data-urlencode "q=双减"）'),
      'Bad Request',
    )
  } else {
    reply(socket, new PortalError('invalid_parameter', '请求格式无效'), 'Bad Request')
  }
}
