import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUPPORTED_EXTENSIONS } from '../../indexer/read/read-document.js'
import { locateSourceFile, readSourceFile } from './source-file.js'

let dir: string
let corpus: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'source-file-'))
  corpus = join(dir, 'corpus')
  mkdirSync(join(corpus, '2024'), { recursive: true })
  writeFileSync(join(corpus, '2024', '江门 工作要点.txt'), '江门市教育局2023年工作要点')
  writeFileSync(join(corpus, '2019 工作要点.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
  writeFileSync(join(dir, 'secret.txt'), 'not in the corpus')
  symlinkSync(join(dir, 'secret.txt'), join(corpus, 'link.txt'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('locateSourceFile', () => {
  it('finds a file in a subfolder of the corpus by the name the indexer recorded', () => {
    expect(locateSourceFile(corpus, '2024/江门 工作要点.txt')).toEqual({ path: join(corpus, '2024', '江门 工作要点.txt') })
  })

  it('refuses paths that leave the corpus folder, by .., absolute path or symbolic link', () => {
    expect(locateSourceFile(corpus, '../secret.txt')).toEqual({ problem: 'outside' })
    expect(locateSourceFile(corpus, join(dir, 'secret.txt'))).toEqual({ problem: 'outside' })
    expect(locateSourceFile(corpus, 'link.txt')).toEqual({ problem: 'outside' })
    expect(locateSourceFile(corpus, '')).toEqual({ problem: 'outside' })
  })

  it('says a file is missing, and refuses types the indexer does not read', () => {
    expect(locateSourceFile(corpus, 'gone.txt')).toEqual({ problem: 'missing' })
    expect(locateSourceFile(corpus, '2024/run.sh')).toEqual({ problem: 'unsupported' })
  })
})

describe('readSourceFile', () => {
  it('gives the bytes, a content type from the extension, the user’s file name and an ASCII fallback', async () => {
    const file = await readSourceFile(join(corpus, '2024', '江门 工作要点.txt'), 'jiangmen-2023-jiaoyuju-gongzuo-yaodian')
    expect(new TextDecoder().decode(file.bytes)).toBe('江门市教育局2023年工作要点')
    expect([file.contentType, file.name, file.fallbackName]).toEqual(['text/plain', '江门 工作要点.txt', 'jiangmen-2023-jiaoyuju-gongzuo-yaodian.txt'])
  })

  it('serves every type the indexer reads, an old Word .doc as application/msword', async () => {
    expect(locateSourceFile(corpus, '2019 工作要点.doc')).toEqual({ path: join(corpus, '2019 工作要点.doc') })
    const file = await readSourceFile(join(corpus, '2019 工作要点.doc'), 'zhuzhou-2019-jiaoyu-gongzuo-yaodian')
    expect([file.contentType, file.fallbackName]).toEqual(['application/msword', 'zhuzhou-2019-jiaoyu-gongzuo-yaodian.doc'])
  })

  it('has a content type for every extension the indexer reads', async () => {
    const served = []
    for (const ext of SUPPORTED_EXTENSIONS) {
      writeFileSync(join(corpus, `plan${ext}`), 'x')
      served.push([ext, 'path' in locateSourceFile(corpus, `plan${ext}`)])
    }
    expect(served).toEqual(SUPPORTED_EXTENSIONS.map((ext) => [ext, true]))
  })
})
