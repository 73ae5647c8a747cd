import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isStale, markBuiltAsOf, newestMtime } from './freshness.js'

let dir: string
const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds)

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'freshness-'))
  mkdirSync(path.join(dir, 'corpus', 'sub'), { recursive: true })
  writeFileSync(path.join(dir, 'corpus', 'a.txt'), '市教育局2025年教育工作要点')
  writeFileSync(path.join(dir, 'corpus', 'sub', 'b.txt'), '2020年全市教育工作要点')
  writeFileSync(path.join(dir, 'index.sqlite'), '')
  at(path.join(dir, 'corpus', 'a.txt'), 1000)
  at(path.join(dir, 'corpus', 'sub', 'b.txt'), 2000)
  at(path.join(dir, 'index.sqlite'), 3000)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('newestMtime', () => {
  it('finds the newest file in nested folders and ignores missing paths', () => {
    expect(newestMtime([path.join(dir, 'corpus'), path.join(dir, 'missing.json')])).toBe(2_000_000)
  })
})

describe('isStale', () => {
  it('is false when the output is newer than every input', () => {
    expect(isStale(path.join(dir, 'index.sqlite'), [path.join(dir, 'corpus')])).toBe(false)
  })

  it('is true when an input file changed after the output was built', () => {
    at(path.join(dir, 'corpus', 'sub', 'b.txt'), 4000)
    expect(isStale(path.join(dir, 'index.sqlite'), [path.join(dir, 'corpus')])).toBe(true)
  })

  it('is true when the output is missing', () => {
    expect(isStale(path.join(dir, 'nope.sqlite'), [path.join(dir, 'corpus')])).toBe(true)
  })
})

describe('markBuiltAsOf', () => {
  it('makes an input saved while the build ran newer than the output, so the next start builds it', () => {
    const output = path.join(dir, 'index.sqlite')
    // The build began at 3 500 s, b.txt was saved at 3 600 s while it ran, the output was written at 3 700 s.
    at(path.join(dir, 'corpus', 'sub', 'b.txt'), 3600)
    at(output, 3700)
    expect(isStale(output, [path.join(dir, 'corpus')])).toBe(false)
    markBuiltAsOf(output, 3_500_000)
    expect(isStale(output, [path.join(dir, 'corpus')])).toBe(true)
  })

  it('leaves an output built from inputs saved before it began fresh', () => {
    const output = path.join(dir, 'index.sqlite')
    markBuiltAsOf(output, 2_500_000)
    expect(isStale(output, [path.join(dir, 'corpus')])).toBe(false)
  })
})
