import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { movedIdsIn } from './moved-ids.js'

const dir = mkdtempSync(path.join(tmpdir(), 'moved-lookup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('movedIdsIn', () => {
  it('answers null without a ledger, reads one once it is there, and reads it again when a new one is renamed in', () => {
    const lookup = movedIdsIn(dir)
    expect(lookup('a')).toBeNull()
    writeFileSync(path.join(dir, 'moved-ids.json'), '{"a":"b"}\n')
    expect([lookup('a'), lookup('b')]).toEqual(['b', null])
    // As the indexer writes it: staged beside, then renamed over the live file.
    writeFileSync(path.join(dir, 'moved-ids.json.tmp-1'), '{"a":"c","x":"y"}\n')
    renameSync(path.join(dir, 'moved-ids.json.tmp-1'), path.join(dir, 'moved-ids.json'))
    expect([lookup('a'), lookup('x')]).toEqual(['c', 'y'])
    writeFileSync(path.join(dir, 'moved-ids.json'), 'not json')
    expect(lookup('a')).toBeNull()
  })
})
