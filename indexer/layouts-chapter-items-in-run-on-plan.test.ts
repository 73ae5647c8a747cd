import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const CHAPTERS = ['一、全面加强党的建设', '二、推进教育优质均衡', '三、建设高素质教师队伍']
/** Chapters 一 to 三, four clauses each, numbered 1. to 12. on through them. */
const RUN_ON = [
  '某县教育局2024年教育工作要点',
  ...CHAPTERS.flatMap((chapter, c) => [chapter, ...[1, 2, 3, 4].map((k) => `${c * 4 + k}.推进第${c * 4 + k}项重点工作。确保取得实效。`)]),
]

function read(tail: string[]) {
  const [plan] = parseDocument({ file: 'plan.txt', text: [...RUN_ON, ...tail].join('\n'), fields: {}, url: null })
  const clauses = plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter ? `${c.chapter.number} ${c.chapter.title}` : null, c.number, c.text])
  return { clauses, restarts: plan.numberingRestarts }
}

describe('parseDocument on a chapter of （1）（2） items in a plan whose clauses run on 1. … 12. through its chapters', () => {
  it('reads the items of a chapter that has no clause as its clauses, numbered as printed, and citations name the chapter', () => {
    // Before: （1）加强组织领导。… and （2）强化督导考核。… were paragraphs of 四 (-p1, -p2), cited 第1段, 第2段.
    const { clauses, restarts } = read(['四、强化保障措施', '（1）加强组织领导。压实工作责任。', '（2）强化督导考核。定期通报进展。'])
    expect(clauses.slice(11)).toEqual([
      ['-3-12', '三 建设高素质教师队伍', 12, '12.推进第12项重点工作。确保取得实效。'],
      ['-4-1', '四 强化保障措施', 1, '（1）加强组织领导。压实工作责任。'],
      ['-4-2', '四 强化保障措施', 2, '（2）强化督导考核。定期通报进展。'],
    ])
    // 第1条 alone would name clause 1 of 一 and item （1） of 四 alike.
    expect(restarts).toBe(true)
  })

  it('keeps a line that introduces the items a paragraph of the chapter, above them', () => {
    const { clauses } = read(['四、强化保障措施', '各单位要切实做好以下工作：', '（1）加强组织领导。压实工作责任。', '（2）强化督导考核。定期通报进展。'])
    expect(clauses.slice(12).map((c) => [c[0], c[2], c[3]])).toEqual([
      ['-p1', null, '各单位要切实做好以下工作：'],
      ['-4-1', 1, '（1）加强组织领导。压实工作责任。'],
      ['-4-2', 2, '（2）强化督导考核。定期通报进展。'],
    ])
  })

  it('leaves a clause’s own （1）（2） in it, and a table’s rows labelled by their columns passages, the count unbroken', () => {
    const own = read([]).clauses
    expect([own.length, own.every((c) => c[0] === `-${Math.ceil(Number(c[2]) / 4)}-${c[2]}`)]).toEqual([12, true])
    const table = read(['四、重点项目', '（1）城南幼儿园新建工程。责任科室：计财科；完成时间：2024年8月。', '（2）六横中学改造工程。责任科室：计财科；完成时间：2024年12月。'])
    expect([table.restarts, table.clauses.slice(12).map((c) => [c[0], c[2]])]).toEqual([false, [['-p1', null], ['-p2', null]]])
  })
})
