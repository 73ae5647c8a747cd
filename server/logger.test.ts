import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createLogger } from './logger.js'

function capture() {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { lines, sink }
}

describe('createLogger', () => {
  it('scrubs the master key from any line, wherever an error carried it', () => {
    const { lines, sink } = capture()
    const logger = createLogger({ logLevel: 'info', meiliMasterKey: 'mk-0f9e8d7c6b' }, sink)
    const err = Object.assign(new Error('request to http://127.0.0.1:7700 failed with key mk-0f9e8d7c6b'), { request: { headers: { Authorization: 'Bearer mk-0f9e8d7c6b' } } })
    logger.error({ err, options: { apiKey: 'mk-0f9e8d7c6b' } }, 'meili said mk-0f9e8d7c6b')
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toContain('mk-0f9e8d7c6b')
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'meili said [hidden]', options: { apiKey: '[hidden]' } })
  })

  it('writes one JSON line per call at the configured level', () => {
    const { lines, sink } = capture()
    const logger = createLogger({ logLevel: 'warn', meiliMasterKey: null }, sink)
    logger.info('not written')
    logger.warn({ status: 503 }, 'written')
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([{ level: 40, status: 503, msg: 'written' }])
  })
})
