import { describe, expect, it } from 'vitest'
import { docNumberFromField, findOwnDocNumber, isDocNumberLine } from './doc-number.js'
import { inferMetadata } from './infer-metadata.js'

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

describe('the document’s own 文号 with its year in Chinese numerals', () => {
  it('reads 某教〔二〇二四〕3号 as 某教〔2024〕3号, the year as the plan prints it in the GB/T 9704 form (it was no number)', () => {
    expect(findOwnDocNumber(['某市教育局文件', '某教〔二〇二四〕3号', '某市教育工作要点'])).toEqual({ value: '某教〔2024〕3号', quote: '某教〔二〇二四〕3号' })
    expect(findOwnDocNumber(['某教发（二〇二五）第12号'])?.value).toBe('某教发〔2025〕12号')
    expect(findOwnDocNumber(['某教 〔 二 ○ 二 四 〕 3 号'])?.value).toBe('某教〔2024〕3号')
    expect(findOwnDocNumber(['某教［一九九八］7号'])?.value).toBe('某教〔1998〕7号')
    expect(isDocNumberLine('某教〔二〇二四〕第3号')).toBe(true)
    expect(docNumberFromField('某教〔二〇二四〕3号')).toBe('某教〔2024〕3号')
  })

  it('gives an undated plan its year from that number, not from a signature in the December before', () => {
    const { metadata } = inferMetadata({
      title: null,
      fields: {},
      headLines: ['某市教育局文件', '某教〔二〇二四〕3号', '关于印发某市教育工作要点的通知'],
      tailLines: ['某市教育局', '2023年12月20日'],
      bodyText: '',
    })
    // Before: docNumber null, year 2023 (from the signature).
    expect({ docNumber: metadata.docNumber, year: metadata.year, signDate: metadata.signDate }).toEqual({ docNumber: '某教〔2024〕3号', year: 2024, signDate: '2023-12-20' })
  })

  it('reads a year whose 〇 a head typed as a zero or a letter O (二0二四, 二O二四, 二０二四) as that year too (it was no number)', () => {
    for (const year of ['二0二四', '二O二四', '二０二四']) {
      expect(findOwnDocNumber(['某市教育局文件', `某教〔${year}〕3号`, '某市教育工作要点'])).toEqual({ value: '某教〔2024〕3号', quote: `某教〔${year}〕3号` })
      expect(isDocNumberLine(`某教〔${year}〕第3号`)).toBe(true)
      expect(docNumberFromField(`某教[${year}]3号`)).toBe('某教〔2024〕3号')
    }
  })

  it('reads no year in four Chinese numerals that are not one, nor a number another document is cited by', () => {
    expect(findOwnDocNumber(['某教〔一二三四〕3号'])).toBeNull()
    expect(findOwnDocNumber(['根据《某省教育工作要点》（某教〔二〇二三〕3号）'])).toBeNull()
  })
})
