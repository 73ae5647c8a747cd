import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PARSER_VERSION } from '../../indexer/build.js'
import { readBuild } from '../../indexer/build-files.js'
import type { ClauseRecord, IndexBuild, PlanRecord } from '../../indexer/types.js'
import { openSqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import { ensureIndex } from './index-build.js'

let dataDir: string
let corpusDir: string
const logger = pino({ level: 'silent' })
const run = () => ensureIndex({ root: process.cwd(), dataDir, corpusDir, modelDir: null, logger, embed: false })

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'ensure-index-'))
  corpusDir = path.join(dataDir, 'corpus')
  mkdirSync(corpusDir)
  copyFileSync('data/corpus/000_d9ce88d6bc3921ac.txt', path.join(corpusDir, 'jingmen.txt'))
})
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('ensureIndex', () => {
  it('indexes the corpus when there is no index, then leaves a fresh index alone, and rebuilds when a file changes', async () => {
    const file = await run()
    expect(file).toBe(path.join(dataDir, 'build', 'index.sqlite'))
    expect(readBuild(path.join(dataDir, 'build')).plans.map((p) => p.title)).toEqual(['市教育局2025年教育工作要点'])
    const built = statSync(file).mtimeMs

    await run()
    expect(statSync(file).mtimeMs).toBe(built)

    copyFileSync('data/corpus/002_e24f9c466794c2b3.txt', path.join(corpusDir, 'jiangmen.txt'))
    const later = (built + 5000) / 1000
    utimesSync(path.join(corpusDir, 'jiangmen.txt'), later, later)
    await run()
    expect(statSync(file).mtimeMs).toBeGreaterThan(built)
    expect(readBuild(path.join(dataDir, 'build')).plans.map((p) => p.title).sort()).toEqual(['市教育局2025年教育工作要点', '江门市教育局2023年工作要点'])
  })

  it('rebuilds an index written by an older version, whose records lack display names and first-indexed dates', async () => {
    const buildDir = path.join(dataDir, 'build')
    const current = readBuild(buildDir)
    const old: IndexBuild = {
      ...current,
      plans: current.plans.map(({ displayName: _name, ...p }) => p as PlanRecord),
      clauses: current.clauses.map(({ firstIndexed: _date, ...c }) => c as ClauseRecord),
    }
    const writer = await openSqliteEngine({ path: path.join(buildDir, 'index.sqlite') })
    await writer.replaceAll(old)
    await writer.close()
    await run()
    const reader = await openSqliteEngine({ path: path.join(buildDir, 'index.sqlite') })
    try {
      expect((await reader.listPlans()).map((p) => p.displayName).sort()).toEqual(['江门市教育局《江门市教育局2023年工作要点》', '荆门市教育局《市教育局2025年教育工作要点》'].sort())
    } finally {
      await reader.close()
    }
  })

  it('rebuilds an index whose files were read by an older parser, though the corpus has not changed', async () => {
    const buildDir = path.join(dataDir, 'build')
    const infoFile = path.join(buildDir, 'build-info.json')
    const info = JSON.parse(readFileSync(infoFile, 'utf8')) as { parserVersion: number }
    expect(info.parserVersion).toBe(PARSER_VERSION)
    writeFileSync(infoFile, JSON.stringify({ ...info, parserVersion: PARSER_VERSION - 1 }))
    const before = statSync(path.join(buildDir, 'index.sqlite')).mtimeMs
    await run()
    expect(statSync(path.join(buildDir, 'index.sqlite')).mtimeMs).toBeGreaterThan(before)
    expect((JSON.parse(readFileSync(infoFile, 'utf8')) as { parserVersion: number }).parserVersion).toBe(PARSER_VERSION)
  })

  it('refuses to start without a corpus and without an index, saying where it looked', async () => {
    const attempt = ensureIndex({ root: process.cwd(), dataDir: path.join(dataDir, 'empty'), corpusDir: path.join(dataDir, 'nowhere'), modelDir: null, logger, embed: false })
    await expect(attempt).rejects.toMatchObject({
      name: 'StartupError',
      code: 'corpus_missing',
      message: `The corpus folder ${path.join(dataDir, 'nowhere')} does not exist and there is no index yet. Put the policy files there or set CORPUS_DIR.`,
    })
  })
})
