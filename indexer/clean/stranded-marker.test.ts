import { describe, expect, it } from 'vitest'
import { strandedMarker, takesMarker } from './stranded-marker.js'

describe('strandedMarker', () => {
  it('finds an item’s number after the sentence that ends a line, in the forms a plan numbers with', () => {
    expect(strandedMarker('实现乡镇中心学校全覆盖。6.')).toEqual(['实现乡镇中心学校全覆盖。', '6.'])
    expect(strandedMarker('确保落实到位；（二）')).toEqual(['确保落实到位；', '（二）'])
    expect(strandedMarker('落实“应开尽开。” 三、')).toEqual(['落实“应开尽开。”', '三、'])
    expect(strandedMarker('抓好“双减”工作。”（3）')).toEqual(['抓好“双减”工作。”', '（3）'])
  })

  it('leaves a number that ends a sentence’s words, a line that is only a number, and a year', () => {
    expect(strandedMarker('全年新增学位12.')).toBeNull()
    expect(strandedMarker('推进体教融合三、')).toBeNull()
    expect(strandedMarker('6.')).toBeNull()
    expect(strandedMarker('完成于2024.')).toBeNull()
  })

  it('moves it only onto a line that opens with words', () => {
    expect(takesMarker('深化“双减”工作。')).toBe(true)
    expect(takesMarker('2024年底前完成。')).toBe(false)
    expect(takesMarker('7.促进普通高中多样化发展。')).toBe(false)
  })
})
