import { describe, expect, it } from 'vitest'
import { outlineRows, parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'

const P = (t: string) => `<p><span style="font-size:15px;">${t}</span></p>`
const CLAUSES = [
  '深入学习贯彻党的二十届三中全会精神，健全“第一议题”制度。',
  '巩固学前教育普及成果，学前三年毛入园率保持在98%以上。',
  '深化产教融合，推动职业院校与企业共建实训基地10个。',
]
/** An official account's article: a column tag before its headline, the plan in <ol>s under <h2> chapters, a photo and its credits under it. */
const ARTICLE = (headline: string, tail: string) =>
  `<html><head><title>${headline}</title></head><body><div id="js_article"><h1 class="rich_media_title">${headline}</h1>` +
  `<div id="js_content">${P('2025年，全地区教育系统将坚持立德树人，推动教育高质量发展。')}` +
  `<h2>一、坚持党的全面领导</h2><ol><li>${P(CLAUSES[0])}</li></ol>` +
  `<h2>二、推进各级各类教育协调发展</h2><ol start="2"><li>${P(CLAUSES[1])}</li><li>${P(CLAUSES[2])}</li></ol>` +
  `<p><img data-src="a.jpg"></p>${tail}</div></div></body></html>`

describe('parseDocument on an official account’s article with a photo caption and credits under the plan', () => {
  it('ends the last clause before the ▲ caption, the 文字： credit and the call to tap 在看', () => {
    // Before: 3.深化产教融合… ran on with ▲图为…, 文字：喀什地区教育局 and 喜欢就点个“在看”吧.
    const tail = P('▲图为喀什市第二十八中学学生在上课') + P('文字：喀什地区教育局') + P('初审：艾力　复审：王建华　终审：李国庆') + P('喜欢就点个“在看”吧')
    expect(outlineRows(parseHtmlPage(ARTICLE('喀什地区2025年教育工作要点', tail))[0])).toEqual([
      ['-p1', null, null, null, '2025年，全地区教育系统将坚持立德树人，推动教育高质量发展。'],
      ['-1-1', '一坚持党的全面领导', null, 1, `1.${CLAUSES[0]}`],
      ['-2-2', '二推进各级各类教育协调发展', null, 2, `2.${CLAUSES[1]}`],
      ['-2-3', '二推进各级各类教育协调发展', null, 3, `3.${CLAUSES[2]}`],
    ])
  })

  it('names the plan by its headline without the column tag set before a bar (聚焦｜, 教育动态丨), and keeps a bureau’s name before one', () => {
    // Before: title 聚焦｜喀什地区2025年教育工作要点.
    const title = (headline: string) => parseHtmlPage(ARTICLE(headline, ''))[0].plan.title
    expect(['聚焦｜喀什地区2025年教育工作要点', '教育动态丨喀什地区2025年教育工作要点', '喀什地区教育局｜2025年教育工作要点'].map(title)).toEqual([
      '喀什地区2025年教育工作要点', '喀什地区2025年教育工作要点', '喀什地区教育局｜2025年教育工作要点',
    ])
  })
})
