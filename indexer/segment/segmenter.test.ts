import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { corpusFiles, corpusLine } from '../../test/fixtures/corpus-fixture.js'
import { SegmentError } from './segment-error.js'
import { createSegmenter } from './segmenter.js'
import { harvestTerms } from './term-harvest.js'

const segmenter = createSegmenter()

/** Sentences `from`…`to` (exclusive) of a corpus line, split at 。 */
function sentences(filePrefix: string, linePrefix: string, from: number, to: number): string {
  return corpusLine(filePrefix, linePrefix).split('。').slice(from, to).join('。')
}

describe('segmenter.words', () => {
  it('keeps the 双减 vocabulary whole and drops punctuation and stopwords', () => {
    const text = sentences('000', '6.持续巩固“双减”成效', 0, 2)
    expect(segmenter.words(text)).toEqual([
      '6', '持续', '巩固', '双减', '成效', '坚持', '校内', '提质', '增效', '持续', '抓好', '中小学生',
      '五项管理', '课后服务', '五个', '严禁', '加强', '各科', '作业', '统筹', '控制', '作业', '总量',
      '减少', '不必要', '考试', '建设', '一批', '课后服务', '特色', '案例', '学校',
    ])
  })

  it('keeps 县管校聘 and 集团化办学 whole where jieba alone cuts them apart', () => {
    expect(segmenter.words(corpusLine('001', '50.持续深化“县管校聘”改革'))).toEqual(['50', '持续', '深化', '县管校聘', '改革'])
    expect(segmenter.words(corpusLine('001', '2.打造全区覆盖'))).toEqual([
      '2', '打造', '全区', '覆盖', '全省', '辐射', '全国', '知名', '集团化办学', '品牌',
    ])
  })

  it('keeps 教联体, 优质均衡 and 特殊教育资源中心 whole in running text', () => {
    expect(segmenter.words(sentences('000', '8.推动义务教育优质均衡发展', 7, 8))).toEqual([
      '支持', '沙洋县', '京山市', '东宝区', '屈家岭', '管理区', '通过', '全省', '义务教育', '优质均衡', '发展', '督导评估',
    ])
    expect(segmenter.words(sentences('000', '8.推动义务教育优质均衡发展', 2, 3))).toEqual([
      '实施', '教联体', '建设', '提质', '增效', '行动', '强化', '市域', '统筹', '中心', '城区', '遴选', '5', '优质',
      '义务教育', '学校', '作为', '核心', '校', '县', '市', '区', '薄弱', '学校', '组建', '市域', '义务教育', '教联体',
    ])
    expect(segmenter.words(sentences('000', '11.推动特殊教育优质融合发展', 2, 3))).toEqual([
      '推进', '特殊教育资源中心', '建设', '探索', '开设', '适应', '残疾', '学生', '学习', '特点', '市场需求', '专业', '课程',
    ])
  })

  it('lower-cases Latin and folds full-width characters before cutting', () => {
    expect(segmenter.words(sentences('002', '加快推进基于Ipv6', 0, 1))).toEqual([
      '加快', '推进', '基于', 'ipv6', '5', 'g', '教育', '专网', '迭代', '升级', '健全', '互联网+教育', '平台', '体系',
      '强化', '全市', '智慧教育', '应用', '促进', '资源', '共建', '共享',
    ])
    expect(segmenter.words('ＩＰｖ６和５Ｇ')).toEqual(['ipv6', '5', 'g'])
  })

  it('segments traditional text exactly like its simplified form', () => {
    const simplified = sentences('000', '6.持续巩固“双减”成效', 0, 4)
    const traditional = OpenCC.Converter({ from: 'cn', to: 't' })(simplified)
    expect(traditional).toContain('課後服務')
    expect(segmenter.words(traditional)).toEqual(segmenter.words(simplified))
    expect(segmenter.words('集團化辦學「雙減」')).toEqual(['集团化办学', '双减'])
  })

  it('drops the filler words of a question', () => {
    expect(segmenter.words('双减谁来管')).toEqual(['双减'])
    expect(segmenter.words('课后服务由谁来管')).toEqual(['课后服务'])
    expect(segmenter.words('如何开展课后服务？')).toEqual(['开展', '课后服务'])
    expect(segmenter.words('哪些城市提到了县管校聘')).toEqual(['城市', '县管校聘'])
    expect(segmenter.words('什么是“公民同招”呢')).toEqual(['公民同招'])
    expect(segmenter.words('的了吗？！  ')).toEqual([])
  })
})

describe('segmenter.cut', () => {
  it('returns raw jieba words that concatenate back to the original text', () => {
    for (const file of corpusFiles()) {
      const paragraph = file.text.slice(0, 2000)
      expect(segmenter.cut(paragraph).join('')).toBe(paragraph)
    }
  })

  it('keeps punctuation, full-width forms and stopwords of the original', () => {
    expect(segmenter.cut(corpusLine('001', '50.持续深化“县管校聘”改革'))).toEqual(['50.', '持续', '深化', '“', '县管校聘', '”', '改革'])
  })
})

describe('segmenter.isDictionaryTerm', () => {
  it('knows the domain terms in any width or script and nothing else', () => {
    for (const term of ['双减', '课后服务', '县管校聘', '五育并举', '集团化办学', '优质均衡', '强师工程', '三个课堂', '思政课一体化']) {
      expect(segmenter.isDictionaryTerm(term)).toBe(true)
    }
    expect(segmenter.isDictionaryTerm('雙減')).toBe(true)
    expect(segmenter.isDictionaryTerm(' 课后服务 ')).toBe(true)
    expect(segmenter.isDictionaryTerm('教育')).toBe(false)
    expect(segmenter.isDictionaryTerm('双')).toBe(false)
  })

  it('lists at least 150 normalised domain terms', () => {
    const terms = segmenter.dictionaryTerms()
    expect(terms.length).toBeGreaterThanOrEqual(150)
    expect(terms).toEqual([...new Set(terms)].sort())
    expect(terms).toContain('铸牢中华民族共同体意识')
  })
})

describe('segmenter.addTerms', () => {
  it('keeps harvested corpus terms whole once added and reports how many were new', () => {
    const text = sentences('000', '2.切实加强党对教育工作的全面领导', 2, 4)
    expect(segmenter.words(text)).toEqual([
      '完善', '中小学校', '党组织', '领导', '校长负责制', '运行机制', '落实', '基层', '党组织', '双', '带头人', '双', '培养',
      '机制', '指导', '高校', '创建', '省级', '标杆', '院系', '样板', '支部',
    ])
    expect(segmenter.isDictionaryTerm('标杆院系')).toBe(false)

    const harvested = harvestTerms([corpusLine('000', '2.切实加强党对教育工作的全面领导')])
    expect(segmenter.addTerms(harvested)).toBe(4)
    expect(segmenter.addTerms(harvested)).toBe(0)
    expect(segmenter.isDictionaryTerm('标杆院系')).toBe(true)
    expect(segmenter.words(text)).toEqual([
      '完善', '中小学校', '党组织', '领导', '校长负责制', '运行机制', '落实', '基层', '党组织', '双带头人', '双培养',
      '机制', '指导', '高校', '创建', '省级', '标杆院系', '样板支部',
    ])
  })

  it('ignores candidates that cannot be a term', () => {
    expect(segmenter.addTerms(['', '学', '两个 词', '……'])).toBe(0)
  })

  it('accepts extra terms at creation', () => {
    const withExtras = createSegmenter({ extraTerms: ['一校两特'] })
    expect(withExtras.isDictionaryTerm('一校两特')).toBe(true)
    expect(withExtras.words('举办“一校两特”展演')).toEqual(['举办', '一校两特', '展演'])
  })
})

describe('createSegmenter dictionaries', () => {
  function dictDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'segment-dict-'))
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
    return dir
  }

  it('throws dict_not_found naming the missing file', () => {
    const dir = dictDir({ 'stopwords.txt': '的\n' })
    expect(() => createSegmenter({ dictDir: dir })).toThrowError(SegmentError)
    try {
      createSegmenter({ dictDir: dir })
    } catch (error) {
      expect((error as SegmentError).code).toBe('dict_not_found')
      expect((error as SegmentError).message).toContain(join(dir, 'policy-terms.txt'))
    }
  })

  it('throws dict_invalid for a line jieba would misread', () => {
    const dir = dictDir({ 'policy-terms.txt': '双减 2000 nz\n课后服务 many nz\n', 'stopwords.txt': '的\n' })
    expect(() => createSegmenter({ dictDir: dir })).toThrowError(/line 2 \("课后服务 many nz"\)/)
  })

  it('uses another dictionary folder for its terms and stopwords', () => {
    const dir = dictDir({ 'policy-terms.txt': '\uFEFF厚道荆门 2000 nz\n\n', 'stopwords.txt': '把\n融入\n' })
    const custom = createSegmenter({ dictDir: dir })
    expect(custom.dictionaryTerms()).toEqual(['厚道荆门'])
    expect(custom.isDictionaryTerm('双减')).toBe(false)
    expect(custom.words('把“厚道荆门”融入思政教育')).toEqual(['厚道荆门', '思政', '教育'])
    // Loading a second dictionary must not lose the words the default segmenter relies on.
    expect(segmenter.words(corpusLine('001', '50.持续深化“县管校聘”改革'))).toEqual(['50', '持续', '深化', '县管校聘', '改革'])
    expect(segmenter.words('指导高校创建省级“标杆院系”')).toEqual(['指导', '高校', '创建', '省级', '标杆院系'])
  })
})
