import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { readDocument } from './read/read-document.js'
import { buildChinesePdfPages } from './fetch/fixtures/documents.js'

const dir = mkdtempSync(join(tmpdir(), 'pdf-info-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The red letterhead, title and signature are images: the text layer opens on the lead. */
const BODY = [
  '2024年，全市教育工作坚持以习近平新时代中国特色社会主义思想为指导，深入实施科教兴市战略。',
  '一、加强党的建设',
  '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。',
  '2.夯实基层党建。推进中小学校党组织领导的校长负责制全覆盖。',
  '二、推进义务教育优质均衡',
  '3.扩大优质学位供给。新建、改扩建中小学校5所。',
]

async function parsePdf(name: string, lines: string[], info: Record<string, string>) {
  const path = join(dir, name)
  writeFileSync(path, buildChinesePdfPages([{ lines }], info))
  const doc = await readDocument(path)
  return parseDocument({ file: name, text: doc.text, fields: doc.fields, url: null, headings: doc.headings })
}

describe('readDocument on a PDF whose title and signature are images, with an Info dictionary', () => {
  it('names and dates the plan by the Info Title and CreationDate, where it was named after its file with no year', async () => {
    const [plan] = await parsePdf('scan-0308.pdf', BODY, { Title: '安康市2024年教育工作要点', CreationDate: "D:20240308093000+08'00'", Producer: 'WPS Office' })
    const { title, city, year, publishDate, signDate, warnings } = plan.plan
    expect({ title, city, year, publishDate, signDate, warnings }).toEqual({
      title: '安康市2024年教育工作要点', city: '安康市', year: 2024, publishDate: '2024-03-08', signDate: null, warnings: [],
    })
    expect([plan.plan.metadataEvidence.title?.quote, plan.plan.metadataEvidence.publishDate?.quote]).toEqual(['标题:安康市2024年教育工作要点', '创建日期:2024-03-08'])
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.number])).toEqual([[null, null], ['加强党的建设', 1], ['加强党的建设', 2], ['推进义务教育优质均衡', 3]])
  })

  it('takes no title from a converter’s file name (Microsoft Word - 文档1.docx, untitled) but still the year from the CreationDate, and keeps the printed title and signing date over the Info’s', async () => {
    for (const Title of ['Microsoft Word - 文档1.docx', 'untitled']) {
      const [plan] = await parsePdf('P020240311.pdf', BODY, { Title, CreationDate: 'D:20240308' })
      expect([plan.plan.title, (plan.plan.warnings ?? []).map((w) => w.code)]).toEqual(['P020240311', ['title_missing']])
    }
    const printed = ['安康市教育局2024年教育工作要点', ...BODY, '安康市教育局', '2024年3月15日']
    const [plan] = await parsePdf('printed.pdf', printed, { Title: '安康市2023年教育工作要点', CreationDate: 'D:20240601120000Z' })
    expect([plan.plan.title, plan.plan.publishDate, plan.plan.warnings]).toEqual(['安康市教育局2024年教育工作要点', '2024-03-15', []])
  })
})
