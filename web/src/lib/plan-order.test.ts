import { describe, expect, it } from 'vitest'
import { reversedOrderNote } from './plan-order.js'

describe('reversedOrderNote', () => {
  it('notes a reference plan later than the one compared with it, and nothing for the right order, one year or an unknown year', () => {
    expect(reversedOrderNote({ year: 2025 }, { year: 2023 })).toBe('较早 / 参照文件（2025年）比较新 / 对比文件（2023年）晚，“新增”和“删除”会颠倒。')
    expect([
      reversedOrderNote({ year: 2023 }, { year: 2025 }), reversedOrderNote({ year: 2024 }, { year: 2024 }),
      reversedOrderNote({ year: null }, { year: 2023 }), reversedOrderNote(undefined, { year: 2023 }),
    ]).toEqual([null, null, null, null])
  })
})
