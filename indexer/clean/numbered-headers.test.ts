import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.js'
import { numberedHeaderLines } from './numbered-headers.js'

/** A clause of about 80 characters, numbered n; two make a page of these tests. */
const clause = (n: number) => `${n}.推进第${n}项重点工作。健全工作机制，细化任务清单，明确责任分工，加强督促检查，确保各项任务按时保质完成，推动教育事业高质量发展取得新成效，人民群众满意度持续提升。`
const HEAD = ['铜陵市教育局文件', '铜教〔2024〕2号', '铜陵市2024年教育工作要点']
const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b)

describe('numberedHeaderLines on pages whose header prints the page number beside it', () => {
  it('drops the title over even pages and the issuer over odd ones, each with its number, and joins the sentence they cut', () => {
    // Before: clause 3 read 3.加强基层党组织建设。培育党建 ⏎ 2    铜陵市2024年教育工作要点 ⏎ 示范校12所。, and so on each page.
    const lines = [...HEAD, clause(1), clause(2), '3.加强基层党组织建设。培育党建', '2    铜陵市2024年教育工作要点', '示范校12所。', clause(4), '5.深化劳动教育。建设市级劳动教育', '铜陵市教育局文件    3', '实践基地8个。', clause(6), '7.推进集团化办学。新组建教育', '4    铜陵市2024年教育工作要点', '集团5个。', clause(8)]
    expect(sorted(numberedHeaderLines(lines))).toEqual([6, 10, 14])
    expect(cleanText(lines.join('\n')).text.split('\n').slice(3)).toEqual([
      clause(1), clause(2), '3.加强基层党组织建设。培育党建示范校12所。', clause(4), '5.深化劳动教育。建设市级劳动教育实践基地8个。', clause(6), '7.推进集团化办学。新组建教育集团5个。', clause(8),
    ])
  })

  it('keeps lines numbered on by one that name something new each time: clauses numbered with a space, a task table\'s rows', () => {
    const lines = [...HEAD, '1 深化理论武装', clause(1), clause(2), '2 加强基层党建', clause(3), clause(4), '3 推进优质均衡', clause(5), clause(6)]
    expect(numberedHeaderLines(lines).size).toBe(0)
    const rows = [...HEAD, clause(1), '1    深化理论武装    机关党委', '2    加强基层党建    组织科', '3    推进优质均衡    基础教育科']
    expect(numberedHeaderLines(rows).size).toBe(0)
  })
})
