import { describe, expect, it } from 'vitest'
import type { ClauseRecord } from '../../../indexer/types.js'
import { buildOutline, outlineLabel } from './plan-outline.js'

const record = (over: Partial<ClauseRecord>): ClauseRecord => ({
  id: 'x', planId: 'p', planTitle: '新余市教育局关于推进义务教育优质均衡发展的实施方案', city: '新余市', province: '江西省', level: '市', year: 2024,
  chapter: { number: '第一章', title: '总体要求' }, section: null, number: null, heading: '', text: '', themes: [], outlineOnly: false,
  start: 0, end: 0, order: 0, firstIndexed: '2026-12-01T00:00:00.000Z', ...over,
})

describe('outlineLabel', () => {
  it('labels a numbered clause by its number, a paragraph of a chapter without numbered clauses by its place, a passage by its heading alone', () => {
    expect([
      outlineLabel(record({ number: 3, heading: '扩大优质学前教育资源' })),
      outlineLabel(record({ paragraph: 2, heading: '到2025年，全市义务教育学校办学条件全面达标，城乡、校际差距明显缩小' })),
      outlineLabel(record({ chapter: null, heading: '为推进义务教育优质均衡发展，制定本方案' })),
    ]).toEqual(['3. 扩大优质学前教育资源', '第2段 到2025年，全市义务教育学校办学条件全面达标，…', '为推进义务教育优质均衡发展，制定本方案'])
  })

  it('titles a 第一章 chapter without the 、 that follows 一', () => {
    expect(buildOutline([record({ paragraph: 1, heading: '坚持立德树人' })]).map((c) => c.title)).toEqual(['第一章 总体要求'])
  })
})
