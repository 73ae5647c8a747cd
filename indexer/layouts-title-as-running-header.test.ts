import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const NOTICE = [
  '德阳市教育局文件',
  '德市教发〔2025〕5号',
  '德阳市教育局',
  '关于印发《德阳市2025年教育工作要点》的通知',
  '各区（市、县）教育局，局属各学校：',
  '现将《德阳市2025年教育工作要点》印发给你们，请认真抓好落实。',
  '德阳市教育局',
]
const PLAN = [
  '— 1 —',
  '德阳市2025年教育工作要点',
  '2025年是“十四五”规划收官之年。全市教育系统要坚持稳中求进工作总基调，推动教育高质量发展。',
  '一、加强党的全面领导',
  '1.深化理论武装。健全“第一议题”制度，全年集中学习不少于12次，推动党的创新理论进',
  '校园、进课堂、进头脑。',
  '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效，培育市级党建示',
  '— 2 —',
  '德阳市2025年教育工作要点',
  '范校20所。',
  '二、推进教育优质均衡',
  '3.扩大学前教育资源。新增公办学位1200个，普惠性幼儿园覆盖率稳定在92%以上。',
  '— 3 —',
]

function read(date: string) {
  const [plan] = parseDocument({ file: 'x.pdf.txt', text: [...NOTICE, date, ...PLAN].join('\n'), fields: {}, url: null })
  const { title, issuer, docNumber, publishDate, warnings } = plan.plan
  return { head: { title, issuer, docNumber, publishDate, warnings }, rows: plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.text]) }
}

describe('parseDocument on a PDF plan under a cover notice whose running header is the plan’s own title', () => {
  it('keeps the title at the top of the plan’s first page and drops only the header copies after it', () => {
    // Before: the title after '— 1 —' went as a header copy, and the letterhead, the notice's title, its addressees and its letter were passages -p1 to -p4 of the plan.
    const expected = {
      head: { title: '德阳市2025年教育工作要点', issuer: '德阳市教育局', docNumber: '德市教发〔2025〕5号', publishDate: '2025-02-28', warnings: [] },
      rows: [
        ['-p1', '2025年是“十四五”规划收官之年。全市教育系统要坚持稳中求进工作总基调，推动教育高质量发展。'],
        ['-1-1', '1.深化理论武装。健全“第一议题”制度，全年集中学习不少于12次，推动党的创新理论进校园、进课堂、进头脑。'],
        ['-1-2', '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效，培育市级党建示范校20所。'],
        ['-2-3', '3.扩大学前教育资源。新增公办学位1200个，普惠性幼儿园覆盖率稳定在92%以上。'],
      ],
    }
    expect(read('2025年2月28日')).toEqual(expected)
    expect(read('二〇二五年二月二十八日')).toEqual(expected)
  })
})
