import { describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'

// A plan pasted from a web page whose furniture ran onto the title's line: its info bar left a stray passage
// (发布时间：2024-03-06 浏览次数：1234, or - 某县人民政府 of a tab title) above the first chapter, and its buttons or the
// tab title's section were read into the title (某县教育局2024年教育工作要点【打印本页】【关闭窗口, …要点_通知公告).
const BODY =
  '一、总体要求\n以立德树人为根本任务，推动全县教育高质量发展。\n二、重点工作\n（一）加强党的建设。全面落实党组织领导的校长负责制。\n' +
  '（二）推进义务教育优质均衡。新建学校2所，新增学位1000个。\n三、保障措施\n加强组织领导，确保各项任务落到实处。'
const CLAUSES = [
  ['总体要求', null, '以立德树人为根本任务，推动全县教育高质量发展。'],
  ['重点工作', 1, '（一）加强党的建设。全面落实党组织领导的校长负责制。'],
  ['重点工作', 2, '（二）推进义务教育优质均衡。新建学校2所，新增学位1000个。'],
  ['保障措施', null, '加强组织领导，确保各项任务落到实处。'],
]
const TITLE = '某县教育局2024年教育工作要点'

const parse = (titleLine: string) => parseDocument({ file: 'x.txt', text: `${titleLine}\n${BODY}`, fields: {}, url: null })
const read = (plans: ParsedPlan[]) =>
  plans.map((p) => [p.plan.title, p.plan.year, p.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text])])

describe('parseDocument on a title line a web page glued its furniture to', () => {
  it('reads the title alone when the page info bar follows it on its line', () => {
    expect(read(parse(`${TITLE} 发布时间：2024-03-06 浏览次数：1234`))).toEqual([[TITLE, 2024, CLAUSES]])
  })

  it('reads the title alone when the print and close buttons are glued to it', () => {
    expect(read(parse(`${TITLE}【打印本页】【关闭窗口】`))).toEqual([[TITLE, 2024, CLAUSES]])
  })

  it('reads the title alone in a browser tab title that names the site, and the section, after it', () => {
    expect(read(parse(`${TITLE} - 某县人民政府`))).toEqual([[TITLE, 2024, CLAUSES]])
    expect(read(parse(`${TITLE}_通知公告_某县教育局`))).toEqual([[TITLE, 2024, CLAUSES]])
    expect(read(parse(`${TITLE} | 某县教育网`))).toEqual([[TITLE, 2024, CLAUSES]])
  })

  it('reads the title alone in a tab title that names the site column only, after _ or a close dash', () => {
    expect(read(parse(`${TITLE}_政策文件`))).toEqual([[TITLE, 2024, CLAUSES]])
    expect(read(parse(`${TITLE}-通知公告`))).toEqual([[TITLE, 2024, CLAUSES]])
    expect(read(parse('关于印发2024年全县教育工作要点的通知_政策文件')).map((p) => p[0])).toEqual(['2024年全县教育工作要点'])
  })

  it('reads the title and the date of an info bar glued to the title with no space, as on its own line', () => {
    const glued = parse(`${TITLE}发布时间：2024-02-20 来源：县教育局 浏览次数：312`)
    expect(read(glued)).toEqual([[TITLE, 2024, CLAUSES]])
    expect(glued[0].plan.publishDate).toEqual('2024-02-20')
  })

  it('reads a posting stamp with no label, or an info bar in brackets, after the title as the page’s date', () => {
    // A bureau with its place: a page of no named government body is not believed on its date.
    const title = '泰州市教育局2024年教育工作要点'
    for (const line of [`${title}2024-02-20`, `${title} 2024-02-20 09:30:11 来源：泰州市教育局`, `${title}（发布日期：2024-02-20）`]) {
      const plans = parse(line)
      expect([read(plans), plans[0].plan.publishDate]).toEqual([[[title, 2024, CLAUSES]], '2024-02-20'])
    }
  })

  it('reads the publish date of a source and date glued to the title as it reads them on their own line', () => {
    const glued = parse(`${TITLE} 来源：县教育局 日期：2024-03-06`)
    const ownLine = parse(`${TITLE}\n来源：县教育局 日期：2024-03-06`)
    expect(read(glued)).toEqual([[TITLE, 2024, CLAUSES]])
    expect([glued[0].plan.publishDate, ownLine[0].plan.publishDate]).toEqual(['2024-03-06', '2024-03-06'])
  })

  it('keeps a remark, a school year or a term that is part of the title', () => {
    expect(read(parse('某县教育局2024年教育工作要点（试行） 发布时间：2024-03-06')).map((p) => p[0])).toEqual(['某县教育局2024年教育工作要点（试行）'])
    expect(read(parse('某县教育工作要点（2024—2025学年）【打印】【关闭】')).map((p) => p[0])).toEqual(['某县教育工作要点（2024—2025学年）'])
    expect(read(parse('某小学工作计划 2025-2026上学期')).map((p) => p[0])).toEqual(['某小学工作计划 2025-2026上学期'])
    expect(read(parse('某县实验小学2024-2025学年第一学期工作计划 - 某县实验小学')).map((p) => p[0])).toEqual([
      '某县实验小学2024-2025学年第一学期工作计划',
    ])
  })
})
