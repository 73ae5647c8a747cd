import { describe, expect, it } from 'vitest'
import { citationParts } from './citation-parts.js'

describe('citationParts', () => {
  it('cuts a citation after the plan\'s title and its facts in brackets, keeping a section marker with the place', () => {
    expect(citationParts('江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条'))
      .toEqual({ plan: '江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）', place: '六、第25条' })
    expect(citationParts('《某县2024年教育工作要点》一、（二）第3条')).toEqual({ plan: '《某县2024年教育工作要点》', place: '一、（二）第3条' })
    expect(citationParts('大兴安岭地区《2024年全区教育工作要点》（收录于《教育和体育局2024年工作要点汇编（7篇）》第1篇）二、第10条'))
      .toEqual({ plan: '大兴安岭地区《2024年全区教育工作要点》（收录于《教育和体育局2024年工作要点汇编（7篇）》第1篇）', place: '二、第10条' })
    expect(citationParts('《关于印发《2024年工作要点》的通知》第二部分 一、第1条')).toEqual({ plan: '《关于印发《2024年工作要点》的通知》', place: '第二部分 一、第1条' })
  })

  it('keeps a chapter numbered （一） with the place, and takes for the plan\'s facts only a bracket holding a 文号, a date or 收录于', () => {
    // Before: plan 《某县2024年教育工作要点》（一）, place 第3条.
    expect(citationParts('《某县2024年教育工作要点》（一）第3条')).toEqual({ plan: '《某县2024年教育工作要点》', place: '（一）第3条' })
    expect(citationParts('某县教育局《某县2024年教育工作要点》（十二）（3）第4条')).toEqual({ plan: '某县教育局《某县2024年教育工作要点》', place: '（十二）（3）第4条' })
    expect(citationParts('《某县2024年教育工作要点》（一）坚持党建引领')).toEqual({ plan: '《某县2024年教育工作要点》', place: '（一）坚持党建引领' })
    expect(citationParts('《某县2024年教育工作要点》（县教发〔2024〕3号）（一）第3条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（县教发〔2024〕3号）', place: '（一）第3条' })
    expect(citationParts('《某县2024年教育工作要点》（2024年2月1日）（二）第1条')).toEqual({ plan: '《某县2024年教育工作要点》（2024年2月1日）', place: '（二）第1条' })
    expect(citationParts('《某县2024年教育工作要点》（县教发[2024]3号）第2条')).toEqual({ plan: '《某县2024年教育工作要点》（县教发[2024]3号）', place: '第2条' })
    expect(citationParts('《某县2024年教育工作要点》（收录于《汇编》第2篇）（一）第1段'))
      .toEqual({ plan: '《某县2024年教育工作要点》（收录于《汇编》第2篇）', place: '（一）第1段' })
  })

  it('takes a 文号 or a date printed in full-width digits for the plan\'s facts, in any of 〔〕 [] ［］', () => {
    // Before: plan 《某县2024年教育工作要点》, place （县教发〔２０２４〕３号）一、第3条.
    expect(citationParts('《某县2024年教育工作要点》（县教发〔２０２４〕３号）一、第3条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（县教发〔２０２４〕３号）', place: '一、第3条' })
    expect(citationParts('《某县2024年教育工作要点》（县教发［２０２４］１２号）（一）第3条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（县教发［２０２４］１２号）', place: '（一）第3条' })
    expect(citationParts('《某县2024年教育工作要点》（县教发[２０２４]３号，２０２４年２月１日）二、第1条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（县教发[２０２４]３号，２０２４年２月１日）', place: '二、第1条' })
    expect(citationParts('《某县2024年教育工作要点》（２０２４年２月１日）（二）第1条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（２０２４年２月１日）', place: '（二）第1条' })
    // A chapter numbered in brackets still opens the place.
    expect(citationParts('《某县2024年教育工作要点》（十二）第3条')).toEqual({ plan: '《某县2024年教育工作要点》', place: '（十二）第3条' })
  })

  it('takes a 文号 whose year is in Chinese numerals for the plan\'s facts, its serial in either numerals, the year as printed', () => {
    expect(citationParts('《某县2024年教育工作要点》（某教〔二〇二四〕3号）一、第3条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（某教〔二〇二四〕3号）', place: '一、第3条' })
    expect(citationParts('《某县2024年教育工作要点》（〔二〇二四〕第3号）（一）第3条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（〔二〇二四〕第3号）', place: '（一）第3条' })
    // Before: plan 《某县2024年教育工作要点》, place （某教〔二〇二四〕三号）（一）第3条.
    expect(citationParts('《某县2024年教育工作要点》（某教〔二〇二四〕三号）（一）第3条'))
      .toEqual({ plan: '《某县2024年教育工作要点》（某教〔二〇二四〕三号）', place: '（一）第3条' })
    expect(citationParts('《某县1998年教育工作要点》（某教［一九九八］十二号）二、第1条'))
      .toEqual({ plan: '《某县1998年教育工作要点》（某教［一九九八］十二号）', place: '二、第1条' })
    // Four Chinese numerals in a bracket of their own are no year: a place.
    expect(citationParts('《某县2024年教育工作要点》（一二三四）第2条')).toEqual({ plan: '《某县2024年教育工作要点》', place: '（一二三四）第2条' })
  })

  it('gives the whole citation as the plan when it does not read as one', () => {
    expect(citationParts('某文件第3条')).toEqual({ plan: '某文件第3条', place: '' })
    expect(citationParts('《未闭合的标题第3条')).toEqual({ plan: '《未闭合的标题第3条', place: '' })
  })
})
