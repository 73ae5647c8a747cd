import { describe, expect, it } from 'vitest'
import { buildIndexFromPaths } from './build.js'
import { loadThemes } from './themes/theme-tagger.js'

const COMPILATION = 'data/corpus/001_3165b1e1fe2a6d7c.txt'

describe('data/catalog.json corrections', () => {
  it('sets what a document does not state (issuer, city, 成文日期, 效力状态), with catalog as evidence, and the display name follows', async () => {
    const catalog = [
      { file: '001_3165b1e1fe2a6d7c.txt', plan: 5, set: { issuer: '某县教育体育局', signDate: '2024-02-20', validity: '有效' } },
      { file: '001_3165b1e1fe2a6d7c.txt', plan: 6, set: { city: '荣成市' } },
    ]
    const { build } = await buildIndexFromPaths([COMPILATION], { themes: loadThemes(), catalog })
    const [fifth, sixth] = build.plans.filter((p) => p.source.partOf && [5, 6].includes(p.source.partOf.index))
    expect([fifth.issuer, fifth.signDate, fifth.validity]).toEqual(['某县教育体育局', '2024-02-20', '有效'])
    expect(fifth.metadataEvidence.signDate).toEqual({ value: '2024-02-20', source: 'catalog' })
    expect(fifth.displayName).toBe('某县教育体育局《县2024年教育体育工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第5篇')
    expect([sixth.city, sixth.province, sixth.level]).toEqual(['荣成市', '山东省', '区县'])
    expect(sixth.displayName).toBe('荣成市《县2024年教育体育工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第6篇')
  })
})
