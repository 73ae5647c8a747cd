import { describe, expect, it } from 'vitest'
import { outlineRows, parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'

/**
 * A page typed in an online editor: paragraphs indented with &emsp;&emsp;, a number set apart from its words by
 * &ensp; (`1.&ensp;深化…`), and zero-width spaces (&#8203;) a copy from an official account leaves between words.
 */
const PAGE = (space: string, zero: string) =>
  `<html><head><title>黔东南州教育局2024年教育工作要点</title></head><body><h1>黔东南州教育局2024年教育工作要点</h1>` +
  `<p>${space}${space}2024年，全州教育系统以习近平新时代中国特色社会主义思想为指导，${zero}奋力推动全州教育高质量发展。</p>` +
  `<p>${space}${space}<strong>一、${space}坚持立德树人，筑牢思想根基</strong></p>` +
  `<p>${space}${space}1.${space}深化思政课改革创新。建设州级思政课“大课堂”，打造思政示范课100节。</p>` +
  `<p>${space}${space}2.${space}加强民族团结进步教育。${zero}创建民族团结进步示范学校25所。</p>` +
  `<p>${space}${space}<strong>二、${space}坚持优质均衡，办好人民满意教育</strong></p>` +
  `<p>${space}${space}3.${space}推进县域义务教育优质均衡。凯里市、${space}黎平县开展国家优质均衡县创建。${zero}</p></body></html>`

describe('parseDocument on a page spaced with &ensp; and &emsp; and carrying zero-width spaces', () => {
  it('reads &ensp; &emsp; &thinsp; as the plain space &nbsp; is read and drops the zero-width spaces', () => {
    // Before: 1.\u2002深化…, 凯里市、\u2002黎平县 and …为指导，\u200b奋力… stayed in the records' text, where no search
    // typing a space (or none) found them; now 1.&ensp;深化 reads as 1.&nbsp;深化 does.
    const rows = [
      ['-p1', null, null, null, '2024年，全州教育系统以习近平新时代中国特色社会主义思想为指导，奋力推动全州教育高质量发展。'],
      ['-1-1', '一坚持立德树人，筑牢思想根基', null, 1, '1. 深化思政课改革创新。建设州级思政课“大课堂”，打造思政示范课100节。'],
      ['-1-2', '一坚持立德树人，筑牢思想根基', null, 2, '2. 加强民族团结进步教育。创建民族团结进步示范学校25所。'],
      ['-2-3', '二坚持优质均衡，办好人民满意教育', null, 3, '3. 推进县域义务教育优质均衡。凯里市、黎平县开展国家优质均衡县创建。'],
    ]
    for (const [space, zero] of [['&ensp;', '&#8203;'], ['&emsp;', '&#xFEFF;'], ['&thinsp;', '\u200b'], ['\u2002', '&#8288;']]) {
      expect(outlineRows(parseHtmlPage(PAGE(space, zero))[0])).toEqual(rows)
    }
  })
})
