import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText
const records = (file: string) => {
  const [plan] = parse(file)
  return outlineRows(plan)
}
const levels = (file: string) => (parse(file)[0].plan.levels ?? []).map((l) => `${l.marker} ${l.role} ${l.count}`)

describe('parseDocument on chapters printed 第一部分 … 第三部分 directly over 1. clauses that start again in each part', () => {
  it('reads each part as a chapter, its clauses numbered from 1 again with ids that tell them apart, and the preamble as a passage', () => {
    expect(records('hebi-2024-parts-as-chapters-restarting.txt')).toEqual([
      ['-p1', null, null, null, '2024年全市教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['-1-1', '第一部分全面加强党的建设', null, 1, '1.强化理论武装。深入学习贯彻党的二十大精神，全年开展局党组理论学习中心组集中学习12次。'],
      ['-1-2', '第一部分全面加强党的建设', null, 2, '2.加强基层党组织建设。全面落实中小学校党组织领导的校长负责制，培育党建示范校10所。'],
      ['-2-1', '第二部分推动基础教育扩优提质', null, 1, '1.扩大学前教育普惠资源。新建、改扩建公办幼儿园5所，新增公办学位1500个。'],
      ['-2-2', '第二部分推动基础教育扩优提质', null, 2, '2.推进义务教育优质均衡。新组建城乡教育共同体8个，推动县域义务教育优质均衡发展。'],
      ['-2-3', '第二部分推动基础教育扩优提质', null, 3, '3.促进普通高中多样化发展。支持2所普通高中创建特色高中。'],
      ['-3-1', '第三部分建设高素质教师队伍', null, 1, '1.加强师德师风建设。开展师德师风专项整治，落实师德失范“一票否决”。'],
      ['-3-2', '第三部分建设高素质教师队伍', null, 2, '2.提升教师专业能力。实施“名师工程”，培养市级骨干教师200名。'],
    ])
    expect(levels('hebi-2024-parts-as-chapters-restarting.txt')).toEqual(['第一部分 chapter 3', '1. clause 7'])
  })
})

describe('parseDocument on 第一章 chapters with 第一节 sections over articles 第一条 … 第八条 numbered across them', () => {
  it('reads chapters, the sections of 第二章 and eight articles as clauses, with no section where a chapter has none', () => {
    expect(records('zhumadian-2024-chapters-sections-articles.txt')).toEqual([
      ['-1-1', '第一章总体要求', null, 1, '第一条坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。'],
      ['-1-2', '第一章总体要求', null, 2, '第二条到2024年底，全市学前教育毛入园率达到92%，九年义务教育巩固率达到97%。'],
      ['-2-3', '第二章重点任务', '第一节基础教育', 3, '第三条扩大普惠性学前教育资源供给，新建公办幼儿园10所。'],
      ['-2-4', '第二章重点任务', '第一节基础教育', 4, '第四条推进义务教育优质均衡发展，组建教育集团6个。'],
      ['-2-5', '第二章重点任务', '第二节职业教育', 5, '第五条深化产教融合，建设市级产教融合实训基地5个。'],
      ['-2-6', '第二章重点任务', '第二节职业教育', 6, '第六条推进中高职贯通培养，扩大“3+2”招生规模。'],
      ['-3-7', '第三章保障措施', null, 7, '第七条加强组织领导。各县区要成立工作专班，明确责任分工。'],
      ['-3-8', '第三章保障措施', null, 8, '第八条强化经费保障。落实教育经费“两个只增不减”要求。'],
    ])
    expect(levels('zhumadian-2024-chapters-sections-articles.txt')).toEqual(['第一章 chapter 3', '第一节 section 2', '第一条 clause 8'])
  })
})

describe('parseDocument on （1） clauses that start again in each of twelve 一、 chapters (十一、 十二、 included)', () => {
  it('reads chapters 一–十二 with their ordinals in the ids and every （1） as a clause of its chapter', () => {
    expect(records('guangyuan-2024-paren-clauses-restart-twelve-chapters.txt')).toEqual([
      ['-1-1', '一加强党的建设', null, 1, '（1）强化理论武装。全年开展集中学习12次。'],
      ['-1-2', '一加强党的建设', null, 2, '（2）加强基层党组织建设。培育党建示范校5所。'],
      ['-2-1', '二发展学前教育', null, 1, '（1）扩大普惠资源。新增公办学位800个。'],
      ['-3-1', '三推进义务教育优质均衡', null, 1, '（1）组建教育集团。新组建教育集团4个。'],
      ['-3-2', '三推进义务教育优质均衡', null, 2, '（2）落实“双减”。规范校外培训机构管理。'],
      ['-4-1', '四提高普通高中质量', null, 1, '（1）实施强基工程。建设特色学科基地3个。'],
      ['-5-1', '五发展职业教育', null, 1, '（1）深化产教融合。建设实训基地2个。'],
      ['-6-1', '六办好特殊教育', null, 1, '（1）提高入学率。适龄残疾儿童入学率达到97%。'],
      ['-7-1', '七加强教师队伍建设', null, 1, '（1）加强师德师风建设。落实“一票否决”。'],
      ['-8-1', '八推进教育数字化', null, 1, '（1）建设智慧校园。创建智慧校园示范校10所。'],
      ['-9-1', '九加强学生体质健康', null, 1, '（1）保障体育活动时间。落实每天校内外各1小时体育活动。'],
      ['-10-1', '十维护校园安全', null, 1, '（1）开展安全隐患排查。每季度排查一次。'],
      ['-11-1', '十一深化教育评价改革', null, 1, '（1）完善学生综合素质评价。'],
      ['-12-1', '十二强化教育保障', null, 1, '（1）落实经费投入。确保一般公共预算教育支出只增不减。'],
      ['-12-2', '十二强化教育保障', null, 2, '（2）改善办学条件。改造薄弱学校15所。'],
    ])
    expect(levels('guangyuan-2024-paren-clauses-restart-twelve-chapters.txt')).toEqual(['一、 chapter 12', '（1） clause 15'])
  })
})

describe('parseDocument on clauses numbered ㈠ ㈡ ㈢ (parenthesized ideographs, one character each, as old WPS documents type （一）)', () => {
  it('reads ㈠ as （一）: the clauses of their chapters, the level reported as printed', () => {
    expect(records('anlong-2024-parenthesized-ideograph-sections.txt').map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', null, 1],
      ['-1-2', '一全面加强党的建设', null, 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
      ['-2-4', '二推动教育优质均衡发展', null, 4],
    ])
    expect(levels('anlong-2024-parenthesized-ideograph-sections.txt')).toEqual(['一、 chapter 2', '㈠ clause 4'])
    expect(parse('anlong-2024-parenthesized-ideograph-sections.txt')[0].clauses[1].heading).toBe('深化理论武装')
  })
})
