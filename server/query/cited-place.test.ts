import { describe, expect, it } from 'vitest'
import { citedPlace } from './cited-place.js'

describe('a place in a plan pasted as citations write it', () => {
  it('reads a clause\'s place at the end of the query, alone or after the plan\'s name: 六、第25条, 第二部分 一、第1条, 三、（一）第11条, 第一章第2段, 第1.2.1条', () => {
    expect(citedPlace('六、第25条')).toEqual({ text: '六、第25条', key: '六、第25条', plan: '', kind: 'clause' })
    expect(citedPlace('第二部分 一、第1条')).toEqual({ text: '第二部分 一、第1条', key: '第二部分一、第1条', plan: '', kind: 'clause' })
    expect(citedPlace('三、(一)第11条')?.key).toBe('三、（一）第11条')
    expect(citedPlace('第一章第2段')?.key).toBe('第一章第2段')
    expect(citedPlace('第1.2.1条')?.key).toBe('第1.2.1条')
    expect(citedPlace('江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条')).toEqual({
      text: '六、第25条',
      key: '六、第25条',
      plan: '江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）',
      kind: 'clause',
    })
    expect(citedPlace('2023年 六、 第 25 条')).toEqual({ text: '六、 第 25 条', key: '六、第25条', plan: '2023年', kind: 'clause' })
  })

  it('reads a section or a part without a clause number as the place of all its clauses: 第二部分 一、（二）, 一、（二）, 第二部分', () => {
    expect(citedPlace('第二部分 一、（二）')).toEqual({ text: '第二部分 一、（二）', key: '第二部分一、（二）', plan: '', kind: 'section' })
    expect(citedPlace('一、（二）')?.kind).toBe('section')
    expect(citedPlace('第二部分')?.kind).toBe('section')
  })

  it('reads no place in words, numbers or a bare list number: 双减, 课间15分钟, 六、, 三(一)', () => {
    for (const q of ['双减', '课间15分钟', '六、', '三(一)', '十五分钟']) expect(citedPlace(q), q).toBeNull()
  })
})
