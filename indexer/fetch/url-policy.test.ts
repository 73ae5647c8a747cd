import { describe, expect, it } from 'vitest'
import { FetchError } from './fetch-error.js'
import { assertPublicHost, guardedLookup, isPublicAddress, parseAddress } from './url-policy.js'

const failure = (run: () => unknown) => {
  try {
    run()
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError)
    return [(err as FetchError).code, (err as FetchError).message]
  }
  throw new Error('expected a FetchError')
}

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and unspecified addresses, IPv4 and IPv6', () => {
    const refused = ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '::1', '::', 'fe80::1', 'fd12:3456::1', 'fc00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:192.168.0.1', '::ffff:7f00:1']
    expect(refused.filter(isPublicAddress)).toEqual([])
  })

  it('accepts public addresses of bureau sites and public resolvers', () => {
    expect(['59.255.251.10', '114.114.114.114', '172.32.0.1', '8.8.8.8', '2400:3200::1', '::ffff:8.8.8.8'].map(isPublicAddress)).toEqual([true, true, true, true, true, true])
  })
})

describe('parseAddress', () => {
  it('keeps http and https addresses, without their fragment', () => {
    expect(parseAddress(' http://jyj.jiangmen.gov.cn/zwgk/2023/t20230315_1.html#top ').href).toBe('http://jyj.jiangmen.gov.cn/zwgk/2023/t20230315_1.html')
  })

  it('refuses other schemes and text that is not an address, saying what to give instead', () => {
    expect(failure(() => parseAddress('ftp://jyj.jiangmen.gov.cn/plan.docx'))).toEqual(['unsupported_scheme', 'ftp://jyj.jiangmen.gov.cn/plan.docx uses ftp: only http and https addresses are fetched.'])
    expect(failure(() => parseAddress('file:///etc/passwd'))[0]).toBe('unsupported_scheme')
    expect(failure(() => parseAddress('江门市教育局2023年工作要点'))).toEqual(['invalid_address', '江门市教育局2023年工作要点 is not a web address: give a full address starting with https:// or http://.'])
  })
})

describe('assertPublicHost', () => {
  it('refuses loopback and private hosts unless allowed', async () => {
    for (const address of ['http://127.0.0.1:8080/', 'http://[::1]/', 'http://192.168.1.20/plan.html', 'http://169.254.169.254/latest/meta-data/', 'http://localhost/']) {
      await expect(assertPublicHost(new URL(address), false)).rejects.toMatchObject({ code: 'private_address' })
      await expect(assertPublicHost(new URL(address), true)).resolves.toBeUndefined()
    }
  })
})

describe('guardedLookup', () => {
  it('refuses at connect time a name that resolves to a loopback address, so a rebinding name cannot slip through', async () => {
    const lookup = guardedLookup('http://localhost:8080/plan.html', false)
    const err = await new Promise<unknown>((resolve) => lookup('localhost', { family: 0 }, (e) => resolve(e)))
    expect(err).toMatchObject({ code: 'private_address', url: 'http://localhost:8080/plan.html' })
  })
})
