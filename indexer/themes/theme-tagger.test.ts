import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusFiles } from '../../test/fixtures/corpus-fixture.js'
import { clauseLines, type ClauseLine } from '../../test/fixtures/corpus-clause-lines.js'
import { defaultThemeScoring, loadThemes, tagThemes, ThemeError } from './theme-tagger.js'

const themes = loadThemes()
const clauses = clauseLines(corpusFiles())

function clause(filePrefix: string, textPrefix: string): ClauseLine {
  const found = clauses.find((c) => c.file.startsWith(filePrefix) && c.text.startsWith(textPrefix))
  if (!found) throw new Error(`no clause ${textPrefix} in ${filePrefix}`)
  return found
}

describe('loadThemes', () => {
  it('loads a taxonomy of 20–25 themes covering the main areas of education policy', () => {
    expect(themes.length).toBeGreaterThanOrEqual(20)
    expect(themes.length).toBeLessThanOrEqual(25)
    const names = themes.map((t) => t.name)
    for (const name of ['党的建设', '思政德育', '五育并举', '双减与课后服务', '学前教育', '义务教育', '普通高中', '职业教育',
      '高等教育', '特殊教育', '民办教育', '终身教育', '教师队伍', '教育数字化', '评价与考试招生', '校园安全', '学生健康',
      '家校社协同', '督导与法治', '经费与办学条件', '语言文字', '体育']) {
      expect(names).toContain(name)
    }
    for (const theme of themes) {
      expect(theme.description.length).toBeGreaterThan(0)
      expect(theme.keywords.length).toBeGreaterThanOrEqual(5)
    }
  })

  function taxonomyFile(content: string): string {
    const path = join(mkdtempSync(join(tmpdir(), 'themes-')), 'themes.json')
    writeFileSync(path, content)
    return path
  }

  it('throws themes_not_found for a missing file', () => {
    expect(() => loadThemes('/nonexistent/themes.json')).toThrowError(ThemeError)
    expect(() => loadThemes('/nonexistent/themes.json')).toThrowError(/does not exist/)
  })

  it('throws themes_invalid for broken JSON, a theme without keywords and a repeated name', () => {
    const cases = [
      '[{"name": "体育", ',
      '[{"name": "体育", "description": "", "keywords": []}]',
      '[{"name": "体育", "description": "", "keywords": ["体育"]}, {"name": "体育", "description": "", "keywords": ["足球"]}]',
    ]
    for (const content of cases) {
      try {
        loadThemes(taxonomyFile(content))
        expect.unreachable()
      } catch (error) {
        expect(error).toBeInstanceOf(ThemeError)
        expect((error as ThemeError).code).toBe('themes_invalid')
      }
    }
  })
})

describe('tagThemes', () => {
  it('tags a vocational-education clause with 职业教育 first', () => {
    const c = clause('000', '10.推动职业教育优质特色发展')
    expect(c.heading).toBe('推动职业教育优质特色发展')
    // The body also starts a 综合高中 pilot and a 普高班.
    expect(tagThemes(c, themes)).toEqual(['职业教育', '普通高中'])
  })

  it('tags 双减 clauses of every plan with 双减与课后服务 first', () => {
    expect(tagThemes(clause('000', '6.持续巩固“双减”成效'), themes)).toEqual(['双减与课后服务'])
    expect(tagThemes(clause('001', '10.巩固“双减”工作成果。'), themes)).toEqual(['双减与课后服务', '教研与课程教学'])
    expect(tagThemes(clause('002', '25.深入推进“双减”工作'), themes)).toEqual(['双减与课后服务'])
    expect(tagThemes(clause('003', '3.提供更加贴心的校内课后服务'), themes)).toEqual(['双减与课后服务'])
    // An outline-only heading under a broad chapter and section.
    const outline = clause('001', '21.扎实推进“双减”工作')
    expect(outline.section).toBe('育人模式优化行动')
    expect(tagThemes(outline, themes)).toEqual(['双减与课后服务'])
  })

  it('does not read 为民办实事 as private education', () => {
    expect(tagThemes(clause('004', '24.有序推进教育项目建设'), themes)).toEqual(['经费与办学条件', '校园安全'])
  })

  it('tags a clause by what its heading names even when the body is short', () => {
    expect(tagThemes(clause('004', '20.对外交流平台拓展'), themes)).toEqual(['对外交流与合作'])
    expect(tagThemes(clause('000', '22.强化教育督导评估'), themes)).toEqual(['督导与法治'])
    expect(tagThemes(clause('004', '17.数字教育生态重构'), themes)).toEqual(['教育数字化', '教育治理与改革'])
  })

  it('weighs the heading above the body and ignores a single passing mention', () => {
    const sentence = '严格执行保密工作规定'
    expect(tagThemes({ heading: '', text: sentence }, themes)).toEqual([])
    expect(tagThemes({ heading: sentence, text: sentence }, themes)).toEqual(['教育治理与改革'])
  })

  it('lets a chapter title confirm a body mention but not tag on its own', () => {
    const chapterTitle = clause('001', '30.举办系列精品赛事').chapterTitle
    expect(chapterTitle).toBe('加快推动区域教育和体育高质量发展')
    expect(tagThemes({ heading: '', text: '', chapterTitle }, themes)).toEqual([])
    expect(tagThemes({ heading: '', text: '提升场馆活力和人气', chapterTitle }, themes)).toEqual([])
    expect(tagThemes({ heading: '', text: '提升体育场馆活力和人气', chapterTitle }, themes)).toEqual(['体育'])
  })

  it('counts a keyword found inside a longer keyword of the same theme once', () => {
    // 校园安全 contains 安全: one mention, one keyword, below the threshold.
    expect(tagThemes({ heading: '', text: '加强校园安全' }, themes)).toEqual([])
    expect(tagThemes({ heading: '', text: '加强校园安全和食品安全' }, themes)).toEqual(['校园安全'])
  })

  it('matches traditional and full-width text like its simplified form', () => {
    const c = clause('002', '25.深入推进“双减”工作')
    expect(tagThemes({ heading: '深入推進「雙減」工作', text: '深入推進「雙減」工作' }, themes)).toEqual(tagThemes(c, themes))
  })

  it('returns at most maxThemes, best first, ties in taxonomy order', () => {
    const c = clause('003', '2.着力培养身心健康的时代新人')
    expect(tagThemes(c, themes)).toEqual(['学生健康', '思政德育', '家校社协同'])
    expect(tagThemes(c, themes, { ...defaultThemeScoring, maxThemes: 1 })).toEqual(['学生健康'])
  })

  it('tags all but a few clause-like lines of the corpus, and every theme somewhere', () => {
    const untagged = clauses.filter((c) => tagThemes(c, themes).length === 0)
    const rate = untagged.length / clauses.length
    console.log(
      `theme tagging: ${clauses.length} clause-like lines, ${untagged.length} without a theme (${(rate * 100).toFixed(1)}%)`,
    )
    expect(clauses.length).toBeGreaterThan(400)
    expect(rate).toBeLessThan(0.05)
    const used = new Set(clauses.flatMap((c) => tagThemes(c, themes)))
    for (const theme of themes) expect(used).toContain(theme.name)
  })
})
