import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = '\n2024年是全面贯彻落实党的二十大精神的关键之年。\n一、坚持党建引领\n1.深化理论武装。健全“第一议题”制度。\n2.加强基层党建。培育党建品牌30个。'
const parse = (head: string) => parseDocument({ file: 'x.txt', text: `${head}${BODY}`, fields: {}, url: null })[0]
const meta = (head: string) => {
  const { title, issuer, year, signDate } = parse(head).plan
  return { title, issuer, year, signDate }
}
const FIRST = '2024年是全面贯彻落实党的二十大精神的关键之年。'

describe('parseDocument on a plan that prints the date it was issued in brackets on the line under its title', () => {
  it('keeps （2024年2月） out of the title (it read 济南市教育局2024年工作要点（2024年2月）) and out of the body', () => {
    expect(meta('济南市教育局2024年工作要点\n（2024年2月）')).toEqual({ title: '济南市教育局2024年工作要点', issuer: '济南市教育局', year: 2024, signDate: null })
    expect(parse('济南市教育局2024年工作要点\n（2024年2月）').clauses[0].text).toBe(FIRST)
  })

  it('reads a full date, in figures or in Chinese numerals, as the signing date', () => {
    expect(meta('济南市教育局2024年工作要点\n（2024年2月20日）')).toEqual({ title: '济南市教育局2024年工作要点', issuer: '济南市教育局', year: 2024, signDate: '2024-02-20' })
    expect(meta('济南市教育局2024年工作要点\n（二〇二四年二月二十日）')).toEqual({ title: '济南市教育局2024年工作要点', issuer: '济南市教育局', year: 2024, signDate: '2024-02-20' })
  })

  it('still joins a remark in brackets that is no date to the title (（试行）, （征求意见稿）)', () => {
    expect(meta('济南市中小学课后服务管理办法\n（试行）').title).toBe('济南市中小学课后服务管理办法（试行）')
    expect(meta('济南市教育局2024年工作要点\n（征求意见稿）').title).toBe('济南市教育局2024年工作要点（征求意见稿）')
  })
})
