import { describe, expect, it } from 'vitest'
import { documentNumberIn, plansNumbered, type NumberedPlan } from './document-numbers.js'

const JIANGMEN: NumberedPlan = { docNumber: '江教办〔2023〕5号', city: '江门市', province: '广东省', year: 2023 }
const OTHER: NumberedPlan = { docNumber: '荆教发〔2025〕12号', city: '荆门市', province: '湖北省', year: 2025 }

describe('document numbers', () => {
  it('compares numbers by issuer, year and serial, however the year is bracketed: 〔2023〕, [2023], (2023), 2023年, 第5号', () => {
    for (const typed of ['江教办〔2023〕5号', '江教办[2023]5号', '江教办（2023）5号', '江教办2023年5号', '江教办【2023】第5号', '江教办 [2023] 05号']) {
      expect(documentNumberIn(typed)?.key).toBe('江教办|2023|5')
    }
    expect(documentNumberIn('2023年的双减')).toBeNull()
  })

  it('finds the plan a query names by its number, with the number as typed, words before it left out', () => {
    expect(plansNumbered('江教办[2023]5号', [JIANGMEN, OTHER])).toEqual({ text: '江教办[2023]5号', plans: [JIANGMEN] })
    expect(plansNumbered('江门市教育局江教办〔2023〕5号文件', [JIANGMEN, OTHER])).toEqual({ text: '江教办〔2023〕5号', plans: [JIANGMEN] })
  })

  it('finds no plan for a number the index holds none of: another serial, year or issuer', () => {
    for (const typed of ['江教办〔2023〕6号', '江教办〔2024〕5号', '鄂教发〔2023〕5号']) expect(plansNumbered(typed, [JIANGMEN, OTHER])).toBeNull()
  })
})
