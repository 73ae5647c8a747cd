import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import type { LayoutExpectation } from '../test/fixtures/layouts/render-layouts.js'

const DIR = 'test/fixtures/layouts'
const rendered: LayoutExpectation[] = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8'))
/** Documents written by hand in a layout each, beside the ones rendered from source plans. */
const handmade: Pick<LayoutExpectation, 'file' | 'metadata' | 'clauses'>[] = JSON.parse(readFileSync(join(DIR, 'handmade', 'expectations.json'), 'utf8'))
const expectations = [...rendered, ...handmade.map((e) => ({ ...e, file: `handmade/${e.file}` }))]

const clausesOf = (file: string) =>
  parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })
    .flatMap((p) => p.clauses)
    .filter((c) => c.number !== null)
    .map((c) => [c.chapter?.number ?? null, c.number, c.heading.slice(0, 8)])

describe('parseDocument on documents laid out as real copies reach us', () => {
  it('has at least 30 layout documents', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(30)
  })

  it.each(expectations.map((e) => [e.file, e] as const))('finds every numbered clause of %s with its chapter and number', (file, e) => {
    expect(clausesOf(file)).toEqual(e.clauses)
  })

  it.each(expectations.map((e) => [e.file, e] as const))('reads the title, place, year and 文号 of %s', (file, e) => {
    const plans = parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })
    expect(plans).toHaveLength(1)
    const { title, city, province, year, docNumber } = plans[0].plan
    const want = e.metadata
    expect({ title, city, province, year, docNumber }).toEqual({
      title: want.title,
      city: want.city,
      province: want.province,
      year: want.year,
      docNumber: want.docNumber,
    })
  })
})

describe('parseDocument on PDF page furniture inside the text', () => {
  it('drops the title repeated as a running page header and joins a line wrapped before a quantity', () => {
    const file = 'handmade/hengyang-2024-pdf-running-header.txt'
    const [plan] = parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })
    expect(plan.clauses.find((c) => c.number === 1)!.text).toBe('1．加强思想政治教育。推进大中小学思政课一体化建设，打造思政“金课”20堂，开展“红色湘南”研学实践活动。')
    expect(plan.clauses.find((c) => c.number === 3)!.text).toBe('3．加强心理健康教育。建立学生心理健康“一生一策”档案，配齐专兼职心理健康教师。')
  })

  it('keeps a phrase broken by a PDF wrap searchable in the clause text (高质 量发展, 2022 年)', () => {
    const file = 'shaoguan-2023-yaodian--flat-spaced.txt'
    const plans = parseDocument({ file, text: readFileSync(join(DIR, file), 'utf8'), fields: {}, url: null })
    const text = plans.flatMap((p) => p.clauses).map((c) => c.text).join('\n')
    for (const phrase of ['推动全市教育高质量发展', '新增公办学位3600个', '做好2023年高考', '完善“护学岗”机制']) expect(text).toContain(phrase)
    expect(text).not.toMatch(/[-—] ?\d+ ?[-—]/)
  })
})
