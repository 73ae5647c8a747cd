import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runIndexer } from '../server/startup/run-indexer.js'
import { readBuild } from './build-files.js'
import { carryFirstSeen, MOVED_IDS_FILE, pairPlans, updateMovedIds } from './moved-ids.js'
import type { PlanRecord } from './types.js'

const plan = (id: string, file: string, contentHash = `hash-of-${id}`) => ({ id, source: { file, url: null, partOf: null }, contentHash }) as Pick<PlanRecord, 'id' | 'source' | 'contentHash'>

describe('pairPlans', () => {
  it('pairs a plan by its file, or by its text when the file was renamed, and leaves a file that now gives more plans unpaired', () => {
    const previous = [plan('a', 'one.txt'), plan('b', 'two.txt', 'same-text'), plan('c', 'three.txt'), plan('d', 'four.txt')]
    const current = [plan('a2', 'one.txt'), plan('b2', 'renamed.txt', 'same-text'), plan('c', 'three.txt'), plan('d1', 'four.txt'), plan('d2', 'four.txt')]
    expect(pairPlans(previous, current)).toEqual([
      ['b', 'b2'],
      ['a', 'a2'],
    ])
  })
})

describe('pairPlans on a file whose count of plans changed', () => {
  it('pairs an old plan with the new one the texts find the same document, each plan once, and leaves the rest', () => {
    const previous = [plan('d', 'four.txt'), plan('e', 'four.txt')]
    const current = [plan('d1', 'four.txt'), plan('d2', 'four.txt'), plan('e', 'four.txt')]
    const asked: [string, string][] = []
    const same = (pairs: [string, string][]) => (asked.push(...pairs), pairs.filter(([old, id]) => old === 'd' && id !== 'e'))
    expect(pairPlans(previous, current, same)).toEqual([['d', 'd1']])
    expect(asked).toEqual([['d', 'd1'], ['d', 'd2']])
  })
})

describe('updateMovedIds', () => {
  const clause = (planId: string, suffix: string) => ({ id: `${planId}${suffix}`, planId })

  it('collapses a chain A → B → C to A → C and redirects an id that is live again no more', () => {
    const ledger = new Map([
      ['A', 'B'],
      ['A-1-1', 'B-1-1'],
      ['C', 'X'],
    ])
    const { ledger: next, plans } = updateMovedIds(ledger, {
      previousPlans: [plan('B', 'f.txt')],
      plans: [plan('C', 'f.txt')],
      liveIds: [clause('C', '-1-1'), clause('C', '-1-2')],
      wasIndexed: (id) => ['A-1-1', 'B-1-1', 'B-1-2'].includes(id),
    })
    expect(Object.fromEntries(next)).toEqual({ A: 'C', 'A-1-1': 'C-1-1', B: 'C', 'B-1-1': 'C-1-1', 'B-1-2': 'C-1-2' })
    expect(plans).toEqual([['B', 'C']])
  })
})

describe('carryFirstSeen', () => {
  it('gives a moved id’s date to the id it moved to when that one has none, and keeps a date it has', () => {
    const carried = carryFirstSeen(new Map([['A-1-1', '2025-01-01'], ['A-1-2', '2025-01-01'], ['B-1-2', '2026-06-01']]), new Map([['A-1-1', 'B-1-1'], ['A-1-2', 'B-1-2'], ['X', 'Y']]))
    expect(Object.fromEntries(carried)).toEqual({ 'A-1-1': '2025-01-01', 'A-1-2': '2025-01-01', 'B-1-1': '2025-01-01', 'B-1-2': '2026-06-01' })
  })
})

describe('moved ids across indexer runs', () => {
  let dir: string
  let corpus: string
  let buildDir: string
  const text = (title: string) =>
    `${title}\n\n一、加强党的建设\n1.深化理论武装。组织全市教师开展理论学习。\n2.夯实基层基础。创建党建示范校10所。\n` +
    `二、推进优质均衡\n3.扩大优质资源。新建学校5所。\n4.深化集团化办学。组建教育集团8个。\n\n荆门市教育局\n2024年2月20日\n`

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'moved-ids-'))
    corpus = join(dir, 'corpus')
    buildDir = join(dir, 'build')
    mkdirSync(corpus)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const index = async (title: string) => {
    writeFileSync(join(corpus, 'plan.txt'), text(title))
    await runIndexer({ inputs: [corpus], buildDir, embed: false, catalogPath: join(dir, 'none.json') })
    return JSON.parse(readFileSync(join(buildDir, MOVED_IDS_FILE), 'utf8')) as Record<string, string>
  }

  it('records old → new for the plan and each of its clauses when the same file is re-read with another title, and keeps their first-indexed dates', async () => {
    expect(await index('荆门市教育局2024年教育工作要点')).toEqual({})
    const firstRun = readBuild(buildDir).builtAt
    const old = 'jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian'
    const now = 'jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian'
    expect(await index('荆门市教育局2024年全市教育工作要点')).toEqual({
      [old]: now,
      [`${old}-1-1`]: `${now}-1-1`,
      [`${old}-1-2`]: `${now}-1-2`,
      [`${old}-2-3`]: `${now}-2-3`,
      [`${old}-2-4`]: `${now}-2-4`,
    })
    const build = readBuild(buildDir)
    expect(build.plans.map((p) => p.id)).toEqual([now])
    // Renamed, not new: a feed or since= does not announce them again.
    expect(build.builtAt).not.toBe(firstRun)
    expect([...new Set(build.clauses.map((c) => c.firstIndexed))]).toEqual([firstRun])
  })


  it('records old → new for a plan re-read with another title when its file now holds a second plan too', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'moved-ids-split-'))
    const corpus2 = join(dir2, 'corpus')
    const build2 = join(dir2, 'build')
    mkdirSync(corpus2)
    const run = async (content: string) => {
      writeFileSync(join(corpus2, 'plans.txt'), content)
      await runIndexer({ inputs: [corpus2], buildDir: build2, embed: false, catalogPath: join(dir2, 'none.json') })
      return { moved: JSON.parse(readFileSync(join(build2, MOVED_IDS_FILE), 'utf8')) as Record<string, string>, plans: readBuild(build2).plans.map((p) => p.id) }
    }
    try {
      const other = '荆门市教育局2023年教育工作要点\n\n一、加强思想引领\n1.落实立德树人。开展思政课程建设。\n二、发展职业教育\n2.深化产教融合。共建实训基地3个。\n'
      expect((await run(text('荆门市教育局2024年教育工作要点'))).plans).toEqual(['jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian'])
      const after = await run(`${text('荆门市教育局2024年全市教育工作要点')}\n${other}`)
      expect(after.plans).toEqual(['jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian', 'jingmen-2023-jiaoyuju-jiaoyu-gongzuo-yaodian'])
      const [old, now] = ['jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian', 'jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian']
      expect(after.moved).toEqual({
        [old]: now,
        [`${old}-1-1`]: `${now}-1-1`,
        [`${old}-1-2`]: `${now}-1-2`,
        [`${old}-2-3`]: `${now}-2-3`,
        [`${old}-2-4`]: `${now}-2-4`,
      })
    } finally {
      rmSync(dir2, { recursive: true, force: true })
    }
  })

  it('sends the first ids straight to the third after a second re-read, and forgets them when the first title comes back', async () => {
    const first = 'jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian'
    const second = 'jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian'
    const third = 'jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian-shixing'
    const chained = await index('荆门市教育局2024年全市教育工作要点（试行）')
    expect(chained[first]).toBe(third)
    expect(chained[`${first}-2-4`]).toBe(`${third}-2-4`)
    expect(chained[second]).toBe(third)
    expect(Object.keys(chained)).toHaveLength(10)
    const back = await index('荆门市教育局2024年教育工作要点')
    expect(Object.keys(back).filter((id) => id.startsWith(`${first}-`) || id === first)).toEqual([])
    expect(back[third]).toBe(first)
    expect(back[`${second}-1-1`]).toBe(`${first}-1-1`)
    expect(Object.keys(back)).toHaveLength(10)
  })
})
