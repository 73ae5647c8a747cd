import { describe, expect, it } from 'vitest'
import { redactSecrets } from './keys.js'

const MASTER = 'aSampleMasterKey-0123456789abcdef'
const SEARCH = 'searchKey+/=with&specials'

describe('redactSecrets', () => {
  it('removes every occurrence of every key', () => {
    const message = `Request to http://127.0.0.1:7700 with ${MASTER} failed; retried with ${MASTER} and ${SEARCH}`
    expect(redactSecrets(message, [MASTER, SEARCH])).toBe(
      'Request to http://127.0.0.1:7700 with <redacted> failed; retried with <redacted> and <redacted>',
    )
  })

  it('removes the URL-encoded form of a key', () => {
    expect(redactSecrets(`GET /x?q=${encodeURIComponent(SEARCH)}`, [SEARCH])).toBe('GET /x?q=<redacted>')
  })

  it('removes bearer tokens and key query parameters whatever their value', () => {
    expect(redactSecrets('Authorization: Bearer abc.def-123, next', [])).toBe('Authorization: Bearer <redacted>, next')
    expect(redactSecrets('http://h/?apiKey=zzz&x=1 and http://h/?key=yyy', [])).toBe('http://h/?apiKey=<redacted>&x=1 and http://h/?key=<redacted>')
  })

  it('removes a key that contains another key whole', () => {
    expect(redactSecrets('MASTERKEY-LONG', ['MASTERKEY', 'MASTERKEY-LONG'])).toBe('<redacted>')
  })

  it('ignores missing and too-short keys instead of blanking ordinary words', () => {
    expect(redactSecrets('教育 a ab abc', [undefined, null, '', 'a', 'ab', 'abc'])).toBe('教育 a ab abc')
  })
})
