import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

/** A PDF's text dump: each page's number alone on a line between blank lines, one of them cutting a sentence. */
const DUMP = `2023年全市教育工作要点

一、坚持党建引领
1．深化理论武装。把学习宣传贯彻党的二十大精神作为首要政治任务。
2．加强基层党组织建设。全面推行中小学校党组织领导的校长负责制，年内实现全覆盖，

1

打造“一校一品”党建品牌100个。
二、推进基础教育优质均衡发展
3．扩大普惠性学前教育资源。新增公办学位3000个。
4．推进义务教育优质均衡。新组建城乡学校共同体30个。

2

三、建设高素质专业化教师队伍
5．加强师德师风建设。开展师德师风专题教育。

3
`

describe('parseDocument on a PDF\'s text whose page numbers stand alone on their lines (1, 2, 3) between blank lines', () => {
  it('drops the page numbers and joins the sentence the page break cut', () => {
    // Before: -1-2 read …年内实现全覆盖， ⏎ 1 ⏎ 打造…, and -2-4 and -3-5 ended in ⏎ 2 and ⏎ 3.
    const [plan] = parse(DUMP)
    expect(outlineRows(plan)).toEqual([
      ['-1-1', '一坚持党建引领', null, 1, '1．深化理论武装。把学习宣传贯彻党的二十大精神作为首要政治任务。'],
      ['-1-2', '一坚持党建引领', null, 2, '2．加强基层党组织建设。全面推行中小学校党组织领导的校长负责制，年内实现全覆盖，打造“一校一品”党建品牌100个。'],
      ['-2-3', '二推进基础教育优质均衡发展', null, 3, '3．扩大普惠性学前教育资源。新增公办学位3000个。'],
      ['-2-4', '二推进基础教育优质均衡发展', null, 4, '4．推进义务教育优质均衡。新组建城乡学校共同体30个。'],
      ['-3-5', '三建设高素质专业化教师队伍', null, 5, '5．加强师德师风建设。开展师德师风专题教育。'],
    ])
  })

  it('drops the running headers over the pages those numbers count, the issuer over odd pages and the title over even ones', () => {
    // Before: a number alone is no page number to the running headers' reader, so no header stood beside one:
    // -1-2 read …年内实现全覆盖，2023年全市教育工作要点 ⏎ 打造…, the title joined to the cut sentence, and -2-4 ended in
    // ⏎ 某市教育局文件.
    const headed = DUMP.replace('\n1\n\n', '\n1\n\n2023年全市教育工作要点\n\n').replace('\n2\n\n', '\n2\n\n某市教育局文件\n\n')
    const [plan] = parse(`某市教育局文件\n\n${headed}`)
    expect(outlineRows(plan).map((r) => r[4])).toEqual([
      '1．深化理论武装。把学习宣传贯彻党的二十大精神作为首要政治任务。',
      '2．加强基层党组织建设。全面推行中小学校党组织领导的校长负责制，年内实现全覆盖，打造“一校一品”党建品牌100个。',
      '3．扩大普惠性学前教育资源。新增公办学位3000个。',
      '4．推进义务教育优质均衡。新组建城乡学校共同体30个。',
      '5．加强师德师风建设。开展师德师风专题教育。',
    ])
  })

  it('keeps a number alone between blank lines when no other counts on from it (a figure a wrap set apart)', () => {
    const [one] = parse('某市教育局2024年教育工作要点\n一、加强保障\n1.加大投入。新增学位\n\n2000\n\n个。\n2.优化配置。')
    expect(one.clauses[0].text).toBe('1.加大投入。新增学位\n2000\n个。')
  })
})
