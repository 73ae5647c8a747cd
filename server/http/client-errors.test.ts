import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onClientError } from './client-errors.js'

/** Sends raw bytes, as curl does with an unescaped URL, and returns the whole reply. */
function rawRequest(port: number, bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes))
    let reply = ''
    socket.on('data', (d) => (reply += d.toString('utf8')))
    socket.on('end', () => resolve(reply))
    socket.on('error', reject)
  })
}

describe('onClientError', () => {
  let server: Server
  let port: number
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'))
    server.on('clientError', onClientError)
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('answers a URL with raw Chinese bytes with a JSON 400 that says how to encode it', async () => {
    const reply = await rawRequest(port, Buffer.from('GET /api/search?q=双减 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'))
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request')
    const body = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))
    expect(body.error.code).toBe('invalid_parameter')
    expect(body.error.message).toContain('URL 编码')
  })

  it('answers a malformed request line with the generic JSON 400', async () => {
    const reply = await rawRequest(port, Buffer.from('NOT A REQUEST\r\n\r\n'))
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request')
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)).error.code).toBe('invalid_parameter')
  })
})
