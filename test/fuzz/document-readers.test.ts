/**
 * Damaged files through the readers that parse binary containers themselves: a .doc (compound file, Word 97
 * piece table), a .docx (zip, WordprocessingML rewritten for list numbers and task tables), an .ofd (zip of
 * positioned text) and an .rtf (control words, code pages, binary runs). Each run
 * corrupts a valid file at random places; the reader must give the text or throw UnreadableDocumentError —
 * never another error, a hang or a process abort (a looping .doc sector chain aborted V8 before the reader
 * walked the chains itself).
 */
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildWord97 } from '../../indexer/read/fixtures/word97.js'
import { readDoc } from '../../indexer/read/read-doc.js'
import { readFileSync } from 'node:fs'
import { readDocx } from '../../indexer/read/read-docx.js'
import { readOfd } from '../../indexer/read/read-ofd.js'
import { readRtf } from '../../indexer/read/read-rtf.js'
import { UnreadableDocumentError } from '../../indexer/read/unreadable-document-error.js'

const RUNS = 400
let doc: Uint8Array
let docx: Uint8Array
const ofd = new Uint8Array(readFileSync('test/fixtures/layouts/handmade/baoding-2024-ofd-positioned-text.ofd'))
const rtf = new Uint8Array(readFileSync('test/fixtures/layouts/handmade/guangyang-2024-word-rtf.rtf'))

beforeAll(async () => {
  doc = buildWord97(['江门市教育局2023年工作要点', '一、加强党的建设', '1.深化理论武装。组织开展学习。'.repeat(40)])
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ text })] })
  const word = new Document({
    numbering: { config: [{ reference: 'l', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: '加强党的建设', numbering: { reference: 'l', level: 0 } }),
          new Table({ rows: [new TableRow({ children: [cell('序号'), cell('重点任务')] }), new TableRow({ children: [cell('1'), cell('深化理论武装')] }), new TableRow({ children: [cell('2'), cell('推进改革')] })] }),
        ],
      },
    ],
  })
  docx = new Uint8Array(await Packer.toBuffer(word))
})

/** Corruptions: random bytes, or small integers (sector ids, sizes, offsets) written over 4-byte words. */
const damage = (size: number) =>
  fc.array(fc.tuple(fc.integer({ min: 8, max: size - 4 }), fc.oneof(fc.integer({ min: 0, max: 255 }).map((b) => ({ byte: b })), fc.integer({ min: -4, max: 64 }).map((n) => ({ word: n })))), { minLength: 1, maxLength: 8 })

function corrupt(bytes: Uint8Array, changes: [number, { byte?: number; word?: number }][]): Buffer {
  const b = Buffer.from(bytes)
  for (const [at, change] of changes) {
    if (change.word !== undefined) b.writeInt32LE(change.word, at - (at % 4))
    else b[at] = change.byte!
  }
  return b
}

const readsOrRefuses = async (read: Promise<unknown>) => {
  const outcome = await read.then(
    () => 'read',
    (err: unknown) => (err instanceof UnreadableDocumentError ? 'refused' : err),
  )
  expect(['read', 'refused']).toContain(outcome)
}

describe('the document readers on damaged files', () => {
  it('read a damaged .doc or refuse it with UnreadableDocumentError', async () => {
    await fc.assert(fc.asyncProperty(damage(doc.length), async (changes) => readsOrRefuses(readDoc(corrupt(doc, changes), 'damaged.doc'))), { numRuns: RUNS, seed: 13 })
  })

  it('read a damaged .docx or refuse it with UnreadableDocumentError', async () => {
    await fc.assert(fc.asyncProperty(damage(docx.length), async (changes) => readsOrRefuses(readDocx(corrupt(docx, changes), 'damaged.docx'))), { numRuns: RUNS, seed: 13 })
  })

  it('read a damaged .ofd or refuse it with UnreadableDocumentError', async () => {
    await fc.assert(fc.asyncProperty(damage(ofd.length), async (changes) => readsOrRefuses(readOfd(corrupt(ofd, changes), 'damaged.ofd'))), { numRuns: RUNS, seed: 13 })
  })

  it('read a damaged .rtf or refuse it with UnreadableDocumentError', async () => {
    await fc.assert(fc.asyncProperty(damage(rtf.length), async (changes) => readsOrRefuses(Promise.resolve().then(() => readRtf(corrupt(rtf, changes))))), { numRuns: RUNS, seed: 13 })
  })
})
