import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { readBuild } from './build-files.js'
import { runIndexer } from '../server/startup/run-indexer.js'
import { NothingIndexedError, type IndexerReport } from './pipeline.js'

const CORPUS = 'data/corpus'
const JIANGMEN = '002_e24f9c466794c2b3.txt'
const QUANZHOU = '004_df81cf9adf8df550.txt'

describe('runIndexer', () => {
  let dir: string
  let corpus: string
  let buildDir: string
  let first: IndexerReport

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pipeline-'))
    corpus = join(dir, 'corpus')
    buildDir = join(dir, 'build')
    mkdirSync(join(corpus, '子目录'), { recursive: true })
    copyFileSync(join(CORPUS, JIANGMEN), join(corpus, '江门 2023 工作要点.txt'))
    // The same document again under another name, and the 泉州 plan re-encoded as GBK.
    copyFileSync(join(CORPUS, JIANGMEN), join(corpus, '子目录', 'copy of jiangmen.txt'))
    writeFileSync(join(corpus, 'quanzhou-gbk.txt'), iconv.encode(readFileSync(join(CORPUS, QUANZHOU), 'utf8'), 'gbk'))
    writeFileSync(join(corpus, 'empty.txt'), '')
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00, 0x10]))
    first = await runIndexer({ inputs: [corpus], buildDir, embed: false, catalogPath: join(dir, 'no-catalog.json') })
  })

  it('indexes readable files, skips unreadable ones with a reason and reports duplicates once', () => {
    const byFile = Object.fromEntries(first.files.map((f) => [f.file, [f.status, f.plans, f.clauses]]))
    expect(byFile).toEqual({
      'binary.txt': ['skipped', 0, 0],
      'empty.txt': ['skipped', 0, 0],
      'quanzhou-gbk.txt': ['indexed', 1, 28],
      // Files are read in sorted order: the copy in 子目录/ comes first, so the other one is the duplicate.
      '子目录/copy of jiangmen.txt': ['indexed', 1, 28],
      '江门 2023 工作要点.txt': ['duplicate', 0, 0],
    })
    expect(first.files.find((f) => f.file === '江门 2023 工作要点.txt')!.reason).toContain('子目录/copy of jiangmen.txt')
    expect(first.files.find((f) => f.file === 'empty.txt')!.reason).toMatch(/empty/i)
    expect([first.plans, first.clauses, first.skipped]).toEqual([2, 56, 2])
  })

  it('reports per plan the levels, the clauses per chapter and the warnings (in --json)', () => {
    const quanzhou = first.files.find((f) => f.file === 'quanzhou-gbk.txt')!.details!
    expect(quanzhou.map((p) => [p.title, p.levels, p.chapters.map((c) => `${c.chapter}:${c.clauses}`).join(' '), p.warnings])).toEqual([
      ['2025年泉州市教育工作要点', ['chapter 一、', 'clause 1.'], '一:3 二:2 三:7 四:3 五:4 六:1 七:3 八:4', []],
    ])
  })

  it('writes plans.json and clauses.jsonl that read back as the build', () => {
    const build = readBuild(buildDir)
    expect(build.plans.map((p) => [p.id, p.city, p.clauseCount])).toEqual([
      ['quanzhou-2025-jiaoyu-gongzuo-yaodian', '泉州市', 27],
      ['jiangmen-2023-jiaoyuju-gongzuo-yaodian', '江门市', 27],
    ])
    expect(build.clauses).toHaveLength(56)
    expect(build.clauses.every((c) => c.themes.length <= 3)).toBe(true)
    expect(statSync(join(buildDir, 'index.sqlite')).size).toBeGreaterThan(0)
  })

  it('does not parse unchanged files again', async () => {
    const again = await runIndexer({ inputs: [corpus], buildDir, embed: false, catalogPath: join(dir, 'no-catalog.json') })
    expect(again.files.filter((f) => f.status === 'cached').map((f) => f.file)).toEqual(['quanzhou-gbk.txt', '子目录/copy of jiangmen.txt'])
    expect(again.clauses).toBe(first.clauses)
  })

  it('leaves the previous build untouched when a run indexes nothing', async () => {
    const before = ['plans.json', 'clauses.jsonl', 'index.sqlite'].map((f) => readFileSync(join(buildDir, f)))
    const broken = join(dir, 'broken')
    mkdirSync(broken)
    writeFileSync(join(broken, 'empty.txt'), '')
    await expect(runIndexer({ inputs: [broken], buildDir, embed: false })).rejects.toBeInstanceOf(NothingIndexedError)
    const after = ['plans.json', 'clauses.jsonl', 'index.sqlite'].map((f) => readFileSync(join(buildDir, f)))
    expect(after.map((b, i) => b.equals(before[i]))).toEqual([true, true, true])
  })
})
