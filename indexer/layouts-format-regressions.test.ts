/**
 * Layouts of the format sweep (Word lists, a web editor's lists, a compilation) that were read right before any
 * change: kept with their exact records so that a later change cannot lose them unnoticed.
 */
import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on format layouts already read right', () => {
  it('reads a web editor’s nested lists (<ol style="list-style-type: cjk-ideographic"> chapters over <ol start="3"> clauses) with the numbers a browser draws', async () => {
    const [plan] = await parseHandmade('puyang-2024-ueditor-ol-lists.html')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年全市教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['坚持党建引领，加强党对教育工作的全面领导', null, 1, null, '1.深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习12次以上。'],
      ['坚持党建引领，加强党对教育工作的全面领导', null, 2, null, '2.加强基层党组织建设。开展中小学校党组织领导的校长负责制落实情况评估。'],
      ['坚持优质均衡，办好人民满意的基础教育', null, 3, null, '3.扩大学前教育普惠资源。新建、改扩建公办幼儿园10所，新增学位3000个。'],
      ['坚持优质均衡，办好人民满意的基础教育', null, 4, null, '4.推进义务教育优质均衡。新组建城乡教育共同体8个。'],
      ['坚持优质均衡，办好人民满意的基础教育', null, 5, null, '5.促进普通高中多样化发展。创建市级特色高中3所。'],
      ['坚持强师固本，建设高素质教师队伍', null, 6, null, '6.加强师德师风建设。开展师德师风专题教育，严肃查处违规行为。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['濮阳市教育局2024年教育工作要点', '濮阳市教育局', '2024-03-05', []])
  })

  it('numbers a Word plan’s clauses again in each chapter where each chapter’s list is a new instance overriding its start', async () => {
    const [plan] = await parseHandmade('liupanshui-2024-list-restart-per-chapter.docx')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。'],
      ['全面加强党的建设', null, 1, null, '1.深化理论武装。全年组织理论学习中心组集中学习12次以上。'],
      ['全面加强党的建设', null, 2, null, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['推动基础教育优质均衡', null, 1, null, '1.扩大学前教育资源。新增公办学位3000个。'],
      ['推动基础教育优质均衡', null, 2, null, '2.推进义务教育优质均衡。新组建城乡教育共同体8个。'],
      ['推动基础教育优质均衡', null, 3, null, '3.深化“双减”工作。课后服务覆盖率保持100%。'],
      ['建设高素质教师队伍', null, 1, null, '1.加强师德师风建设。开展师德师风专题教育。'],
    ])
    expect(plan.clauses.map((c) => c.id.slice(plan.plan.id.length))).toEqual(['-p1', '-1-1', '-1-2', '-2-1', '-2-2', '-2-3', '-3-1'])
    expect([plan.plan.title, plan.plan.publishDate, plan.plan.warnings]).toEqual(['六盘水市教育局2024年教育工作要点', '2024-02-28', []])
  })

  it('reads one Word multilevel list numbering 一、 （一） 1. as chapters, sections and clauses, the lower levels starting again under each higher one', async () => {
    const [plan] = await parseHandmade('bijie-2024-one-multilevel-list.docx')
    expect(recordRows(plan)).toEqual([
      ['坚持立德树人', '（一）加强思想政治教育', 1, null, '1.推进思政课一体化建设，建设示范课堂30节。'],
      ['坚持立德树人', '（一）加强思想政治教育', 2, null, '2.深化“三全育人”综合改革。'],
      ['坚持立德树人', '（二）促进学生全面发展', 1, null, '1.实施学生体质健康提升工程。'],
      ['推进教育优质均衡', '（一）扩大学前教育资源', 1, null, '1.新增公办学位2000个。'],
      ['推进教育优质均衡', '（一）扩大学前教育资源', 2, null, '2.公办园在园幼儿占比达到55%。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.warnings]).toEqual(['毕节市教育局2024年教育工作要点', '毕节市教育局', []])
  })

  it('splits a county compilation (汇编) at the plans its 目录 lists with dotted leaders and pages, the compilation’s own title, editor and — N — feet in no record', async () => {
    const plans = await parseHandmade('suzhou-2024-county-compilation-toc.txt')
    expect(plans.map((p) => [p.plan.id, p.plan.title, p.plan.issuer, p.plan.city, p.plan.outlineOnlyCount, p.clauses.length])).toEqual([
      ['dangshan-2024-jiaoyuju-jiaoyu-gongzuo-yaodian', '砀山县教育局2024年教育工作要点', '砀山县教育局', '砀山县', 0, 5],
      ['xiaoxian-2024-jiaoyuju-jiaoyu-gongzuo-yaodian', '萧县教育局2024年教育工作要点', '萧县教育局', '萧县', 0, 4],
      ['lingbi-2024-jiaoyuju-jiaoyu-gongzuo-yaodian', '灵璧县教育局2024年教育工作要点', '灵璧县教育局', '灵璧县', 0, 5],
    ])
    expect(recordRows(plans[2])).toEqual([
      [null, null, null, null, '2024年，全县教育工作以建设教育强县为目标，着力补短板、强弱项。'],
      ['扩大优质教育资源', null, 1, null, '1.新建灵璧县第二实验小学，新增学位1800个。'],
      ['扩大优质教育资源', null, 2, null, '2.推进县域普通高中振兴，创建市级示范高中1所。'],
      ['强化教育保障', null, 3, null, '3.落实教育经费“两个只增不减”要求。'],
      ['强化教育保障', null, 4, null, '4.加强校园安全管理，实现校园安防“四个100%”。'],
    ])
    const text = plans.flatMap((p) => p.clauses.map((c) => c.text)).join('\n')
    expect(text).not.toMatch(/汇编|宿州市教育局编|目\s*录|……|—\s*\d\s*—/)
  })
})
