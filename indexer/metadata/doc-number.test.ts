import { describe, expect, it } from 'vitest'
import { docNumberFromField, findOwnDocNumber, isDocNumberLine } from './doc-number.js'

describe('the document’s own 文号 typed with spaces around ASCII brackets', () => {
  it('reads 宜教发 [2024] 3 号 as 宜教发〔2024〕3号 (it was no number: closing up keeps a space beside an ASCII bracket)', () => {
    expect(findOwnDocNumber(['宜春市教育局文件', '宜教发 [2024] 3 号', '宜春市2024年教育工作要点'])?.value).toBe('宜教发〔2024〕3号')
    expect(isDocNumberLine('宜教发 ( 2024 ) 3号')).toBe(true)
    expect(docNumberFromField('宜教发 [2024] 3 号')).toBe('宜教发〔2024〕3号')
  })

  it('still reads the forms without spaces, and 第3号 as 3号', () => {
    expect(findOwnDocNumber(['宜教发〔2024〕第3号'])?.value).toBe('宜教发〔2024〕3号')
    expect(docNumberFromField('宜教发[2024]3号')).toBe('宜教发〔2024〕3号')
  })
})
