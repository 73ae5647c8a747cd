import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { normalizeForMatch } from '../../indexer/normalize.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import { defaultVocabulary, expandQuery, officialAlternatives, widenForModes } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())
const vectorText = (q: string) => widenForModes(parseQuery(q, tokenizer)).vectorText

/** How many clauses of the bundled corpus say `word`. */
async function clausesSaying(word: string): Promise<number> {
  const build = await loadCorpusBuild()
  return build.clauses.filter((c) => normalizeForMatch(`${c.heading}\n${c.text}`).includes(word)).length
}

// Everyday words for things the plans name otherwise or not at all (data/dict/everyday-terms.txt, 2026-12-07): a school's
// lunch, its cameras, a calligraphy class, a child hooked on a phone, a high school taking more pupils.
describe('everyday words no plan writes, searched as what the plans write instead', () => {
  it('searches lunch as the plans\' 校园餐 营养餐 中餐: 午餐 alone found one clause, a grant (午餐补助), and nothing by meaning', async () => {
    expect(await clausesSaying('午餐')).toBe(1)
    expect(await clausesSaying('营养餐')).toBe(2)
    expect(await clausesSaying('中餐')).toBe(1)
    expect(offered('午餐')).toEqual(['校园餐', '营养餐', '中餐'])
    expect(words('学校午餐吃什么')).toEqual(['学校', '午餐', '吃', '校园餐', '营养餐', '中餐'])
    expect(vectorText('午餐')).toBe('午餐 校园餐 营养餐 中餐')
    expect(offered('午饭')).toEqual(['校园餐', '午餐', '营养餐', '中餐'])
    // 营养餐, which two plans write, meets the others' 校园餐 and 营养改善 (义务教育营养改善计划) too.
    expect(await clausesSaying('营养改善')).toBe(1)
    expect(offered('营养餐')).toEqual(['校园餐', '营养改善', '午餐'])
    expect(words('学生营养餐质量')).toEqual(['学生', '营养餐', '质量', '校园餐', '营养改善', '午餐', '营养'])
  })

  it('searches a school\'s cameras as its 安防 and 一键报警', async () => {
    expect(await clausesSaying('摄像头')).toBe(0)
    expect(await clausesSaying('安防')).toBe(1)
    expect(await clausesSaying('一键报警')).toBe(1)
    expect(words('学校装监控摄像头')).toEqual(['学校', '装', '监控', '摄像头', '视频监控', '安防', '一键报警'])
  })

  it('searches a calligraphy class as the plans\' 书法 and 书写 of 汉字: 书法课 found nothing as typed', async () => {
    expect(await clausesSaying('书法课')).toBe(0)
    expect(await clausesSaying('书法')).toBe(1)
    expect(offered('书法课')).toEqual(['书法', '书写', '汉字'])
    expect(words('学校有没有书法课')).toEqual(['学校', '书法课', '书法', '书写', '汉字'])
  })

  it('searches a child hooked on something as the plans\' 五项管理, which no plan calls 沉迷', async () => {
    expect(await clausesSaying('沉迷')).toBe(0)
    expect(await clausesSaying('五项管理')).toBe(1)
    expect(words('孩子沉迷手机游戏')).toEqual(['沉迷', '手机游戏', '五项管理', '电子产品', '网络游戏', '手机'])
  })

  it('searches a high school taking more pupils as the plans\' 招生规模 and 扩容', async () => {
    expect(await clausesSaying('扩招')).toBe(0)
    expect(await clausesSaying('招生规模')).toBe(1)
    expect(words('高中会不会扩招')).toEqual(['高中', '扩招', '招生规模', '扩容'])
  })
})
