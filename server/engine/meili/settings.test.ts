import { describe, expect, it } from 'vitest'
import { clauseIndexSettings, dictionarySetting, maxTotalHitsFor, planIndexSettings } from './settings.js'

describe('clauseIndexSettings', () => {
  const settings = clauseIndexSettings({ maxTotalHits: 100_000, dictionaryTerms: ['县管校聘', '課後服務', '双减', '双减', ' '] })

  it('searches the character fields before the word fields, headings before bodies', () => {
    expect(settings.searchableAttributes).toEqual(['headingChars', 'textChars', 'textCharsMore', 'headingWords', 'textWords'])
  })

  it('filters, sorts and facets on the record metadata', () => {
    expect(settings.filterableAttributes).toEqual(['id', 'city', 'province', 'year', 'themes', 'level', 'planId', 'outlineOnly', 'firstIndexedMs'])
    expect(settings.sortableAttributes).toEqual(['year', 'planId', 'order', 'seq'])
    // Not 1000: browsing and semantic search must count every value, as keyword search does.
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 100_000, sortFacetValuesBy: { '*': 'count' } })
    expect(settings.pagination).toEqual({ maxTotalHits: 100_000 })
  })

  it('ranks by relevance, clauses with text above heading-only ones, then the requested sort, then newer plans', () => {
    expect(settings.rankingRules).toEqual(['words', 'withText:desc', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'year:desc'])
  })

  it('matches exactly: no typos, no synonyms, no stop words, word-level proximity for phrases', () => {
    expect(settings.typoTolerance).toEqual({ enabled: false })
    expect(settings.synonyms).toEqual({})
    expect(settings.stopWords).toEqual([])
    expect(settings.proximityPrecision).toBe('byWord')
  })

  it('tokenises the Chinese fields as Mandarin and keeps the normalised domain terms whole', () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['headingChars', 'textChars', 'textCharsMore.*', 'headingWords', 'textWords'], locales: ['cmn'] },
    ])
    expect(settings.dictionary).toEqual(['县管校聘', '双减', '课后服务'])
  })

  it('has a userProvided embedder only when vectors are given', () => {
    expect(settings.embedders).toBeUndefined()
    expect(clauseIndexSettings({ maxTotalHits: 10_000, vectorDimension: 512 }).embedders).toEqual({
      clauses: { source: 'userProvided', dimensions: 512 },
    })
  })
})

describe('maxTotalHitsFor', () => {
  it('keeps the configured cap for a small corpus and rises above the clause count of a large one', () => {
    expect(maxTotalHitsFor(100_000, 328)).toBe(100_000)
    expect(maxTotalHitsFor(100_000, 1_000_000)).toBe(1_000_001)
  })
})

describe('dictionarySetting', () => {
  it('drops sentences longer than a term', () => {
    expect(dictionarySetting(['坚持校内提质增效,持续抓好中小学生“五项管理”、课后服务“五个严禁”,加强各科作业统筹', '普惠'])).toEqual(['普惠'])
  })
})

describe('planIndexSettings', () => {
  it('filters plans by kind and id and sorts them in build order', () => {
    expect(planIndexSettings()).toMatchObject({ filterableAttributes: ['kind', 'id'], sortableAttributes: ['seq'] })
  })
})
