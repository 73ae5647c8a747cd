import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText
/** Each chapter's title with the numbers of the clauses under it, in order. */
const chapters = (file: string) => {
  const out: [string, number[]][] = []
  for (const c of parse(file)[0].clauses.filter((c) => c.number !== null)) {
    const title = `${c.chapter?.number ?? ''}${c.chapter?.title ?? '-'}`
    if (out.at(-1)?.[0] !== title) out.push([title, []])
    out.at(-1)![1].push(c.number!)
  }
  return out
}

describe('parseDocument on chapters printed without a number', () => {
  it('heads each run of clauses by its title line, whether the clauses under it number on or start again from 1', () => {
    const file = 'tongling-2024-title-chapters-mixed-restart.txt'
    expect(chapters(file)).toEqual([
      ['全面加强党的建设', [1, 2, 3, 4]],
      ['推动基础教育优质均衡', [5, 6, 7, 8, 9]],
      ['落实立德树人根本任务', [10, 11, 12]],
      ['建设高素质教师队伍', [1, 2, 3]],
      ['保障措施', [1, 2, 3]],
    ])
    const [plan] = parse(file)
    expect(plan.clauses.find((c) => c.number === 4)!.text).toBe('4.加强意识形态工作。落实意识形态工作责任制，加强校园网络、讲座论坛等阵地管理。')
  })

  it('reads the one chapter without a number that closes a plan of chapters 一、…四、 as a chapter, out of the last clause', () => {
    const file = 'maanshan-2024-one-unnumbered-chapter.txt'
    expect(chapters(file).map(([title, numbers]) => [title, numbers.length])).toEqual([
      ['一坚持党建引领，落实立德树人根本任务', 5],
      ['二推动基础教育扩优提质', 5],
      ['三推进职业教育和终身教育发展', 3],
      ['四建设高素质专业化教师队伍', 3],
      ['保障措施', 3],
    ])
    expect(parse(file)[0].clauses.find((c) => c.number === 16)!.text).toBe('16.深化教师管理改革。推进“县管校聘”改革，全年交流轮岗校长教师800人以上。')
  })
})
