import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listCorpusFiles } from './list-corpus-files.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'list-corpus-'))
  for (const sub of ['b', 'a/deep', '.git']) await mkdir(join(dir, sub), { recursive: true })
  for (const name of ['b/2.txt', 'b/1.PDF', 'a/deep/plan.docx', 'a/page.htm', 'a/page.html', 'a/notes.md', 'a/old.odt', 'a/old.doc', 'a/.hidden.txt', '.git/HEAD.txt', 'z.json']) {
    await writeFile(join(dir, name), 'x')
  }
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('listCorpusFiles', () => {
  it('walks folders recursively, keeps supported extensions in sorted order and skips dotfiles', async () => {
    expect(await listCorpusFiles([dir])).toEqual(
      ['a/deep/plan.docx', 'a/notes.md', 'a/old.doc', 'a/page.htm', 'a/page.html', 'b/1.PDF', 'b/2.txt'].map((p) => join(dir, p)),
    )
  })

  it('takes a named file as it is, so an unsupported one is reported by readDocument instead of ignored', async () => {
    expect(await listCorpusFiles([join(dir, 'a/old.odt'), join(dir, 'b')])).toEqual([join(dir, 'a/old.odt'), join(dir, 'b/1.PDF'), join(dir, 'b/2.txt')])
  })

  it('lists each file once when paths overlap', async () => {
    expect(await listCorpusFiles([join(dir, 'b'), `${dir}/./b/2.txt`])).toEqual([join(dir, 'b/1.PDF'), join(dir, 'b/2.txt')])
  })

  it('lists the bundled corpus', async () => {
    const files = await listCorpusFiles([fileURLToPath(new URL('../../data/corpus', import.meta.url))])
    expect(files.map((f) => f.split('/').pop())).toEqual([
      '000_d9ce88d6bc3921ac.txt',
      '001_3165b1e1fe2a6d7c.txt',
      '002_e24f9c466794c2b3.txt',
      '003_72060bc44866bc8a.txt',
      '004_df81cf9adf8df550.txt',
    ])
  })
})
