/**
 * What the two-plan comparison says when a link names a plan the index does not hold. The API's own words
 * (找不到编号为 nope 的文件，请从 /api/plans 的列表中选择) speak to a program; a reader who followed an old link
 * needs to know which of the two is missing and what to do, and 该条款 (the generic 404 hint) is wrong here.
 */
export interface Notice {
  title: string
  message: string
  hint: string
}

export const SIDE_LABEL = { a: '较早 / 参照文件', b: '较新 / 对比文件' } as const

/** `missing`: the ids of the link not among the indexed plans, by side (empty while the list is loading). */
export function missingPlanNotice(missing: Partial<Record<keyof typeof SIDE_LABEL, string>>): Notice {
  const named = (['a', 'b'] as const).filter((side) => missing[side])
  const message = named.length
    ? `链接中的${named.map((side) => `${SIDE_LABEL[side]}（编号“${missing[side]}”）`).join('和')}不在收录的文件中。`
    : '链接中的文件不在收录的文件中。'
  return { title: '没有找到要对比的文件', message, hint: '文件可能已在重新索引后更名，或链接不完整。请在上方重新选择两份文件。' }
}
