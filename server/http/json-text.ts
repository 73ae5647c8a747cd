/** Answers JSON already serialised (a cached answer), with the headers c.json() would set. */
import type { Context } from 'hono'

export function jsonText(c: Context, text: string): Response {
  return c.body(text, 200, { 'Content-Type': 'application/json' })
}

/**
 * Puts a field first into an object's JSON text without parsing it again: a cached answer is shared, and
 * what differs per request (how long it took) is spliced in front.
 */
export function withLeadingField(json: string, name: string, value: number | string | boolean): string {
  const field = `${JSON.stringify(name)}:${JSON.stringify(value)}`
  return json === '{}' ? `{${field}}` : `{${field},${json.slice(1)}`
}
