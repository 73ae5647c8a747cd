/**
 * Files that hold several plans, cut where one plan ends and the next begins: two red-headed documents one after the
 * other (each its letterhead, 文号 and 印发 notice over its title, the titles the same words), plans under their own
 * letterheads after a table of contents, two attachments (附件1, 附件2) of one notice, plans of different
 * cities or years printed one after another with nothing but their titles between, a table of contents whose pages
 * Word set after a tab, and one that numbers its entries and gives no pages.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const FIRST = ['一、加强党的全面领导', '1.深入学习贯彻党的二十大精神。持续推进主题教育成果转化。', '2.加强基层党组织建设。推进校长负责制。']
const SECOND = ['一、坚持立德树人', '1.加强思想政治教育。深化大中小学思政课一体化建设。', '2.加强劳动教育。建设劳动教育实践基地。', '3.推进学前教育普及普惠。']

const plansOf = (lines: string[]) =>
  parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null }).map((p) => {
    const { title, issuer, city, year, docNumber, signDate, clauseCount } = p.plan
    return { title, issuer, city, year, docNumber, signDate, clauseCount }
  })

const notice = (letterhead: string, number: string, addressees: string, signer: string, date: string) => [
  `${letterhead}文件`,
  number,
  '关于印发2024年全市教育工作要点的通知',
  addressees,
  '现将《2024年全市教育工作要点》印发给你们，请认真贯彻落实。',
  signer,
  date,
]

describe('parseDocument cuts a file of several plans at each plan’s start', () => {
  it('reads two red-headed documents with the same title as two plans, each with its own 文号, issuer and date', () => {
    const lines = [
      ...notice('荆门市教育局', '荆教发〔2024〕3号', '各县市区教育局：', '荆门市教育局', '2024年2月20日'),
      '2024年全市教育工作要点',
      ...FIRST,
      '',
      ...notice('钟祥市教育局', '钟教发〔2024〕5号', '各乡镇中心学校：', '钟祥市教育局', '2024年3月1日'),
      '2024年全市教育工作要点',
      ...SECOND,
    ]
    expect(plansOf(lines)).toEqual([
      { title: '2024年全市教育工作要点', issuer: '荆门市教育局', city: '荆门市', year: 2024, docNumber: '荆教发〔2024〕3号', signDate: '2024-02-20', clauseCount: 2 },
      { title: '2024年全市教育工作要点', issuer: '钟祥市教育局', city: '钟祥市', year: 2024, docNumber: '钟教发〔2024〕5号', signDate: '2024-03-01', clauseCount: 3 },
    ])
  })

  it('reads two cities’ plans printed one after the other, only their titles between, as two plans', () => {
    const lines = ['宜昌市教育局2024年工作要点', ...FIRST, '', '襄阳市教育局2024年工作要点', ...SECOND]
    expect(plansOf(lines).map((p) => [p.title, p.city, p.year, p.clauseCount])).toEqual([
      ['宜昌市教育局2024年工作要点', '宜昌市', 2024, 2],
      ['襄阳市教育局2024年工作要点', '襄阳市', 2024, 3],
    ])
  })

  it('reads one city’s plans of two years printed one after the other as two plans', () => {
    const lines = ['宜昌市教育局2023年工作要点', ...FIRST, '', '宜昌市教育局2024年工作要点', ...SECOND]
    expect(plansOf(lines).map((p) => [p.title, p.year, p.clauseCount])).toEqual([
      ['宜昌市教育局2023年工作要点', 2023, 2],
      ['宜昌市教育局2024年工作要点', 2024, 3],
    ])
  })

  it('keeps one plan whose title is printed again over its text (a page’s running head)', () => {
    const lines = ['宜昌市教育局2024年工作要点', ...FIRST, '', '宜昌市教育局2024年工作要点', '3.推进学前教育普及普惠。', '二、办好人民满意教育', '4.推进县域义务教育优质均衡。']
    expect(plansOf(lines).map((p) => [p.title, p.clauseCount])).toEqual([['宜昌市教育局2024年工作要点', 4]])
  })

  it('gives each plan of a contents-led compilation the letterhead and 文号 printed over its title, not the plan before it', () => {
    const lines = [
      '目录', '1.荆门市教育局2024年工作要点……3', '2.钟祥市教育局2024年工作要点……9',
      '荆门市教育局文件', '荆教发〔2024〕3号', '荆门市教育局2024年工作要点', ...FIRST,
      '钟祥市教育局文件', '钟教发〔2024〕5号', '钟祥市教育局2024年工作要点', ...SECOND,
    ]
    expect(plansOf(lines).map((p) => [p.title, p.issuer, p.city, p.docNumber, p.clauseCount])).toEqual([
      ['荆门市教育局2024年工作要点', '荆门市教育局', '荆门市', '荆教发〔2024〕3号', 2],
      ['钟祥市教育局2024年工作要点', '钟祥市教育局', '钟祥市', '钟教发〔2024〕5号', 3],
    ])
  })

  it('reads two plans of one bureau and year under their own 附件1 and 附件2 labels as two plans', () => {
    const lines = ['附件1', '荆门市教育局2024年工作要点', ...FIRST, '附件2', '荆门市教育局2024年党建工作要点', ...SECOND]
    expect(plansOf(lines).map((p) => [p.title, p.issuer, p.clauseCount])).toEqual([
      ['荆门市教育局2024年工作要点', '荆门市教育局', 2],
      ['荆门市教育局2024年党建工作要点', '荆门市教育局', 3],
    ])
  })

  it('reads a table of contents whose entries end in a tab and the page', () => {
    const lines = ['目录', '海淀区教育委员会2024年工作要点\t1', '西城区教育委员会2024年工作要点\t6', '', '海淀区教育委员会2024年工作要点', ...FIRST, '', '西城区教育委员会2024年工作要点', ...SECOND]
    expect(plansOf(lines).map((p) => [p.title, p.city, p.clauseCount])).toEqual([
      ['海淀区教育委员会2024年工作要点', '海淀区', 2],
      ['西城区教育委员会2024年工作要点', '西城区', 3],
    ])
  })

  it('reads a 目录 that numbers its entries and gives no pages, each entry’s title printed over its plan', () => {
    const lines = ['目录', '1.宜昌市教育局2024年工作要点', '2.宜昌市教育局2024年党建工作要点', '', '宜昌市教育局2024年工作要点', ...FIRST, '', '宜昌市教育局2024年党建工作要点', ...SECOND]
    expect(plansOf(lines).map((p) => [p.title, p.city, p.clauseCount])).toEqual([
      ['宜昌市教育局2024年工作要点', '宜昌市', 2],
      ['宜昌市教育局2024年党建工作要点', '宜昌市', 3],
    ])
  })
})
