/**
 * What a fresh search thread reads before its first search (SqliteEngine.warm, which the worker pool's prepare runs on
 * every thread), checked in a process of its own: in this one the index was built, which normalised its text already.
 */
import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCorpusBuild, tempIndexPath, testSegmenter } from '../../../test/fixtures/engine-fixtures.js'
import { openSqliteEngine } from './sqlite-engine.js'

const file = tempIndexPath()

beforeAll(async () => {
  const engine = await openSqliteEngine({ path: file, tokenizer: testSegmenter() })
  await engine.replaceAll(await loadCorpusBuild())
  await engine.close()
})

/** Opens the index in a new process, warms it (or not), and prints whether the table of matching forms was still to build. */
function tableStillToBuild(warm: boolean): string {
  const script = `
    const { openSqliteEngine } = await import(${JSON.stringify(new URL('./sqlite-engine.ts', import.meta.url).pathname)})
    const { loadMatchTable } = await import(${JSON.stringify(new URL('../../../indexer/normalize.ts', import.meta.url).pathname)})
    const engine = await openSqliteEngine({ path: ${JSON.stringify(file)} })
    if (${warm}) engine.warm()
    console.log(String(loadMatchTable()))
    await engine.close()`
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 }).trim().split('\n').at(-1)!
}

describe('warming a search thread', () => {
  it('builds the table of matching forms that a fresh thread built during its first search (41 ms of it): none left to build after warm()', () => {
    expect([tableStillToBuild(false), tableStillToBuild(true)]).toEqual(['true', 'false'])
  }, 120_000)
})
