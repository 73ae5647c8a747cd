/** Answers JSON already serialised and encoded (a cached answer), with the headers c.json() would set. */
import type { Context } from 'hono'

export function jsonBytes(c: Context, json: Uint8Array): Response {
  return c.body(json as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/json' })
}

const OPEN_BRACE = 0x7b

/**
 * Puts a field first into an object's UTF-8 JSON without parsing it again: a cached answer is shared,
 * and what differs per request (how long it took) goes in front of a copy.
 */
export function withLeadingField(json: Uint8Array, name: string, value: number | string | boolean): Uint8Array {
  if (json[0] !== OPEN_BRACE) throw new TypeError('withLeadingField needs the JSON of an object')
  const field = `{${JSON.stringify(name)}:${JSON.stringify(value)}`
  const empty = json.byteLength === 2
  return Buffer.concat([Buffer.from(empty ? `${field}}` : `${field},`), empty ? new Uint8Array(0) : json.subarray(1)])
}
