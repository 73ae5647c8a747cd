import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import { openSqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import type { SearchEngine } from '../engine/types.js'
import { widenForModes } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'
import { withoutProhibitionWords } from './prohibition-words.js'

const tokenizer = createSegmenter()
const parse = (q: string) => parseQuery(q, tokenizer)

describe('withoutProhibitionWords', () => {
  it('drops a prohibition word before an action, as the stopword 不 is dropped: 不得补课 → 补课, 学校不许排名 → 学校排名', () => {
    expect(withoutProhibitionWords('不得补课')).toBe('补课')
    expect(withoutProhibitionWords('学校不许排名')).toBe('学校排名')
    expect(withoutProhibitionWords('不准布置作业')).toBe('布置作业')
    expect(withoutProhibitionWords('禁止带手机')).toBe('带手机')
  })

  it('keeps a prohibition word at the end or alone, the plans\' 严禁, the 不能 of an A-not-A question and the words 不准确, 不得了: 五个严禁, 十不得, 严禁补课, 能不能收费', () => {
    for (const text of ['五个严禁', '十不得', '不得', '严禁补课', '能不能收费', '数据不准确', '不得了']) expect(withoutProhibitionWords(text)).toBe(text)
  })

  it('drops a prohibition word only where it is a word of its own, not the first characters of a longer word: 禁止性规定, 不准备, 迫不得已, 不能够, 不得当 stay as typed', () => {
    const words = ['禁止性规定', '不准备', '迫不得已', '不能够', '不得当', '处理不得当的问题', '不准确', '不得体', '不得已']
    expect(words.map((text) => withoutProhibitionWords(text, tokenizer))).toEqual(words)
    // The default segmenter is the process's jieba, as the parser's is.
    expect(words.map((text) => withoutProhibitionWords(text))).toEqual(words)
  })

  it('still drops the word beside such a word: 禁止补课和不准备课 → 补课和不准备课, 教师不得当众批评 → 教师当众批评, 不得以任何形式补课 → 以任何形式补课', () => {
    expect(withoutProhibitionWords('禁止补课和不准备课', tokenizer)).toBe('补课和不准备课')
    expect(withoutProhibitionWords('教师不得当众批评', tokenizer)).toBe('教师当众批评')
    expect(withoutProhibitionWords('不得以任何形式补课', tokenizer)).toBe('以任何形式补课')
    expect(withoutProhibitionWords('不得补课', tokenizer)).toBe('补课')
  })
})

describe('a rule asked about in the words of a rule', () => {
  it('searches the action, not the phrase with its prohibition word, which no plan writes: 不得补课 as 不补课, 不能带手机 as 带 手机', () => {
    expect(parse('不得补课').groups).toEqual([[{ kind: 'phrase', text: '补课', match: '补课' }]])
    expect(parse('不准排名').groups).toEqual([[{ kind: 'phrase', text: '排名', match: '排名' }]])
    expect(parse('不能带手机').groups).toEqual([[{ kind: 'words', text: '不能带手机', words: ['带', '手机'] }]])
    expect(parse('学校不许布置作业').groups).toEqual([[{ kind: 'words', text: '学校不许布置作业', words: ['学校', '布置', '作业'] }]])
  })

  it('reads 不得收费 as 收费 (the fee rules), not 免费, and leaves a quoted rule and the plans\' own terms as typed', () => {
    expect(parse('学校不得收费').groups).toEqual([[{ kind: 'words', text: '学校不得收费', words: ['学校', '收费'] }]])
    expect(parse('严禁在课后服务之外的时间组织集体补课').groups[0][0]).toMatchObject({ words: ['严禁', '课后服务', '时间', '组织', '集体', '补课'] })
    expect(parse('"不得补课"').groups).toEqual([[{ kind: 'phrase', text: '不得补课', match: '不得补课' }]])
    expect(parse('五个严禁').groups).toEqual([[{ kind: 'phrase', text: '五个严禁', match: '五个严禁' }]])
  })

  it('searches 禁止性规定 for 禁止性, not 性, and reads 不应当 as the stopwords 不 应当, not 不应 before 当', () => {
    expect(parse('禁止性规定').groups).toEqual([[{ kind: 'phrase', text: '禁止性规定', match: '禁止性' }]])
    expect(parse('不准备').groups).toEqual([[{ kind: 'phrase', text: '准备', match: '准备' }]])
    expect(parse('不得当').groups).toEqual([[{ kind: 'phrase', text: '不得当', match: '不得当' }]])
    expect(parse('学校不应当收费').groups).toEqual([[{ kind: 'words', text: '学校不应当收费', words: ['学校', '收费'] }]])
  })

  it('embeds the question as typed, so the model still reads the rule: 不得补课 有偿补课 校外培训', () => {
    expect(widenForModes(parse('不得补课')).vectorText).toBe('不得补课 有偿补课 校外培训')
  })

  describe('on the bundled corpus', () => {
    let dir: string
    let engine: SearchEngine
    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'prohibition-words-'))
      engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer })
      await engine.replaceAll(await loadCorpusBuild())
    })
    afterAll(async () => {
      await engine.close()
      rmSync(dir, { recursive: true, force: true })
    })
    const ids = async (q: string) =>
      (await engine.search({ query: widenForModes(parse(q)).keyword, filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 20, facets: false })).hits.map((h) => h.clause.id)

    it('finds for 不得补课 and 不准补课 the 5 clauses on stopping 补课 that 不补课 finds (0 before, as the phrase 不得补课)', async () => {
      const stop = await ids('不补课')
      expect(stop).toHaveLength(5)
      expect(await ids('不得补课')).toEqual(stop)
      expect(await ids('不准补课')).toEqual(stop)
      expect(await ids('"不得补课"')).toEqual([])
    })
  })
})
