import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

describe('parseDocument on a plan that numbers its chapters with financial numerals (壹、贰、叁、肆)', () => {
  it('reads 壹、加强党的建设 as chapter 1, as 一、 is, numbered 壹 as printed', () => {
    // Before: chapters numbered '' titled 壹、加强党的建设, 贰、推进基础教育优质均衡 …: titles read as unnumbered headings.
    const [plan] = parse(`某县教育局2024年教育工作要点
2024年全县教育工作的总体思路是：坚持立德树人根本任务，推动全县教育高质量发展。
壹、加强党的建设
1.深化理论武装。全年开展集中学习研讨12次以上。
2.加强基层党建。创建党建工作示范校5所。
贰、推进基础教育优质均衡
1.扩大学前教育资源。新增公办学位900个。
叁、建设高素质教师队伍
1.深化“县管校聘”改革。交流轮岗教师200名。
肆、强化教育保障
1.加大经费投入。确保“两个只增不减”。`)
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年全县教育工作的总体思路是：坚持立德树人根本任务，推动全县教育高质量发展。'],
      ['-1-1', '壹加强党的建设', null, 1, '1.深化理论武装。全年开展集中学习研讨12次以上。'],
      ['-1-2', '壹加强党的建设', null, 2, '2.加强基层党建。创建党建工作示范校5所。'],
      ['-2-1', '贰推进基础教育优质均衡', null, 1, '1.扩大学前教育资源。新增公办学位900个。'],
      ['-3-1', '叁建设高素质教师队伍', null, 1, '1.深化“县管校聘”改革。交流轮岗教师200名。'],
      ['-4-1', '肆强化教育保障', null, 1, '1.加大经费投入。确保“两个只增不减”。'],
    ])
  })

  it('reads 第壹部分 / 第贰部分 as parts and （壹） （贰） as sections, as 第一部分 and （一） are', () => {
    const [plan] = parse(`某县2024年教育工作要点
第壹部分 2023年工作回顾
全年新增学位3000个。
第贰部分 2024年工作要点
壹、加强党的建设
（壹）深化理论武装
1.开展集中学习。全年12次以上。
（贰）夯实基层党建
1.创建示范校。全年5所。
贰、推进优质均衡
1.扩大资源。新增学位900个。`)
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '第壹部分 2023年工作回顾'],
      ['-p2', '2023年工作回顾', null, null, '全年新增学位3000个。'],
      ['-p3', null, null, null, '第贰部分 2024年工作要点'],
      ['-1-1', '壹加强党的建设', '（壹）深化理论武装', 1, '1.开展集中学习。全年12次以上。'],
      ['-1-1-2', '壹加强党的建设', '（贰）夯实基层党建', 1, '1.创建示范校。全年5所。'],
      ['-2-1', '贰推进优质均衡', null, 1, '1.扩大资源。新增学位900个。'],
    ])
  })

  it('reads 壹、 after a sentence in a text flattened to one line, and never 伍、 or 陆 inside a sentence (队伍、 陆续)', () => {
    const [flat] = parse('某县2024年教育工作要点\n为推动教育高质量发展，制定本要点。壹、加强党的建设 1.深化理论武装。全年集中学习12次以上。2.加强基层党建。创建示范校5所。贰、推进优质均衡 1.扩大资源。新增学位900个。')
    expect(outlineRows(flat).map((r) => [r[0], r[1]])).toEqual([['-p1', null], ['-1-1', '壹加强党的建设'], ['-1-2', '壹加强党的建设'], ['-2-1', '贰推进优质均衡']])
    const [plan] = parse('某县2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。\n二、推进优质均衡\n1.扩大资源。\n三、加强队伍建设\n1.强化培训。\n四、强化保障\n1.加强干部队伍、教师队伍、校长队伍建设。陆续推进改革。\n2.加大投入。')
    expect(outlineRows(plan).slice(3)).toEqual([
      ['-4-1', '四强化保障', null, 1, '1.加强干部队伍、教师队伍、校长队伍建设。陆续推进改革。'],
      ['-4-2', '四强化保障', null, 2, '2.加大投入。'],
    ])
  })
})
