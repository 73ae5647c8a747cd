/**
 * Which addresses the fetcher may reach: http and https only, and never a private, loopback, link-local
 * or otherwise non-public network address unless the user allows it (--allow-private), so that a list of
 * addresses pasted from elsewhere cannot make the indexer read the machine's own services or the LAN.
 *
 * The check applies to the addresses a name resolves to, not only to the name: `assertPublicHost` looks
 * a host up before the request, and `guardedLookup` is the lookup the socket itself uses, so a name that
 * resolves differently on the second lookup (DNS rebinding) is refused at connect time as well. Every
 * redirect target goes through the same checks.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { lookup as dnsLookupAsync } from 'node:dns/promises'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { FetchError } from './fetch-error.js'

/** Ranges that are not the public internet (RFC 6890 special-purpose registries, IPv4 and IPv6). */
// Two lists: a BlockList also matches IPv4 addresses against IPv6 rules (as ::ffff:a.b.c.d), so one list
// holding ::ffff:0:0/96 would refuse every IPv4 address.
const NON_PUBLIC_V4 = new BlockList()
const NON_PUBLIC_V6 = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC_V4.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64],
  ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NON_PUBLIC_V6.addSubnet(network, prefix, 'ipv6')

/** True for an IP address on the public internet. IPv4-mapped IPv6 addresses are judged by their IPv4 part. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return false
  if (family === 4) return !NON_PUBLIC_V4.check(address, 'ipv4')
  const mapped = mappedIpv4(address)
  if (mapped) return !NON_PUBLIC_V4.check(mapped, 'ipv4')
  return !NON_PUBLIC_V6.check(address, 'ipv6')
}

/** `::ffff:127.0.0.1` or `::ffff:7f00:1` (the form URL gives it) → `127.0.0.1`; null for other IPv6 addresses. */
function mappedIpv4(address: string): string | null {
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (dotted) return dotted[1]
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address)
  if (!hex) return null
  const high = parseInt(hex[1], 16)
  const low = parseInt(hex[2], 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** Parses an address from the user or a page, refusing anything but http(s). */
export function parseAddress(raw: string, base?: string): URL {
  let url: URL
  try {
    url = new URL(raw.trim(), base)
  } catch {
    throw new FetchError('invalid_address', raw, `${raw} is not a web address: give a full address starting with https:// or http://.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported_scheme', url.href, `${url.href} uses ${url.protocol.replace(/:$/, '')}: only http and https addresses are fetched.`)
  }
  url.hash = ''
  return url
}

/** The host without the brackets URL keeps around an IPv6 literal. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '')
}

function refused(url: string, host: string, address: string): FetchError {
  return new FetchError(
    'private_address',
    url,
    `${url} was not fetched: ${host === address ? host : `${host} resolves to ${address}, which`} is a private, loopback or link-local address. Pass --allow-private to fetch from your own network.`,
  )
}

/** Resolves the URL's host and throws when any of its addresses is not public (or it does not resolve). */
export async function assertPublicHost(url: URL, allowPrivate: boolean): Promise<void> {
  const host = hostOf(url)
  if (isIP(host)) {
    if (!allowPrivate && !isPublicAddress(host)) throw refused(url.href, host, host)
    return
  }
  let addresses: LookupAddress[]
  try {
    addresses = await dnsLookupAsync(host, { all: true })
  } catch (cause) {
    throw new FetchError('dns', url.href, `${url.href}: the name ${host} could not be resolved (${(cause as NodeJS.ErrnoException).code ?? 'DNS error'}): check the address and the network.`, { cause })
  }
  if (allowPrivate) return
  const bad = addresses.find((a) => !isPublicAddress(a.address))
  if (bad) throw refused(url.href, host, bad.address)
}

/** The socket's own lookup: the same refusal, applied to the address actually connected to. */
export function guardedLookup(url: string, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4)
      const list = addresses as LookupAddress[]
      const bad = allowPrivate ? undefined : list.find((a) => !isPublicAddress(a.address))
      if (bad) return callback(refused(url, hostname, bad.address) as unknown as NodeJS.ErrnoException, '', 4)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list)
      callback(null, list[0].address, list[0].family)
    })
  }
}
