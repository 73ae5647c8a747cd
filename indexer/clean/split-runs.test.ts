import { describe, expect, it } from 'vitest'
import { splitRuns } from './split-runs.js'

describe('splitRuns', () => {
  it('splits the 文号 and the title from the text a flattened PDF ran after them', () => {
    expect(splitRuns('韶教〔2023〕3号 韶关市教育局2023年教育工作要点 2023年是全面贯彻落实党的二十大精神的开局之年。')).toEqual([
      '韶教〔2023〕3号', '韶关市教育局2023年教育工作要点', '2023年是全面贯彻落实党的二十大精神的开局之年。',
    ])
  })

  it('splits a 文号 whose year is in Chinese numerals (洛教〔二〇二二〕8号, 〇 typed 0) from the title after it too', () => {
    // Before: one line 洛阳市教育局文件 洛教〔二〇二二〕8号 洛阳市2022年教育工作要点, the plan's title.
    for (const year of ['二〇二二', '二0二二']) {
      expect(splitRuns(`洛阳市教育局文件 洛教〔${year}〕8号 洛阳市2022年教育工作要点 2022年全市教育工作的总体思路是：坚持立德树人。`)).toEqual([
        `洛阳市教育局文件 洛教〔${year}〕8号`, '洛阳市2022年教育工作要点', '2022年全市教育工作的总体思路是：坚持立德树人。',
      ])
    }
  })

  it('splits the title, the 文号 after it and the signature a flattened head ran together', () => {
    expect(splitRuns('株洲市教育局2024年教育工作要点 株教发〔2024〕3号 株洲市教育局 2024年2月20日')).toEqual([
      '株洲市教育局2024年教育工作要点', '株教发〔2024〕3号', '株洲市教育局', '2024年2月20日',
    ])
    expect(splitRuns('关于印发《鄂州市2024年教育工作要点》的通知 鄂州教发〔2024〕2号 鄂州市教育局2024年1月30日各区教育局，市直各学校：现将通知印发给你们。')).toEqual([
      '关于印发《鄂州市2024年教育工作要点》的通知', '鄂州教发〔2024〕2号', '鄂州市教育局', '2024年1月30日', '各区教育局，市直各学校：现将通知印发给你们。',
    ])
  })

  it('splits a signature out of the sentences around it', () => {
    expect(splitRuns('请结合实际认真贯彻落实。绵阳市教育和体育局 2022年3月8日 2022年全市教育工作要点')).toEqual([
      '请结合实际认真贯彻落实。', '绵阳市教育和体育局', '2022年3月8日', '2022年全市教育工作要点',
    ])
    expect(splitRuns('做好2023年高考、中考组织管理工作。韶关市教育局 2023年2月15日')).toEqual([
      '做好2023年高考、中考组织管理工作。', '韶关市教育局', '2023年2月15日',
    ])
  })

  it('keeps a 版记 line’s 印发 with its date, so the printing date never reads as a signature and 印发 is no passage', () => {
    expect(splitRuns('某某市教育局办公室 2024年2月20日印发')).toEqual(['某某市教育局办公室', '2024年2月20日印发'])
    expect(splitRuns('某某市教育局办公室　　　　2024年2月20日 印发')).toEqual(['某某市教育局办公室', '2024年2月20日 印发'])
  })

  it('leaves table-of-contents entries, numbered lines and dates inside sentences whole', () => {
    expect(splitRuns('2024年全区教育工作要点 2')).toEqual(['2024年全区教育工作要点 2'])
    expect(splitRuns('3.制定实施方案 明确责任分工。')).toEqual(['3.制定实施方案 明确责任分工。'])
    expect(splitRuns('本办法自2023年5月1日起施行。')).toEqual(['本办法自2023年5月1日起施行。'])
    expect(splitRuns('做好开学准备。2023年3月1日起，全市中小学全面恢复线下教学。')).toEqual(['做好开学准备。2023年3月1日起，全市中小学全面恢复线下教学。'])
  })
})
