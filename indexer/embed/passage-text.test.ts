import { describe, expect, it } from 'vitest'
import type { ClauseRecord } from '../types.js'
import { cutToLength, passageText } from './passage-text.js'

/** Clause 6 of 荆门市教育局2025年教育工作要点 (data/corpus/000_…), as the indexer records it. */
const shuangjian: ClauseRecord = {
  id: 'jm-2025-2-6',
  planId: 'jm-2025',
  planTitle: '市教育局2025年教育工作要点',
  city: '荆门市',
  province: '湖北省',
  level: '市',
  year: 2025,
  chapter: { number: '二', title: '落实立德树人根本任务,促进学生全面发展' },
  section: null,
  number: 6,
  heading: '持续巩固“双减”成效',
  text:
    '6.持续巩固“双减”成效。坚持校内提质增效,持续抓好中小学生“五项管理”、课后服务“五个严禁”,加强各科作业统筹,' +
    '控制作业总量,减少不必要的考试,建设一批课后服务特色案例学校。',
  themes: [],
  outlineOnly: false,
  start: 0,
  end: 0,
  order: 6,
  firstIndexed: '2026-01-01T00:00:00.000Z',
}

describe('passageText', () => {
  it('puts the chapter title first as context and drops the clause number', () => {
    expect(passageText(shuangjian)).toBe(
      '落实立德树人根本任务,促进学生全面发展\n' +
        '持续巩固“双减”成效。坚持校内提质增效,持续抓好中小学生“五项管理”、课后服务“五个严禁”,加强各科作业统筹,' +
        '控制作业总量,减少不必要的考试,建设一批课后服务特色案例学校。',
    )
  })

  it('leaves the section title out and keeps a heading the text does not contain (outline-only clauses)', () => {
    const outline: ClauseRecord = {
      ...shuangjian,
      section: '（四）深化义务教育“双减”改革',
      heading: '46.减轻学生作业负担',
      text: '',
      outlineOnly: true,
    }
    expect(passageText(outline)).toBe('落实立德树人根本任务,促进学生全面发展\n减轻学生作业负担')
  })

  it('gives a chapter printed with nothing under it its heading once, a section printed so its chapter over it', () => {
    // Before: 推进改革\n推进改革, the chapter as context over its own heading line.
    const chapter: ClauseRecord = { ...shuangjian, chapter: { number: '二', title: '推进改革' }, number: null, heading: '推进改革', text: '二、推进改革', headingOnly: true }
    const section: ClauseRecord = { ...chapter, chapter: { number: '一', title: '加强党的全面领导' }, section: '（二）深化改革', heading: '深化改革', text: '（二）深化改革' }
    expect([passageText(chapter), passageText(section)]).toEqual(['推进改革', '加强党的全面领导\n深化改革'])
  })

  it('keeps a passage without chapter as its text alone', () => {
    expect(passageText({ ...shuangjian, chapter: null })).toBe(passageText(shuangjian).split('\n')[1])
  })

  it('cuts a long clause at a sentence end inside the window', () => {
    const long = { ...shuangjian, text: shuangjian.text.repeat(8) }
    const passage = passageText(long)
    expect(passage.length).toBeLessThanOrEqual(480)
    expect(passage.length).toBeGreaterThan(480 * 0.6)
    expect(passage.endsWith('。')).toBe(true)
  })
})

describe('cutToLength', () => {
  it('cuts hard when no sentence ends late enough', () => {
    expect(cutToLength('加强统筹。控制作业总量减少不必要的考试', 12)).toBe('加强统筹。控制作业总量减')
    expect(cutToLength('加强各科作业统筹,控制作业总量。减少不必要的考试', 20)).toBe('加强各科作业统筹,控制作业总量。')
    expect(cutToLength('控制作业总量', 20)).toBe('控制作业总量')
  })
})
