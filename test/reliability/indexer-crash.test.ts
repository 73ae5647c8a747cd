/**
 * An indexer run that dies part-way: the CLI in a child process killed with SIGKILL (during parsing, and
 * while the SQLite file is being written), and a run where a file's processing throws in the middle.
 * The previous build files must be byte-identical afterwards, the previous index must still answer, and
 * the next run must succeed and leave no half-written files behind.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSyntheticCorpus } from '../../bench/synthetic-documents.js'
import { BUILD_FILES, readBuild } from '../../indexer/build-files.js'
import { runIndexer } from '../../server/startup/run-indexer.js'
import { openSqliteEngine } from '../../server/engine/sqlite/sqlite-engine.js'

const LIVE_FILES = [
  BUILD_FILES.plans, BUILD_FILES.clauses, BUILD_FILES.terms, BUILD_FILES.info, BUILD_FILES.sqlite, BUILD_FILES.parseCache, BUILD_FILES.firstSeen, BUILD_FILES.suggest,
  BUILD_FILES.movedIds,
]
/** Rewritten by every run, but the same when no plan was renamed (two unrelated corpora: none is). */
const SAME_WHEN_NOTHING_MOVED: readonly string[] = [BUILD_FILES.movedIds]

const NEXT_CLAUSES = 4000
let dir: string
let buildDir: string
let nextCorpus: string
let before: Record<string, string>

function hashes(): Record<string, string> {
  return Object.fromEntries(LIVE_FILES.map((f) => [f, createHash('sha256').update(readFileSync(join(buildDir, f))).digest('hex')]))
}

interface Progress {
  done: number
  total: number
}

/**
 * Runs `npm run index --progress` for the next corpus in a child process (plain node with the tsx loader,
 * so the signal reaches the indexer itself and not a wrapper) and kills it when `killWhen` says so: on the
 * indexer's own progress lines (`reading [###---] done/total file`) or on a file appearing in the build folder.
 */
function runAndKill(
  killWhen: (seen: { progress?: Progress; file?: string }) => boolean,
): Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string; lastProgress: Progress | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', '--no-embed', '--progress', '--build-dir', buildDir, nextCorpus], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    let lastProgress: Progress | null = null
    const kill = () => child.kill('SIGKILL')
    child.stderr!.on('data', (d) => {
      const from = stderr.length
      stderr += d
      for (const m of stderr.slice(stderr.lastIndexOf('\n', from - 1) + 1).matchAll(/^reading \[[#-]+\] (\d+)\/(\d+) .*\n/gm)) {
        lastProgress = { done: Number(m[1]), total: Number(m[2]) }
        if (killWhen({ progress: lastProgress })) kill()
      }
    })
    const watcher = watch(buildDir, (_event, file) => {
      if (file && killWhen({ file })) kill()
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      watcher.close()
      resolve({ code, signal, stderr, lastProgress })
    })
  })
}

function leftovers(): string[] {
  return readdirSync(buildDir).filter((f) => !LIVE_FILES.includes(f as (typeof LIVE_FILES)[number]))
}

async function previousIndexAnswers(): Promise<void> {
  const engine = await openSqliteEngine({ path: join(buildDir, BUILD_FILES.sqlite) })
  try {
    const health = await engine.health()
    expect(health.ok).toBe(true)
    expect(health.clauses).toBe(readBuild(buildDir).clauses.length)
  } finally {
    await engine.close()
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'indexer-crash-'))
  buildDir = join(dir, 'build')
  const first = writeSyntheticCorpus(join(dir, 'corpus-a'), 1500).dir
  // A larger, different corpus for the runs that crash: nothing of it is in the parse cache, so they take seconds
  // (4 000 clauses: about 3 s of parsing, then about 1 s with the SQLite file being written, ample for a kill on
  // its first sign; 8 000 doubled both and the file's time for nothing more).
  nextCorpus = writeSyntheticCorpus(join(dir, 'corpus-b'), NEXT_CLAUSES).dir
  await runIndexer({ inputs: [first], buildDir, embed: false })
  before = hashes()
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('an indexer run killed part-way', () => {
  it('leaves the previous build byte-identical when killed while parsing', async () => {
    // Killed once a tenth of the files are read: the indexer itself says it is still parsing.
    const result = await runAndKill(({ progress }) => progress !== undefined && progress.done >= progress.total / 10)
    expect([result.signal, result.code]).toEqual(['SIGKILL', null])
    expect(result.lastProgress!.done).toBeLessThan(result.lastProgress!.total)
    expect(hashes()).toEqual(before)
    await previousIndexAnswers()
  }, 60_000)

  it('leaves the previous build byte-identical when killed while the SQLite index is being written', async () => {
    const result = await runAndKill(({ file }) => file?.endsWith('.building') === true)
    expect([result.signal, result.code]).toEqual(['SIGKILL', null])
    expect(hashes()).toEqual(before)
    await previousIndexAnswers()
  }, 60_000)

  it('leaves the previous build byte-identical when a file throws in the middle of the run', async () => {
    let files = 0
    await expect(
      runIndexer({
        inputs: [nextCorpus],
        buildDir,
        embed: false,
        onProgress: (event) => {
          if (event.kind === 'file' && ++files === Math.floor(event.total / 2)) throw new Error(`${event.report.file} broke the run`)
        },
      }),
    ).rejects.toThrow(/broke the run/)
    expect(hashes()).toEqual(before)
  }, 60_000)

  it('succeeds on the next run, replaces every file and leaves nothing half-written behind', async () => {
    const report = await runIndexer({ inputs: [nextCorpus], buildDir, embed: false })
    expect(report.clauses).toBe(readBuild(buildDir).clauses.length)
    expect(report.clauses).toBeGreaterThan(NEXT_CLAUSES)
    const after = hashes()
    expect(LIVE_FILES.filter((f) => after[f] === before[f] && !SAME_WHEN_NOTHING_MOVED.includes(f))).toEqual([])
    expect(leftovers()).toEqual([])
    expect(existsSync(join(buildDir, BUILD_FILES.sqlite))).toBe(true)
    await previousIndexAnswers()
  }, 120_000)
})
