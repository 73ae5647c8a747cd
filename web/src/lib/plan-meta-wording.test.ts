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

  it('drops the 请核对 a title taken from the first line ends with (title_fallback), and a like request to check', () => {
    // As the indexer words it (indexer/metadata/infer-metadata.ts).
    expect(readerWarning('没有找到标题行，标题取自文首的“湘潭市教育局二〇二三年教育重点工作”，请核对'))
      .toBe('没有找到标题行，标题取自文首的“湘潭市教育局二〇二三年教育重点工作”')
    expect(readerWarning('没有找到标题行，标题取自文首的“某县教育工作要点”，请核对。')).toBe('没有找到标题行，标题取自文首的“某县教育工作要点”。')
    expect(readerWarning('发布日期取自落款，请核实后在 data/catalog.json 中补上')).toBe('发布日期取自落款')
    // A 请 that asks nothing of a maintainer, and 核对 used as a word, stay.
    const kept = ['正文有 3 段文字，但没有找到编号条款：全部作为无编号段落索引。', '标题取自“关于请核对学籍信息的通知”']
    expect(kept.map(readerWarning)).toEqual(kept)
  })

  it('drops only the 请核对 that ends the message outside quotes, never one inside the quoted title', () => {
    // Before: 没有找到标题行，标题取自文首的“关于做好招生工作 (the title cut at its own ，请核对).
    expect(readerWarning('没有找到标题行，标题取自文首的“关于做好招生工作，请核对学籍信息的通知”，请核对'))
      .toBe('没有找到标题行，标题取自文首的“关于做好招生工作，请核对学籍信息的通知”')
    expect(readerWarning('没有找到标题行，标题取自文首的“关于做好招生工作，请核对学籍信息的通知”，请核对。'))
      .toBe('没有找到标题行，标题取自文首的“关于做好招生工作，请核对学籍信息的通知”。')
    // A title ending in its own request, quoted and last, and one left unclosed by the first line: nothing to drop.
    const kept = ['没有找到标题行，标题取自文首的“关于学籍信息，请核对”', '没有找到标题行，标题取自文首的“关于学籍信息，请核对']
    expect(kept.map(readerWarning)).toEqual(kept)
    // A request in the middle of a message is the message's own words, not the trailing hint.
    expect(readerWarning('标题取自文首，请核对后再引用，已按文首索引')).toBe('标题取自文首，请核对后再引用，已按文首索引')
  })
})
