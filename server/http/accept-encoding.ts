/**
 * Which content coding an API answer is sent in, from the request's Accept-Encoding (RFC 9110 §12.5.3).
 * Brotli first: on JSON of clause texts it is about a fifth smaller than gzip at a like cost.
 */
export type AnswerEncoding = 'br' | 'gzip'

const PREFERENCE: readonly AnswerEncoding[] = ['br', 'gzip']

/** The best coding the client accepts (q > 0, named or through *), or null for identity. */
export function chooseEncoding(header: string | null | undefined, offered: readonly AnswerEncoding[] = PREFERENCE): AnswerEncoding | null {
  if (!header) return null
  const q = new Map<string, number>()
  for (const item of header.split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';')
    if (!name) continue
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = weight ? Number(weight.slice(2)) : 1
    q.set(name.trim(), Number.isFinite(value) ? value : 0)
  }
  let best: AnswerEncoding | null = null
  let bestQ = 0
  for (const coding of offered) {
    const weight = q.get(coding) ?? q.get('*') ?? 0
    if (weight > bestQ) {
      best = coding
      bestQ = weight
    }
  }
  return best
}
