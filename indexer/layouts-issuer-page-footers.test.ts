import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city bureau's plan as a PDF export's text layer gives it: every page's foot prints the issuer (or the title) beside
// the page's number in a page-number form (第 N 页, - N -), the page break cuts a sentence, and the last page holds one
// clause under which the last footer stands.
const PLAN = (footer: (n: number) => string) => [
  '滨州市教育局文件',
  '滨州市教育局2024年工作要点',
  '2024年，全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指',
  '导，全面贯彻党的二十大精神，推动教育高质量发展。',
  '一、坚持党建引领',
  '1.加强政治建设。深入学习贯彻党的二十大精神，全年组织党组理论学习中心组集中学习',
  '12次，开展专题读书班2期。',
  '2.加强基层党组织建设。实施中小学党组织领导的校长负责制，培育党建示范校30所，',
  footer(1),
  '打造党建品牌20个。',
  '二、推进基础教育优质均衡',
  '3.扩大学前教育资源。新建、改扩建公办幼儿园15所，新增学位4500个，公办园在园幼儿',
  '占比达到60%以上。',
  '4.推进义务教育优质均衡发展。深化集团化办学，新组建教育集团10个，覆盖学校50所。',
  footer(2),
  '5.促进普通高中多样化发展。创建特色高中5所。',
  footer(3),
].join('\n')

describe('parseDocument on a PDF whose page footers print the issuer beside the page number', () => {
  it('drops 滨州市教育局 第 N 页, 滨州市教育局第N页 and 滨州市2024年教育工作要点 - N - on every page, the short last page\'s too, and joins the sentence they cut', () => {
    // Before: 2.…培育党建示范校30所，滨州市教育局第1页打造党建品牌20个。, then 滨州市教育局第2页 read as a chapter over
    // clause 5, which ended ⏎滨州市教育局第3页.
    const footers = [(n: number) => `滨州市教育局 第 ${n} 页`, (n: number) => `滨州市教育局第${n}页`, (n: number) => `滨州市2024年教育工作要点    - ${n} -`]
    for (const footer of footers) {
      const [plan] = parseDocument({ file: 'a.pdf', text: PLAN(footer), fields: {}, url: null })
      expect([plan.plan.title, plan.clauses.map((c) => [c.chapter?.title ?? null, c.text])]).toEqual([
        '滨州市教育局2024年工作要点',
        [
          [null, '2024年，全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动教育高质量发展。'],
          ['坚持党建引领', '1.加强政治建设。深入学习贯彻党的二十大精神，全年组织党组理论学习中心组集中学习12次，开展专题读书班2期。'],
          ['坚持党建引领', '2.加强基层党组织建设。实施中小学党组织领导的校长负责制，培育党建示范校30所，打造党建品牌20个。'],
          ['推进基础教育优质均衡', '3.扩大学前教育资源。新建、改扩建公办幼儿园15所，新增学位4500个，公办园在园幼儿占比达到60%以上。'],
          ['推进基础教育优质均衡', '4.推进义务教育优质均衡发展。深化集团化办学，新组建教育集团10个，覆盖学校50所。'],
          ['推进基础教育优质均衡', '5.促进普通高中多样化发展。创建特色高中5所。'],
        ],
      ])
    }
  })
})
