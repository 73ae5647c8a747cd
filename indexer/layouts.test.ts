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
})
