import { describe, expect, it } from 'vitest'
import { repairAroundClauseTitles, spacesEndClauseTitles } from './clause-lead-space.js'
import { repairLine } from './repair-line.js'

describe('spacesEndClauseTitles', () => {
  it('is true when most clauses print a short title, a space, then their text, one a line or run on after a full stop', () => {
    expect(spacesEndClauseTitles(['一、坚持党建引领', '1. 加强党的政治建设 坚持“第一议题”制度。', '2. 深化全面从严治党 落实主体责任。3.提升教师专业素养。开展全员培训。'])).toBe(true)
    expect(spacesEndClauseTitles(['（1）扩大普惠资源　新增公办学位800个。', '（2）组建教育集团　新组建教育集团4个。'])).toBe(true)
  })

  it('is false for one such space among many clauses, as a PDF wrap leaves it, and for a plan whose titles end in a full stop', () => {
    const wrapped = ['1.推进县域义务教育 优质均衡发展，组建教育集团6个。', '2.加强师德师风建设。严肃查处师德失范行为。', '3.深化理论武装。全年集中学习12次。']
    expect(spacesEndClauseTitles(wrapped)).toBe(false)
    expect(spacesEndClauseTitles(['1.加强党的政治建设。坚持“第一议题”制度。', '2.深化全面从严治党。落实主体责任。'])).toBe(false)
  })
})

describe('repairAroundClauseTitles', () => {
  it('keeps one space after each clause title and repairs the rest of the line as before', () => {
    expect(repairAroundClauseTitles('4. 推进县域义务教育优质均衡  组建教育集团 6 个。5. 提升普通高中办学质量 实施强基 工程，', repairLine)).toBe(
      '4. 推进县域义务教育优质均衡 组建教育集团6个。5. 提升普通高中办学质量 实施强基工程，',
    )
  })
})
