import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIRST_SEEN_FILE, readFirstSeen, stampFirstSeen } from './first-seen.js'
import { readBuild } from './build-files.js'
import { runIndexer } from '../server/startup/run-indexer.js'
import type { ClauseRecord } from './types.js'

const JINGMEN = '000_d9ce88d6bc3921ac.txt'
const JIANGMEN = '002_e24f9c466794c2b3.txt'

describe('stampFirstSeen', () => {
  const clause = (id: string, firstIndexed: string) => ({ id, firstIndexed }) as ClauseRecord

  it('keeps the date the ledger holds, dates new ids now, and keeps ids that left the corpus in the ledger', () => {
    const ledger = new Map([
      ['a', '2026-01-01T00:00:00.000Z'],
      ['gone', '2025-06-01T00:00:00.000Z'],
    ])
    const now = '2026-11-30T21:00:00.000Z'
    const { clauses, ledger: next } = stampFirstSeen([clause('a', now), clause('b', now)], ledger)
    expect(clauses.map((c) => [c.id, c.firstIndexed])).toEqual([
      ['a', '2026-01-01T00:00:00.000Z'],
      ['b', now],
    ])
    expect(Object.fromEntries(next)).toEqual({ a: '2026-01-01T00:00:00.000Z', gone: '2025-06-01T00:00:00.000Z', b: now })
  })
})

describe('first-indexed dates across indexer runs', () => {
  let dir: string
  let corpus: string
  let buildDir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'first-seen-'))
    corpus = join(dir, 'corpus')
    buildDir = join(dir, 'build')
    mkdirSync(corpus)
    copyFileSync(join('data/corpus', JINGMEN), join(corpus, JINGMEN))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps every clause’s date when re-indexing, and dates only the clauses of a new file with the new run', async () => {
    const first = await runIndexer({ inputs: [corpus], buildDir, embed: false, catalogPath: join(dir, 'none.json') })
    const dates = new Map(readBuild(buildDir).clauses.map((c) => [c.id, c.firstIndexed]))
    expect(new Set(dates.values())).toEqual(new Set([first.indexedAt]))

    copyFileSync(join('data/corpus', JIANGMEN), join(corpus, JIANGMEN))
    const second = await runIndexer({ inputs: [corpus], buildDir, embed: false, catalogPath: join(dir, 'none.json') })
    expect(second.indexedAt).not.toBe(first.indexedAt)
    const clauses = readBuild(buildDir).clauses
    for (const c of clauses) expect([c.id, c.firstIndexed]).toEqual([c.id, c.planId.startsWith('jingmen') ? first.indexedAt : second.indexedAt])
    expect(clauses.filter((c) => c.firstIndexed === second.indexedAt)).toHaveLength(28)
    const ledger = JSON.parse(readFileSync(join(buildDir, FIRST_SEEN_FILE), 'utf8')) as Record<string, string>
    expect(Object.keys(ledger).sort()).toEqual(clauses.map((c) => c.id).sort())
  })

  it('takes the dates of a build made before the ledger existed from its clauses, and of an older one from its index time', () => {
    const old = mkdtempSync(join(dir, 'old-'))
    writeFileSync(join(old, 'build-info.json'), JSON.stringify({ indexedAt: '2025-01-01T00:00:00.000Z' }))
    const previous = [{ id: 'x', firstIndexed: '2024-05-05T00:00:00.000Z' }, { id: 'y' } as ClauseRecord]
    expect(Object.fromEntries(readFirstSeen(old, () => previous, '2025-01-01T00:00:00.000Z'))).toEqual({
      x: '2024-05-05T00:00:00.000Z',
      y: '2025-01-01T00:00:00.000Z',
    })
  })
})
