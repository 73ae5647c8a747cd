/**
 * What the readers of Word files cost and how they hold on damaged input:
 * `npx tsx bench/document-readers-bench.ts [--runs 5] [--damaged 3000]`.
 *
 * 1. A .docx numbered by Word lists (一、 chapters over 1. clauses), 300 to 20 000 paragraphs: mammoth's text
 *    alone against readDocx, which first writes the list numbers and task tables into the document part
 *    (docx-rewrite.ts). Median of `--runs` after one warm-up call.
 * 2. A .docx task table of 50 and 500 rows, and a Word 97 .doc of 300 and 3 000 paragraphs, through readDocx and
 *    readDoc.
 * 3. `--damaged` corruptions of a valid .doc (random bytes and small integers over sector ids and sizes): how
 *    many read, how many are refused with UnreadableDocumentError, how many fail otherwise (must be 0), and the
 *    slowest. The process would abort on a looping sector chain without read-doc.ts's own chain walk.
 * Writes the "Document readers" section of bench/RESULTS.md.
 */
import { parseArgs } from 'node:util'
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import mammoth from 'mammoth'
import { buildWord97 } from '../indexer/read/fixtures/word97.js'
import { readDoc } from '../indexer/read/read-doc.js'
import { readDocx } from '../indexer/read/read-docx.js'
import { UnreadableDocumentError } from '../indexer/read/unreadable-document-error.js'
import { writeResultsSection } from './results-file.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, damaged: { type: 'string', default: '3000' } } })
const runs = Number(values.runs)
const damagedRuns = Number(values.damaged)
const SENTENCE = '推进义务教育优质均衡发展，落实“双减”政策，加强课后服务。'

async function median(f: () => Promise<unknown>): Promise<number> {
  await f() // Warm-up, not timed: the first call compiles the parsers.
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    await f()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

async function listDocx(paragraphs: number): Promise<Uint8Array> {
  const children = Array.from({ length: paragraphs }, (_, i) => new Paragraph({ text: SENTENCE.repeat(2), numbering: { reference: 'plan', level: i % 8 === 0 ? 0 : 1 } }))
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
    { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
  ]
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering: { config: [{ reference: 'plan', levels }] }, sections: [{ children }] })))
}

async function taskTableDocx(rows: number): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ text })] })
  const body = Array.from({ length: rows }, (_, i) => new TableRow({ children: [cell(String(i + 1)), cell(SENTENCE), cell('基础教育科'), cell('2024年12月')] }))
  const table = new Table({ rows: [new TableRow({ children: [cell('序号'), cell('重点任务'), cell('牵头单位'), cell('完成时限')] }), ...body] })
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: '重点工作任务分解表' }), table] }] })))
}

const lines: string[] = []
const ms = (x: number) => `${x.toFixed(0)} ms`

lines.push(`**Word lists** (median of ${runs}): mammoth's text alone against readDocx, which writes the list numbers in first.`, '')
lines.push('| paragraphs | .docx bytes | mammoth alone | readDocx | ratio |', '| ---: | ---: | ---: | ---: | ---: |')
for (const paragraphs of [300, 3000, 20000]) {
  const bytes = await listDocx(paragraphs)
  const alone = await median(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }))
  const read = await median(() => readDocx(bytes, 'plan.docx'))
  lines.push(`| ${paragraphs} | ${bytes.length} | ${ms(alone)} | ${ms(read)} | ${(read / alone).toFixed(2)} |`)
  console.log(lines[lines.length - 1])
}

lines.push('', `**Task tables and .doc** (median of ${runs}):`, '', '| document | read |', '| --- | ---: |')
for (const rows of [50, 500]) {
  const bytes = await taskTableDocx(rows)
  lines.push(`| .docx task table, ${rows} rows | ${ms(await median(() => readDocx(bytes, 'tasks.docx')))} |`)
  console.log(lines[lines.length - 1])
}
for (const paragraphs of [300, 3000]) {
  const bytes = buildWord97(Array.from({ length: paragraphs }, () => SENTENCE.repeat(2)))
  lines.push(`| Word 97 .doc, ${paragraphs} paragraphs | ${ms(await median(() => readDoc(bytes, 'plan.doc')))} |`)
  console.log(lines[lines.length - 1])
}

// A fixed seed: the same corruptions on every run.
let seed = 7
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
const base = Buffer.from(buildWord97(['江门市教育局2023年工作要点', '一、加强党的建设', SENTENCE.repeat(50)]))
const outcome = { read: 0, refused: 0, other: 0, slowest: 0 }
for (let i = 0; i < damagedRuns; i++) {
  const b = Buffer.from(base)
  for (let k = 0, flips = 1 + Math.floor(random() * 8); k < flips; k++) {
    const at = 8 + Math.floor(random() * (b.length - 12))
    if (random() < 0.5) b.writeInt32LE(Math.floor(random() * 12) - 4, at - (at % 4))
    else b[at] = Math.floor(random() * 256)
  }
  const t = performance.now()
  await readDoc(b, 'damaged.doc').then(
    () => outcome.read++,
    (err: unknown) => (err instanceof UnreadableDocumentError ? outcome.refused++ : outcome.other++),
  )
  outcome.slowest = Math.max(outcome.slowest, performance.now() - t)
}
lines.push(
  '',
  `**Damaged .doc files** (${damagedRuns} corruptions of one valid file, fixed seed): ${outcome.read} read, ${outcome.refused} refused with UnreadableDocumentError, ${outcome.other} other errors; the slowest took ${ms(outcome.slowest)}.`,
)
console.log(lines[lines.length - 1])
lines.push('', 'Reproduce: `npx tsx bench/document-readers-bench.ts [--runs 5] [--damaged 3000]` (or `npm run bench -- readers`).')
writeResultsSection('Document readers', lines)
