import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import CFB from 'cfb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LayoutExpectation } from '../../test/fixtures/layouts/render-layouts.js'
import { parseDocument } from '../parse-document.js'
import { buildWord97, type Word97Lists, type Word97Paragraph } from './fixtures/word97.js'
import { readDocument } from './read-document.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'doc-lists-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** The lines readDocument gives for a .doc of these paragraphs and lists. */
async function readLines(paragraphs: (string | Word97Paragraph)[], lists?: Word97Lists, bytes = buildWord97(paragraphs, lists)): Promise<string[]> {
  const file = join(dir, `plan-${Math.random().toString(36).slice(2)}.doc`)
  await writeFile(file, bytes)
  return (await readDocument(file)).text.split('\n').filter(Boolean)
}

const CHINESE = 37
const DECIMAL = 0
const BULLET = 23

/** Word's outline list of a plan: 一、 chapters, （一） sections, 1. clauses, restarting under each other. */
const OUTLINE: Word97Lists = {
  lists: [{ lsid: 0x2f1a6b01, levels: [{ nfc: CHINESE, text: '%1、', follow: 2 }, { nfc: CHINESE, text: '（%2）', follow: 2 }, { nfc: DECIMAL, text: '%3.', follow: 2 }] }],
  instances: [{ lsid: 0x2f1a6b01 }],
}
const chapter = (text: string): Word97Paragraph => ({ text, list: { ilfo: 1, ilvl: 0 } })
const section = (text: string): Word97Paragraph => ({ text, list: { ilfo: 1, ilvl: 1 } })
const clause = (text: string): Word97Paragraph => ({ text, list: { ilfo: 1, ilvl: 2 } })

describe('readDocument on a .doc whose numbers are Word automatic lists', () => {
  it('writes each number Word draws at the start of its paragraph, as printed', async () => {
    const plan = [
      '江门市教育局2024年教育工作要点',
      chapter('总体要求'),
      '坚持以习近平新时代中国特色社会主义思想为指导。',
      chapter('重点任务'),
      section('加强党的建设'),
      clause('深化理论武装。组织开展学习。'),
      clause('加强基层党组织建设。'),
      section('推进基础教育优质均衡'),
      clause('扩大优质学位供给。'),
    ]
    expect(await readLines(plan, OUTLINE)).toEqual([
      '江门市教育局2024年教育工作要点',
      '一、总体要求',
      '坚持以习近平新时代中国特色社会主义思想为指导。',
      '二、重点任务',
      '（一）加强党的建设',
      '1.深化理论武装。组织开展学习。',
      '2.加强基层党组织建设。',
      '（二）推进基础教育优质均衡',
      '1.扩大优质学位供给。',
    ])
  })

  it.each(['shaoguan-2023-yaodian', 'mianyang-2022-tongzhi'])('finds every numbered clause of %s typed with Word lists and saved as .doc, as from the typed copy', async (source) => {
    const LAYOUTS = 'test/fixtures/layouts'
    // The plan's typed numbers taken out and made list items, as an office types it in Word.
    const paragraphs = readFileSync(join(LAYOUTS, 'source', `${source}.txt`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const numbered = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\d+)\.)(.*)$/.exec(line)
        if (!numbered) return line
        return { text: numbered[4], list: { ilfo: numbered[1] ? 1 : numbered[2] ? 1 : 2, ilvl: numbered[2] ? 1 : 0 } }
      })
    const lists: Word97Lists = {
      lists: [OUTLINE.lists[0], { lsid: 7, levels: [{ nfc: DECIMAL, text: '%1.', follow: 2 }] }],
      instances: [{ lsid: OUTLINE.lists[0].lsid }, { lsid: 7 }],
    }
    const text = (await readLines(paragraphs, lists)).join('\n\n')
    const clauses = parseDocument({ file: `${source}.doc`, text, fields: {}, url: null })
      .flatMap((p) => p.clauses)
      .filter((c) => c.number !== null)
      .map((c) => [c.chapter?.number ?? null, c.number, c.heading.slice(0, 8)])
    const expected: LayoutExpectation[] = JSON.parse(readFileSync(join(LAYOUTS, 'expectations.json'), 'utf8'))
    expect(clauses.length).toBeGreaterThan(5)
    // Curly quotes as the document prints them (“双减”), not as word-extractor's default filter writes them.
    expect(clauses).toEqual(expected.find((e) => e.file === `${source}--lines.txt`)!.clauses)
  })

  it('numbers the paragraphs of a heading style that carries the list through its base style, at the level the list links to the style', async () => {
    const lists: Word97Lists = {
      lists: [{ lsid: 5, levels: [{ nfc: 39, text: '第%1章', follow: 1 }], levelStyles: [2] }],
      instances: [{ lsid: 5 }],
      styles: [{ name: 'Normal' }, { name: '章标题基', list: { ilfo: 1 } }, { name: '章标题', base: 1 }],
    }
    expect(await readLines([{ text: '总则', style: 2 }, '第一条正文。', { text: '主要任务', style: 2 }, { text: '不编号', style: 2, list: { ilfo: 0 } }], lists)).toEqual([
      '第一章 总则',
      '第一条正文。',
      '第二章 主要任务',
      '不编号',
    ])
  })

  it('restarts sub-levels after a higher level unless told not to, continues a list across instances, restarts where an instance sets a start, and leaves bullets out', async () => {
    const lists: Word97Lists = {
      lists: [
        { lsid: 1, levels: [{ nfc: CHINESE, text: '%1、', follow: 2 }, { nfc: DECIMAL, text: '%1.%2', legal: true }, { nfc: 18, text: '%3', follow: 2, restartAfter: 0 }] },
        { lsid: 2, levels: [{ nfc: BULLET, text: '\uf06c' }] },
      ],
      instances: [{ lsid: 1 }, { lsid: 1 }, { lsid: 1, startAt: { 0: 1 } }, { lsid: 2 }],
    }
    const item = (text: string, ilfo: number, ilvl = 0): Word97Paragraph => ({ text, list: { ilfo, ilvl } })
    const paragraphs = [item('甲', 1), item('甲1', 1, 1), item('圈', 1, 2), item('甲2', 1, 1), item('乙', 2), item('乙1', 2, 1), item('圈', 2, 2), item('要点', 4), item('再起', 3)]
    expect(await readLines(paragraphs, lists)).toEqual(['一、甲', '1.1 甲1', '①圈', '1.2 甲2', '二、乙', '2.1 乙1', '②圈', '要点', '一、再起'])
  })

  it('keeps numbers on their own paragraphs across a line break, a field and a table whose number cells Word fills', async () => {
    const lists: Word97Lists = { lists: [...OUTLINE.lists, { lsid: 9, levels: [{ nfc: DECIMAL, text: '%1', follow: 2 }] }], instances: [{ lsid: OUTLINE.lists[0].lsid }, { lsid: 9 }] }
    const cell = (text: string, numbered = false): Word97Paragraph => ({ text, end: 'cell', ...(numbered ? { list: { ilfo: 2, ilvl: 0 } } : {}) })
    const paragraphs: (string | Word97Paragraph)[] = [
      '市教育局\x0b2024年工作要点',
      chapter('总体要求'),
      '详见\x13 HYPERLINK "http://jyj.example.gov.cn" \x14市教育局网站\x15。',
      chapter('重点任务'),
      cell('序号'), cell('任务'), { text: '', end: 'row' },
      cell('', true), cell('召开全市教育工作会议'), { text: '', end: 'row' },
      cell('', true), cell('开展督导评估'), { text: '', end: 'row' },
      chapter('保障措施'),
    ]
    expect(await readLines(paragraphs, lists)).toEqual([
      '市教育局',
      '2024年工作要点',
      '一、总体要求',
      '详见市教育局网站。',
      '二、重点任务',
      '序号\t任务',
      '1\t召开全市教育工作会议',
      '2\t开展督导评估',
      '三、保障措施',
    ])
  })

  it('reads a .doc whose list tables are damaged as word-extractor reads it, without numbers', async () => {
    const plan = ['江门市教育局2024年教育工作要点', chapter('总体要求'), section('加强党的建设')]
    const plain = await readLines(plan.map((p) => (typeof p === 'string' ? p : p.text)))
    // lcbPlfLst (FibRgFcLcb97 pair 73) made to reach past the table stream: the LVLs that follow it are not there.
    const container = CFB.read(Buffer.from(buildWord97(plan, OUTLINE)), { type: 'buffer' })
    const wordDocument = CFB.find(container, 'WordDocument')!.content as Buffer
    wordDocument.writeUInt32LE(0x7fff0000, 0x9a + 8 * 73 + 4)
    expect(await readLines([], undefined, new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer))).toEqual(plain)
    expect(plain).toEqual(['江门市教育局2024年教育工作要点', '总体要求', '加强党的建设'])
  })
})
