/**
 * The result count as the summary shows it. An exact total in full (12,345); a lower bound (the
 * engine stopped counting at its cap) rounded down and marked with + (2万+), never as an exact number.
 */
export function formatResultTotal(total: number, lowerBound = false): string {
  if (!lowerBound) return total.toLocaleString('zh-CN')
  if (total >= 10_000) return `${Math.floor(total / 10_000).toLocaleString('zh-CN')}万+`
  return `${total.toLocaleString('zh-CN')}+`
}
