import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

const meta = (plan: Awaited<ReturnType<typeof parseHandmade>>[number]) => [plan.plan.title, plan.plan.docNumber, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]

describe('layouts of the second format sweep that already read right, kept as regressions', () => {
  it('a 通知 that issues its plan as 附件1 and its task table as 附件2: the plan under its own title, the notice its head, the table rows tasks of 附件2', async () => {
    const plans = await parseHandmade('laibin-2024-notice-attachment-one-plan.txt')
    expect(plans).toHaveLength(1)
    const table = '附件2来宾市2024年教育重点任务分工表'
    expect(outlineRows(plans[0]).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', null, 1],
      ['-1-2', '一全面加强党的建设', null, 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
      ['-2-4', '二推动教育优质均衡发展', null, 4],
      ['-102-1', table, null, 1],
      ['-102-2', table, null, 2],
      ['-102-3', table, null, 3],
      ['-102-4', table, null, 4],
    ])
    expect(plans[0].clauses[5].text).toBe('1.深化理论武装。牵头单位：机关党委；完成时限：2024年12月。')
    expect(meta(plans[0])).toEqual(['来宾市2024年教育工作要点', '来教发〔2024〕5号', '来宾市教育局', '2024-03-04', []])
  })

  it('a GBK .txt with CRLF line ends and a clause hard-wrapped after its comma', async () => {
    const [plan] = await parseHandmade('chongzuo-2024-gbk-crlf.txt')
    expect(outlineRows(plan).map((r) => [r[0], r[4]])).toEqual([
      ['-p1', '2024年，全市教育工作要以办好人民满意的教育为目标，推动教育高质量发展。'],
      ['-1-1', '（一）深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '（二）加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '（三）扩大学前教育资源。新增公办学位1800个，公办园在园幼儿占比达到55%。'],
      ['-2-4', '（四）推进义务教育优质均衡。新组建教育集团4个。'],
    ])
    expect(meta(plan)).toEqual(['崇左市教育局2024年工作要点', null, '崇左市教育局', '2024-02-27', []])
  })

  it('a UTF-16 .txt (Notepad’s “Unicode”) whose clauses each carry a （牵头单位：…） line, kept in its clause', async () => {
    const [plan] = await parseHandmade('qingyang-2024-utf16-responsibility-lines.txt')
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '2024年，全市教育工作要坚持稳中求进，推动教育高质量发展。',
      '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。\n（牵头单位：机关党委；责任单位：各县区教育局）',
      '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。\n（牵头单位：组织人事科）',
      '3.扩大学前教育资源。新增公办学位2000个。\n（牵头单位：基础教育科）',
    ])
    expect(meta(plan)).toEqual(['庆阳市教育局2024年教育工作要点', null, '庆阳市教育局', '2024-03-01', []])
  })

  it('an old CMS page laid out in nested <table>s, navigation and column list beside the article, a hit counter under the title', async () => {
    const [plan] = await parseHandmade('wuzhou-2024-nested-layout-tables.html')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', null, 1],
      ['-1-2', '一全面加强党的建设', null, 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
      ['-2-4', '二推动教育优质均衡发展', null, 4],
    ])
    expect(plan.clauses[4].text).toBe('4.推进义务教育优质均衡。新组建城乡教育共同体6个，实现乡镇中心学校全覆盖，课后服务覆盖率保持100%。')
    expect(meta(plan)).toEqual(['梧州市教育局2024年教育工作要点', null, '梧州市教育局', '2024-03-12', []])
  })
})
