/** The indexer's command line, run as a user runs it: a mistyped option is said in a line with the usage, exit 2. */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 })

describe('indexer/cli.ts arguments', () => {
  it('says that --explain needs its file, with the usage and exit code 2, instead of a stack trace', () => {
    const { status, stderr } = run('data/corpus', '--explain')
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([
      "Option '--explain <value>' argument missing",
      'Usage: npm run index -- [path…] [--url ADDRESS…] [--urls FILE] [--allow-private] [--json] [--watch] [--no-embed] [--progress] [--build-dir DIR]',
      '       npm run index -- --explain <file>',
    ])
  }, 60_000)

  it('names an unknown option the same way', () => {
    const { status, stderr } = run('--bogus')
    expect(status).toBe(2)
    expect(stderr).toMatch(/^Unknown option '--bogus'/)
    expect(stderr).not.toMatch(/at .*\.ts:\d+/)
  }, 60_000)
})
