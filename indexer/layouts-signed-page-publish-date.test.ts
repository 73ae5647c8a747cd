import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = '\n一、坚持党的全面领导\n1．加强政治建设。全年组织专题培训班3期。\n2．加强基层党组织建设。推进“一校一品”党建品牌创建。'
const SIGNED = '\n锡林郭勒盟教育体育局\n2023年3月15日'
const parse = (text: string) => {
  const [plan] = parseDocument({ file: 'xilinguole.html', text, fields: {}, url: null })
  return [plan.plan.issuer, plan.plan.signDate, plan.plan.publishDate, plan.metadataNotes]
}

describe('parseDocument on a bureau’s own page, titled by the bureau, its plan signed under the text', () => {
  it('takes the page’s 发布日期 as the publish date when the title names the bureau, though the signature named the issuer', () => {
    // Before: publishDate 2023-03-15 (the signing date), the 发布日期 refused: the issuer came from the signature, not the title.
    expect(parse(`锡林郭勒盟教育体育局2023年工作要点\n发布日期：2023年3月20日 点击数：${BODY}${SIGNED}`)).toEqual([
      '锡林郭勒盟教育体育局', '2023-03-15', '2023-03-20', [],
    ])
  })

  it('still refuses it when the title names no bureau, or the page’s 来源 names no organisation', () => {
    expect(parse(`2023年全盟教育体育工作要点\n发布日期：2023年3月20日${BODY}${SIGNED}`)).toEqual([
      '锡林郭勒盟教育体育局', '2023-03-15', '2023-03-15', ['publish date not taken: 发布日期:2023年3月20日 (the page names no government issuer)'],
    ])
    expect(parse(`锡林郭勒盟教育体育局2023年工作要点\n发布日期：2023年3月20日 来源：网络${BODY}${SIGNED}`)).toEqual([
      '锡林郭勒盟教育体育局', '2023-03-15', '2023-03-15', ['publish date not taken: 发布日期:2023年3月20日 (the page names no government issuer)'],
    ])
  })
})
