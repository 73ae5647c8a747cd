import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.js'
import { repeatedHeaderLines } from './repeated-header.js'

/** A clause of about 80 characters, numbered n; two make a page of these tests. */
const clause = (n: number) => `${n}.推进第${n}项重点工作。健全工作机制，细化任务清单，明确责任分工，加强督促检查，确保各项任务按时保质完成，推动教育事业高质量发展取得新成效，人民群众满意度持续提升。`
const HEAD = ['铜陵市教育局文件', '铜教〔2024〕2号', '铜陵市2024年教育工作要点']
const TITLE = '铜陵市2024年教育工作要点'
const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b)

describe('repeatedHeaderLines on pages that print no page number', () => {
  it('drops the letterhead repeated at the top of each page, mid-sentence and without blank lines, and keeps the letterhead itself', () => {
    const lines = [...HEAD, clause(1), clause(2), '3.加强基层党组织建设。培育党建', '铜陵市教育局文件', '示范校12所。', clause(4), clause(5), '6.深化劳动教育。建设市级劳动教育', '铜陵市教育局文件', '实践基地8个。', clause(7), '铜陵市教育局', '2024年3月1日']
    expect(sorted(repeatedHeaderLines(lines))).toEqual([6, 11])
    expect(cleanText(lines.join('\n')).text.split('\n').slice(3, 10)).toEqual([
      clause(1), clause(2), '3.加强基层党组织建设。培育党建示范校12所。', clause(4), clause(5), '6.深化劳动教育。建设市级劳动教育实践基地8个。', clause(7),
    ])
  })

  it('drops the title repeated between blank lines at page tops that fall between clauses, and keeps the title itself', () => {
    const lines = [...HEAD, clause(1), clause(2), '', TITLE, '', clause(3), clause(4), '', TITLE, '', clause(5)]
    expect(sorted(repeatedHeaderLines(lines))).toEqual([6, 11])
  })

  it('drops the title repeated at a page top inside a task table printed one row a line', () => {
    const lines = [...HEAD, clause(1), clause(2), '3.加强党建。培育', TITLE, '示范校。', clause(4), '重点任务分工表', '序号  重点任务  牵头单位  完成时限', '1  深化理论武装  机关党委  2024年12月', '2  推进第2项重点工作，健全工作机制，细化任务清单，明确责任分工，加强督促检查  基础教育科  2024年9月', '3  推进第3项重点工作，健全工作机制，细化任务清单，明确责任分工，加强督促检查  教师工作科  2024年9月', TITLE, '4  新增公办学位1800个  基础教育科  2024年9月']
    expect(sorted(repeatedHeaderLines(lines))).toEqual([6, 14])
    expect(cleanText(lines.join('\n')).text.split('\n').slice(-2)).toEqual(['3 推进第3项重点工作，健全工作机制，细化任务清单，明确责任分工，加强督促检查 教师工作科 2024年9月', '4 新增公办学位1800个 基础教育科 2024年9月'])
  })

  it('keeps a short phrase said twice', () => {
    const lines = [...HEAD, clause(1), '加强党的建设', clause(2), clause(3), '加强党的建设', clause(4)]
    expect(repeatedHeaderLines(lines).size).toBe(0)
  })

  it('keeps a subheading each chapter prints a page apart when no copy cuts a sentence and the head does not print it', () => {
    const chapter = (cn: string, n: number) => [`${cn}、加强第${n}方面工作`, '主要任务', clause(n), clause(n + 1)]
    const lines = [...HEAD, ...chapter('一', 1), ...chapter('二', 3), ...chapter('三', 5)]
    expect(repeatedHeaderLines(lines).size).toBe(0)
  })

  it('keeps a title repeated three times when its copies are not about a page apart', () => {
    const lines = [...HEAD, clause(1), clause(2), '3.加强党建。培育', TITLE, '示范校。', clause(4), clause(5), clause(6), clause(7), clause(8), clause(9), '10.深化劳动教育。建设', TITLE, '基地。']
    expect(repeatedHeaderLines(lines).size).toBe(0)
  })

  it('keeps a title that follows a date, where one plan of a compilation signs and the next begins', () => {
    const plan = (n: number) => [TITLE, clause(n), clause(n + 1), '2024年3月1日']
    const lines = ['铜陵市各县区2024年教育工作要点汇编', ...plan(1), ...plan(3), ...plan(5)]
    expect(repeatedHeaderLines(lines).size).toBe(0)
  })

  it('drops the issuer and the title a document prints on its odd and its even pages, each every other page only, and keeps the head', () => {
    // Before: [6, 14]: the title, printed in the head too, went; the issuer on page 3, with the letterhead twice in all
    // (fewer than the three copies a header alone needs), stayed in clause 5: 5.深化劳动教育。建设市级劳动教育 ⏎ 铜陵市教育局文件 ⏎ 实践基地8个。
    const lines = [...HEAD, clause(1), clause(2), '3.加强基层党组织建设。培育党建', TITLE, '示范校12所。', clause(4), '5.深化劳动教育。建设市级劳动教育', '铜陵市教育局文件', '实践基地8个。', clause(6), '7.推进集团化办学。新组建教育', TITLE, '集团5个。', clause(8)]
    expect(sorted(repeatedHeaderLines(lines))).toEqual([6, 10, 14])
    expect(cleanText(lines.join('\n')).text.split('\n').slice(3)).toEqual([
      clause(1), clause(2), '3.加强基层党组织建设。培育党建示范校12所。', clause(4), '5.深化劳动教育。建设市级劳动教育实践基地8个。', clause(6), '7.推进集团化办学。新组建教育集团5个。', clause(8),
    ])
  })

  it('keeps two subheadings that alternate a page apart when no copy cuts a sentence and the head prints neither', () => {
    const chapter = (cn: string, n: number) => [`${cn}、加强第${n}方面工作`, '工作目标', clause(n), '主要措施', clause(n + 1)]
    const lines = [...HEAD, ...chapter('一', 1), ...chapter('二', 3), ...chapter('三', 5)]
    expect(repeatedHeaderLines(lines).size).toBe(0)
  })

  it('reads 100 000 copies of one short line in linear time (each copy copied the list of the ones before: 74 s)', () => {
    // Quadratic work runs past the test timeout (as long-character-runs.test.ts); a wall-clock bound flakes on a busy machine.
    expect(repeatedHeaderLines(Array(100_000).fill('科')).size).toBe(0)
  })
})
