import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

/**
 * A PDF whose page template is drawn before each page's text, so extraction gives each page's number (and, after
 * page 1, its running header: the plan's title) above the page's first line. Page 1 prints the title as its first line.
 */
const TEXT = [
  '- 1 -',
  '吉首市教育和体育局2024年工作要点',
  '2024年，全市教育体育工作坚持以习近平新时代中国特色社会主义思',
  '想为指导，全面贯彻党的教育方针，落实立德树人根本任务。',
  '一、加强党的建设',
  '1.深化理论武装。落实“第一议题”制度，全年开展集中学习研讨12',
  '次以上，组织专题读书班2期。',
  '吉首市教育和体育局2024年工作要点',
  '- 2 -',
  '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地',
  '见效，创建示范党支部10个。',
  '二、推进教育优质均衡',
  '3.扩大学前教育资源。新建、改扩建公办幼儿园3所，新增学位900个',
  '，普惠性幼儿园覆盖率达到92%以上。',
  '吉首市教育和体育局2024年工作要点',
  '- 3 -',
  '4.推进义务教育优质均衡。推进城乡学校共同体建设，组建共同体6',
  '个，实现乡村学校全覆盖。',
  '吉首市教育和体育局',
  '2024年3月5日',
].join('\n')

describe('parseDocument on PDF text whose page number stands above the title on page 1', () => {
  it('keeps the first line of the document, the title, though copies of it head the later pages beside their numbers', () => {
    const [plan] = parseDocument({ file: 'plan.pdf', text: TEXT, fields: {}, url: null })
    // Before: the title went with the running headers (each beside a page number), and the plan was named by its file.
    expect([plan.plan.title, plan.plan.issuer, plan.plan.year, plan.plan.signDate, plan.plan.warnings]).toEqual(['吉首市教育和体育局2024年工作要点', '吉首市教育和体育局', 2024, '2024-03-05', []])
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '2024年，全市教育体育工作坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。',
      '1.深化理论武装。落实“第一议题”制度，全年开展集中学习研讨12次以上，组织专题读书班2期。',
      '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效，创建示范党支部10个。',
      '3.扩大学前教育资源。新建、改扩建公办幼儿园3所，新增学位900个，普惠性幼儿园覆盖率达到92%以上。',
      '4.推进义务教育优质均衡。推进城乡学校共同体建设，组建共同体6个，实现乡村学校全覆盖。',
    ])
  })
})
