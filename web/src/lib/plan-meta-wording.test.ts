import { describe, expect, it } from 'vitest'
import { evidenceBasis, readerWarning, UNKNOWN_FIELDS_NOTE, UNKNOWN_PLACE_NOTE } from './plan-meta-wording.js'

describe('plan-meta-wording', () => {
  it('names a value set in the catalog 本站补录, never catalog.json, and the document’s own places as before', () => {
    expect(evidenceBasis({ source: 'catalog', quote: '汉台区教育局' })).toBe('据本站补录：汉台区教育局')
    expect(evidenceBasis({ source: 'header', quote: '来源:荆门市教育局' })).toBe('据文件头：来源:荆门市教育局')
    expect(evidenceBasis({ source: 'inferred' })).toBe('据推断')
    expect(evidenceBasis({ source: 'somewhere-new' })).toBe('据其他来源')
    expect(evidenceBasis(undefined)).toBe('')
  })

  it('says a missing value and a missing place in the reader’s words, with no maintainer hint', () => {
    expect(UNKNOWN_FIELDS_NOTE).toBe('（文件中没有写明）')
    expect(UNKNOWN_PLACE_NOTE).toBe('：文件头、标题和正文中没有可以确认的地名（汇编中的文件常被隐去地名）。')
  })

  it('drops the maintainer’s hint from an indexer warning and leaves other warnings as they are', () => {
    expect(readerWarning('没有找到标题，暂以文件名“2024-x.txt”称呼，可在 data/catalog.json 中补上')).toBe('没有找到标题，暂以文件名“2024-x.txt”称呼')
    expect(readerWarning('没有找到标题，暂以汇编标题“某汇编”称呼，可在 data/catalog.json 中补上。')).toBe('没有找到标题，暂以汇编标题“某汇编”称呼。')
    const kept = '二、编号跳号：1、2、4，缺 3。'
    expect(readerWarning(kept)).toBe(kept)
  })
})
