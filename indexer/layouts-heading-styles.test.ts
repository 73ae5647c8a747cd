import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmade
const rows = async (file: string) => recordRows((await parse(file))[0])

describe('parseDocument on Word plans whose chapters are heading styles without numbers', () => {
  it('makes chapters of Heading 1 and sections of Heading 2, with the typed clauses under them numbered again in each chapter', async () => {
    const file = 'nanchang-2024-heading-styles-no-numbers.docx'
    expect(await rows(file)).toEqual([
      [null, null, null, null, '2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['全面加强党的建设', '强化理论武装', 1, null, '1.深化党的创新理论学习。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党的建设', '强化理论武装', 2, null, '2.加强意识形态工作。落实意识形态工作责任制，每半年开展一次专题研判。'],
      ['全面加强党的建设', '深化教育评价改革', 3, null, '3.推进中小学教师评价改革。完善以师德师风为第一标准的教师考核评价办法。'],
      ['推动基础教育优质均衡', '扩大学前教育普惠资源', 1, null, '1.新建、改扩建公办幼儿园12所，新增公办学位3600个。'],
      ['推动基础教育优质均衡', '推进义务教育优质均衡', 2, null, '2.新组建城乡教育共同体8个，实现乡镇中心学校全覆盖。'],
      ['推动基础教育优质均衡', '推进义务教育优质均衡', 3, null, '3.深化“双减”工作，课后服务覆盖率保持100%。'],
    ])
    const [plan] = await parse(file)
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['南昌市教育局2024年教育工作要点', '南昌市教育局', '2024-02-26', []])
    expect(plan.plan.chapterClauses).toEqual([
      { chapter: '', title: '全面加强党的建设', clauses: 3 },
      { chapter: '', title: '推动基础教育优质均衡', clauses: 3 },
    ])
  })

  it('reads WPS’s 标题 1 / 标题 2 and a paragraph’s own outline level as chapters and sections, each paragraph under them counted in its chapter', async () => {
    expect(await rows('luzhou-2024-wps-heading-names-prose.docx')).toEqual([
      ['建设高素质专业化教师队伍', '加强师德师风建设', null, 1, '将师德表现作为教师资格定期注册、业绩考核、职称评审的首要标准。'],
      ['建设高素质专业化教师队伍', '加强师德师风建设', null, 2, '开展师德师风专题教育，全年评选“最美教师”20名。'],
      ['建设高素质专业化教师队伍', '深化县管校聘管理改革', null, 3, '推进中小学教师交流轮岗，全年交流校长教师600人以上。'],
      ['办好人民满意的职业教育', null, null, 1, '推进中职学校办学条件达标工程，新建实训基地3个。'],
      ['保障措施', null, null, 1, '各单位要把工作要点纳入年度重点工作，明确责任分工，按月调度推进。'],
    ])
  })

  it('makes a Heading 2 without a number a section of the numbered Heading 1 chapter it stands in, neither a record of its own nor run into the clause above', async () => {
    const file = 'sanming-2024-numbered-chapters-heading-sections.docx'
    const [plan] = await parse(file)
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.section, c.number, c.paragraph ?? null, c.text])).toEqual([
      [null, null, null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，奋力推进教育强市建设。'],
      ['一', '强化政治理论武装', 1, null, '1.深入学习贯彻党的二十大精神。健全“第一议题”制度，全年组织党组理论学习中心组集中学习12次以上。'],
      ['一', '强化政治理论武装', 2, null, '2.加强意识形态阵地管理。落实意识形态工作责任制，每半年开展一次专题研判。'],
      ['一', '推进清廉学校建设', 3, null, '3.深化清廉学校建设。建成市级清廉学校示范点20个，开展廉洁文化进校园活动。'],
      ['二', '扩大学前教育普惠资源', 1, null, '1.新建、改扩建公办幼儿园8所，新增公办学位2400个，普惠性幼儿园覆盖率达到92%。'],
      ['二', '推进义务教育优质均衡发展', 2, null, '2.深化城乡教育共同体建设，新组建紧密型教共体10个。'],
      ['二', '推进义务教育优质均衡发展', 3, null, '3.落实“双减”工作要求，课后服务覆盖率保持100%。'],
      ['三', null, null, 1, '各县（市、区）教育局要对照工作要点细化任务清单，明确责任人和完成时限。'],
      ['三', null, null, 2, '市教育局将工作要点落实情况纳入年度目标考核，每季度通报一次进展。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['三明市教育局2024年教育工作要点', '三明市教育局', '2024-02-28', []])
    expect(plan.plan.chapterClauses).toEqual([
      { chapter: '一', title: '坚持党建引领，全面加强党对教育工作的领导', clauses: 3 },
      { chapter: '二', title: '坚持优质均衡，办好人民满意的基础教育', clauses: 3 },
    ])
  })
})

describe('parseDocument on a Word plan whose template names its heading styles itself (一级标题, 二级标题)', () => {
  it('reads 一级标题 as chapters and 二级标题 as sections, as Heading 1 and 2, their paragraphs counted through each chapter', async () => {
    expect(await rows('jiayuguan-2024-custom-heading-style-names.docx')).toEqual([
      [null, null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['全面加强党的建设', '强化理论武装', null, 1, '健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党的建设', '建强基层党组织', null, 2, '推进党组织领导的校长负责制全覆盖，培育市级党建示范校5所。'],
      ['推动基础教育优质均衡', '扩大学前教育资源', null, 1, '新建、改扩建公办幼儿园3所，新增公办学位900个。'],
      ['推动基础教育优质均衡', '推进义务教育优质均衡', null, 2, '新组建城乡教育共同体2个，实现乡镇中心学校全覆盖。'],
    ])
  })
})

describe('parseDocument on a Word plan whose chapters are paragraphs set bold by hand, no heading style and no number', () => {
  it('heads a chapter by each bold paragraph, not by a paragraph opened by a bold phrase, its paragraphs counted in it', async () => {
    expect(await rows('kaili-2024-bold-paragraph-headings-prose.docx')).toEqual([
      [null, null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['全面加强党的建设', null, null, 1, '健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党的建设', null, null, 2, '落实意识形态工作责任制。每半年开展一次专题研判。'],
      ['推动基础教育优质均衡', null, null, 1, '新建、改扩建公办幼儿园3所，新增公办学位900个。'],
      ['推动基础教育优质均衡', null, null, 2, '新组建城乡教育共同体2个，实现乡镇中心学校全覆盖。'],
    ])
  })
})
