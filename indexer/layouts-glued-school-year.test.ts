import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A template site's title of a school year plan whose dash the copy lost (max.book118.com, 2026: 20252026学年度学校工作计划范文).
const BODY = ['一、指导思想', '以党的二十大精神为统领,坚持立德树人、五育并举。', '二、主要工作', '1.提升教学质量。完善教学常规管理。', '2.加强德育工作。开展主题教育活动。']

describe('parseDocument on a school year plan whose title runs its two years together', () => {
  it('reads 20252026学年度 as the school year 2025—2026, so its first year, and not as the year 2026', () => {
    const year = (title: string) => parseDocument({ file: 'a.txt', text: [title, ...BODY].join('\n'), fields: {}, url: null })[0].plan.year
    expect(['20252026学年度学校工作计划', '20242025学年第二学期教学工作计划', '2025-2026学年度学校工作计划'].map(year)).toEqual([2025, 2024, 2025])
  })
})
