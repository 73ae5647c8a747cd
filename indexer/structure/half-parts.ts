/**
 * A plan in halves headed 上篇 / 下篇 (or thirds, with 中篇), read as 第一篇 / 第二篇 are: the line that opens a half
 * and the number each half counts as. The line reader (line-markers.ts) and the sequence reader (numbering.ts) both
 * number halves here, so that they agree.
 */

/**
 * `上篇　2023年工作回顾` / `下篇　2024年重点任务`: a half, only before a short title after a space, alone on its line:
 * a page's `下篇：关于…的通知` link to the next article is furniture.
 */
export const HALF_PART_LINE = /^([上中下])篇[ \t\u3000\u00a0]+(?!.*(?:关于|通知|意见|《))([^\s。，,；;：:！？!?]{2,20})$/

/** 上篇 opens the plan, 中篇 stands second of three; 下篇 closes it, so it is third only where a 中篇 came before. */
const HALF_ORDINAL: Record<string, { ordinal: number; afterMiddle: number }> = {
  上: { ordinal: 1, afterMiddle: 1 },
  中: { ordinal: 2, afterMiddle: 2 },
  下: { ordinal: 2, afterMiddle: 3 },
}

/**
 * The number a half counts as (`half` is 上, 中 or 下). A line read alone cannot know whether a 中篇 came before it,
 * and reads 下篇 second; the plan's text read in order can.
 */
export function halfPartOrdinal(half: string, afterMiddle = false): number {
  const entry = HALF_ORDINAL[half]
  return afterMiddle ? entry.afterMiddle : entry.ordinal
}
